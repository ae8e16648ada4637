/*
 * QEMU Crypto authenticated encryption with associated data (AEAD)
 *
 * The checks every library shares live here, and so does GCM with a
 * 16-byte J0, which no library offers: it is built from AES blocks (CTR
 * from ECB, and GHASH).  Each library runs the rest (aead-*.c.inc).
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qapi/error.h"
#include "crypto/aead.h"
#include "crypto/cipher.h"

#define GCM_BLOCK 16
#define GCM_IV_LEN 12

/* Constant time: how much of a tag matched must not leak */
static bool qcrypto_aead_tag_equal(const uint8_t *a, const uint8_t *b,
                                   size_t len)
{
    uint8_t diff = 0;
    size_t i;

    for (i = 0; i < len; i++) {
        diff |= a[i] ^ b[i];
    }
    return diff == 0;
}

/*
 * Each library defines QCryptoAeadLib and:
 *   qcrypto_aead_lib_supports(alg, nkey)
 *   qcrypto_aead_lib_new(alg, key, nkey, errp)
 *   qcrypto_aead_lib_encrypt(lib, tag_len, iv, niv, aad, naad, in, len,
 *                            out, tag, errp)
 *   qcrypto_aead_lib_decrypt(lib, tag_len, iv, niv, aad, naad, in, len,
 *                            tag, out, errp): 0, -EBADMSG on a bad
 *                            tag, or -1
 *   qcrypto_aead_lib_free(lib)
 * with the lengths already checked here.
 */
#ifdef CONFIG_GCRYPT
#include "aead-gcrypt.c.inc"
#elif defined CONFIG_NETTLE
#include "aead-nettle.c.inc"
#elif defined CONFIG_GNUTLS_CRYPTO
#include "aead-gnutls.c.inc"
#else
#include "aead-stub.c.inc"
#endif

struct QCryptoAead {
    QCryptoAeadAlgo alg;
    size_t nkey;
    size_t tag_len;
    QCryptoAeadLib *lib;
    /*
     * GCM with a 16-byte J0: AES-ECB and the hash subkey H = E(K, 0),
     * made from the key on the first such message
     */
    uint8_t key[32];
    QCryptoCipher *ecb;
    uint64_t h[2];
};

static bool key_len_ok(QCryptoAeadAlgo alg, size_t nkey)
{
    switch (alg) {
    case QCRYPTO_AEAD_ALGO_AES_GCM:
    case QCRYPTO_AEAD_ALGO_AES_CCM:
        return nkey == 16 || nkey == 24 || nkey == 32;
    case QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305:
        return nkey == 32;
    default:
        return false;
    }
}

static bool tag_len_ok(QCryptoAeadAlgo alg, size_t tag_len)
{
    switch (alg) {
    case QCRYPTO_AEAD_ALGO_AES_GCM:
        /* SP 800-38D 5.2.1.2 */
        return tag_len == 4 || tag_len == 8 ||
               (tag_len >= 12 && tag_len <= 16);
    case QCRYPTO_AEAD_ALGO_AES_CCM:
        /* SP 800-38C A.1 */
        return tag_len >= 4 && tag_len <= 16 && !(tag_len & 1);
    default:
        return tag_len == 16;
    }
}

bool qcrypto_aead_iv_len_valid(QCryptoAeadAlgo alg, size_t niv)
{
    switch (alg) {
    case QCRYPTO_AEAD_ALGO_AES_GCM:
        return niv == GCM_IV_LEN || niv == GCM_BLOCK;
    case QCRYPTO_AEAD_ALGO_AES_CCM:
        return niv >= 7 && niv <= 13;
    default:
        return niv == 12;
    }
}

/* Does the algorithm take this IV, and a message of @len bytes with it? */
static bool iv_and_len_ok(QCryptoAeadAlgo alg, size_t niv, size_t len,
                          Error **errp)
{
    uint64_t max_len;

    if (!qcrypto_aead_iv_len_valid(alg, niv)) {
        error_setg(errp, "AEAD algorithm %d takes no %zu-byte IV", alg, niv);
        return false;
    }
    switch (alg) {
    case QCRYPTO_AEAD_ALGO_AES_GCM:
        /* SP 800-38D 5.2.1.1: 2^39 - 256 bits */
        max_len = (1ULL << 36) - 32;
        break;
    case QCRYPTO_AEAD_ALGO_AES_CCM:
        /* SP 800-38C A.1: the length fits in 15 - niv bytes */
        max_len = niv > 7 ? (1ULL << (8 * (15 - niv))) - 1 : UINT64_MAX;
        break;
    default:
        /* RFC 8439 2.8: a 32-bit block counter */
        max_len = (1ULL << 38) - 64;
        break;
    }
    if ((uint64_t)len > max_len) {
        error_setg(errp, "a message of %zu bytes is too long", len);
        return false;
    }
    return true;
}

bool qcrypto_aead_supports(QCryptoAeadAlgo alg, size_t nkey)
{
    return key_len_ok(alg, nkey) && qcrypto_aead_lib_supports(alg, nkey);
}

static QCryptoCipherAlgo aes_of(size_t nkey)
{
    return nkey == 16 ? QCRYPTO_CIPHER_ALGO_AES_128 :
           nkey == 24 ? QCRYPTO_CIPHER_ALGO_AES_192 :
                        QCRYPTO_CIPHER_ALGO_AES_256;
}

/*
 * Keep GCM's key for a 16-byte J0, and drop the AES-ECB and H of any
 * previous one: most messages have a 12-byte IV and need neither
 */
static void gcm_j0_key(QCryptoAead *aead, const uint8_t *key)
{
    if (aead->alg == QCRYPTO_AEAD_ALGO_AES_GCM) {
        memcpy(aead->key, key, aead->nkey);
        qcrypto_cipher_free(aead->ecb);
        aead->ecb = NULL;
    }
}

/* GCM with a 16-byte J0: AES-ECB under the key, and H = E(K, 0) */
static int gcm_j0_setup(QCryptoAead *aead, Error **errp)
{
    QCryptoCipherAlgo aes = aes_of(aead->nkey);
    uint8_t h[GCM_BLOCK] = { 0 };
    int ret;

    if (aead->ecb) {
        return 0;
    }
    if (!qcrypto_cipher_supports(aes, QCRYPTO_CIPHER_MODE_ECB)) {
        error_setg(errp, "GCM with a 16-byte J0 needs AES-ECB");
        return -1;
    }
    aead->ecb = qcrypto_cipher_new(aes, QCRYPTO_CIPHER_MODE_ECB, aead->key,
                                   aead->nkey, errp);
    ret = aead->ecb ? qcrypto_cipher_encrypt(aead->ecb, h, h, sizeof(h), errp)
                    : -1;
    aead->h[0] = ldq_be_p(h);
    aead->h[1] = ldq_be_p(h + 8);
    explicit_bzero(h, sizeof(h));
    if (ret < 0) {
        qcrypto_cipher_free(aead->ecb);
        aead->ecb = NULL;
    }
    return ret;
}

QCryptoAead *qcrypto_aead_new(QCryptoAeadAlgo alg, const uint8_t *key,
                              size_t nkey, size_t tag_len, Error **errp)
{
    g_autoptr(QCryptoAead) aead = NULL;

    if (!qcrypto_aead_supports(alg, nkey)) {
        error_setg(errp, "AEAD algorithm %d with a %zu-byte key is not "
                   "supported", alg, nkey);
        return NULL;
    }
    if (!tag_len_ok(alg, tag_len)) {
        error_setg(errp, "AEAD algorithm %d has no %zu-byte tags", alg,
                   tag_len);
        return NULL;
    }
    aead = g_new0(QCryptoAead, 1);
    aead->alg = alg;
    aead->nkey = nkey;
    aead->tag_len = tag_len;
    aead->lib = qcrypto_aead_lib_new(alg, key, nkey, errp);
    if (!aead->lib) {
        return NULL;
    }
    gcm_j0_key(aead, key);
    return g_steal_pointer(&aead);
}

int qcrypto_aead_rekey(QCryptoAead *aead, const uint8_t *key, size_t nkey,
                       Error **errp)
{
    if (nkey != aead->nkey) {
        error_setg(errp, "AEAD key of %zu bytes, not %zu", nkey, aead->nkey);
        return -1;
    }
    if (qcrypto_aead_lib_rekey(aead->lib, key, nkey, errp) < 0) {
        return -1;
    }
    gcm_j0_key(aead, key);
    return 0;
}

/*
 * GCM with a 16-byte J0 (SP 800-38D 7.1 and 7.2, from step 2 on): the
 * data in CTR from inc32(J0), the tag GHASH(A, C) masked with E(K, J0).
 */

/* SP 800-38D 6.3, Algorithm 1: X * H in GF(2^128), one bit at a time */
static void ghash_mul(uint64_t x[2], const uint64_t h[2])
{
    uint64_t z0 = 0, z1 = 0, v0 = h[0], v1 = h[1], bit, lsb;
    int i;

    for (i = 0; i < 128; i++) {
        bit = (i < 64 ? x[0] >> (63 - i) : x[1] >> (127 - i)) & 1;
        z0 ^= v0 & -bit;
        z1 ^= v1 & -bit;
        lsb = v1 & 1;
        v1 = v1 >> 1 | v0 << 63;
        v0 = v0 >> 1 ^ (0xe100000000000000ULL & -lsb);
    }
    x[0] = z0;
    x[1] = z1;
}

/* GHASH over @data, its last partial block padded with zeros */
static void ghash_update(const uint64_t h[2], uint64_t y[2],
                         const uint8_t *data, size_t len)
{
    uint8_t block[GCM_BLOCK];
    size_t n;

    while (len) {
        n = MIN(len, GCM_BLOCK);
        memset(block, 0, sizeof(block));
        memcpy(block, data, n);
        y[0] ^= ldq_be_p(block);
        y[1] ^= ldq_be_p(block + 8);
        ghash_mul(y, h);
        data += n;
        len -= n;
    }
}

/*
 * The message in CTR from inc32(J0), whose low 32 bits count alone; with
 * @y, GHASH over the output as it is made.  The keystream comes from AES
 * in ECB, a chunk of counter blocks at a time.
 */
#define GCM_CTR_CHUNK (64 * GCM_BLOCK)

static int gcm_j0_ctr(QCryptoAead *aead, const uint8_t *j0,
                      const uint8_t *in, uint8_t *out, size_t len,
                      uint64_t *y, Error **errp)
{
    uint8_t cb[GCM_BLOCK], ks[GCM_CTR_CHUNK];
    uint32_t counter = ldl_be_p(j0 + 12);
    size_t done, n, i;
    int ret = 0;

    memcpy(cb, j0, GCM_BLOCK);
    for (done = 0; done < len; done += n) {
        n = MIN(len - done, sizeof(ks));
        for (i = 0; i < DIV_ROUND_UP(n, GCM_BLOCK); i++) {
            stl_be_p(cb + 12, ++counter);
            memcpy(ks + i * GCM_BLOCK, cb, GCM_BLOCK);
        }
        if (qcrypto_cipher_encrypt(aead->ecb, ks, ks, i * GCM_BLOCK,
                                   errp) < 0) {
            ret = -1;
            break;
        }
        for (i = 0; i < n; i++) {
            out[done + i] = in[done + i] ^ ks[i];
        }
        if (y) {
            ghash_update(aead->h, y, out + done, n);
        }
    }
    explicit_bzero(ks, sizeof(ks));
    return ret;
}

/* The tag: GHASH(A, C) ^ E(K, J0) */
static int gcm_j0_tag(QCryptoAead *aead, const uint64_t y_ac[2],
                      size_t naad, size_t len, const uint8_t *j0,
                      uint8_t tag[GCM_BLOCK], Error **errp)
{
    uint64_t y[2] = { y_ac[0], y_ac[1] };

    /* the lengths block: [len(A)]64 || [len(C)]64, in bits */
    y[0] ^= (uint64_t)naad * 8;
    y[1] ^= (uint64_t)len * 8;
    ghash_mul(y, aead->h);
    memcpy(tag, j0, GCM_BLOCK);
    if (qcrypto_cipher_encrypt(aead->ecb, tag, tag, GCM_BLOCK, errp) < 0) {
        return -1;
    }
    stq_be_p(tag, ldq_be_p(tag) ^ y[0]);
    stq_be_p(tag + 8, ldq_be_p(tag + 8) ^ y[1]);
    return 0;
}

static int gcm_j0_encrypt(QCryptoAead *aead, const uint8_t *j0,
                          const uint8_t *aad, size_t naad,
                          const uint8_t *in, size_t len, uint8_t *out,
                          uint8_t *tag, Error **errp)
{
    uint8_t full[GCM_BLOCK];
    uint64_t y[2] = { 0, 0 };

    ghash_update(aead->h, y, aad, naad);
    if (gcm_j0_ctr(aead, j0, in, out, len, y, errp) < 0 ||
        gcm_j0_tag(aead, y, naad, len, j0, full, errp) < 0) {
        return -1;
    }
    memcpy(tag, full, aead->tag_len);
    return 0;
}

static int gcm_j0_decrypt(QCryptoAead *aead, const uint8_t *j0,
                          const uint8_t *aad, size_t naad,
                          const uint8_t *in, size_t len, const uint8_t *tag,
                          uint8_t *out, Error **errp)
{
    uint8_t full[GCM_BLOCK];
    uint64_t y[2] = { 0, 0 };

    /* the tag is checked before any plaintext is made */
    ghash_update(aead->h, y, aad, naad);
    ghash_update(aead->h, y, in, len);
    if (gcm_j0_tag(aead, y, naad, len, j0, full, errp) < 0) {
        return -1;
    }
    if (!qcrypto_aead_tag_equal(full, tag, aead->tag_len)) {
        error_setg(errp, "the tag does not match");
        return -EBADMSG;
    }
    return gcm_j0_ctr(aead, j0, in, out, len, NULL, errp);
}

/* Is this request GCM's with a 16-byte J0, which is served here? */
static bool is_gcm_j0(QCryptoAead *aead, size_t niv)
{
    return aead->alg == QCRYPTO_AEAD_ALGO_AES_GCM && niv == GCM_BLOCK;
}

int qcrypto_aead_encrypt(QCryptoAead *aead, const uint8_t *iv, size_t niv,
                         const uint8_t *aad, size_t naad,
                         const uint8_t *in, size_t len, uint8_t *out,
                         uint8_t *tag, Error **errp)
{
    if (!iv_and_len_ok(aead->alg, niv, len, errp)) {
        return -1;
    }
    if (is_gcm_j0(aead, niv)) {
        if (gcm_j0_setup(aead, errp) < 0) {
            return -1;
        }
        return gcm_j0_encrypt(aead, iv, aad, naad, in, len, out, tag, errp);
    }
    return qcrypto_aead_lib_encrypt(aead->lib, aead->tag_len, iv, niv,
                                    aad, naad, in, len, out, tag, errp);
}

int qcrypto_aead_decrypt(QCryptoAead *aead, const uint8_t *iv, size_t niv,
                         const uint8_t *aad, size_t naad,
                         const uint8_t *in, size_t len, const uint8_t *tag,
                         uint8_t *out, Error **errp)
{
    int ret;

    if (!iv_and_len_ok(aead->alg, niv, len, errp)) {
        ret = -1;
    } else if (is_gcm_j0(aead, niv)) {
        ret = gcm_j0_setup(aead, errp) < 0 ? -1 :
              gcm_j0_decrypt(aead, iv, aad, naad, in, len, tag, out, errp);
    } else {
        ret = qcrypto_aead_lib_decrypt(aead->lib, aead->tag_len, iv, niv,
                                       aad, naad, in, len, tag, out, errp);
    }
    if (ret < 0) {
        /* some libraries decrypt before they check: release nothing */
        memset(out, 0, len);
    }
    return ret;
}

void qcrypto_aead_free(QCryptoAead *aead)
{
    if (aead) {
        qcrypto_aead_lib_free(aead->lib);
        qcrypto_cipher_free(aead->ecb);
        explicit_bzero(aead, sizeof(*aead));
        g_free(aead);
    }
}
