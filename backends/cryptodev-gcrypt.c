/*
 * Symmetric algorithms of the builtin cryptodev backend, on libgcrypt
 *
 * One table lists every algorithm: its virtio id, its service, the key,
 * IV, block and result sizes it allows and how libgcrypt runs it.  The
 * capability masks, the checks at session creation and the dispatch of
 * each request all come from it.  AES-F8, CBC-MAC, XCBC-MAC and GCM with a
 * 16-byte J0, which libgcrypt has no mode for, are built from AES blocks.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/thread.h"
#include "standard-headers/linux/virtio_crypto.h"
#include "cryptodev-gcrypt.h"
#include <gcrypt.h>

#define AES_BLOCK 16

typedef enum AlgoKind {
    KIND_CIPHER,        /* a libgcrypt cipher in a libgcrypt mode */
    KIND_F8,            /* AES-F8 (RFC 3711) from AES blocks */
    KIND_HASH,
    KIND_MAC,           /* a libgcrypt MAC */
    KIND_CBCMAC,        /* AES CBC-MAC from AES blocks */
    KIND_XCBC,          /* AES-XCBC-MAC (RFC 3566) from AES blocks */
    KIND_AEAD,
} AlgoKind;

typedef struct Algo {
    uint32_t service;           /* VIRTIO_CRYPTO_SERVICE_* */
    uint32_t id;                /* VIRTIO_CRYPTO_<service>_* */
    AlgoKind kind;
    int gcry_algo;              /* GCRY_CIPHER_*, GCRY_MD_* or GCRY_MAC_* */
    int gcry_mode;              /* GCRY_CIPHER_MODE_*: ciphers and AEADs */
    uint8_t key_lens[3];        /* the allowed key lengths; none: any */
    uint8_t iv_len;             /* ciphers */
    uint8_t block;              /* inputs are a multiple of it */
    uint32_t max_result;        /* digest, MAC or tag; 0 for ciphers */
} Algo;

#define CIPHER(v, k, a, m, iv, blk, ...) \
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_CIPHER_##v, k, a, m, \
      { __VA_ARGS__ }, iv, blk, 0 }
#define HASH(v, a, len) \
    { VIRTIO_CRYPTO_SERVICE_HASH, VIRTIO_CRYPTO_HASH_##v, KIND_HASH, a, 0, \
      { 0 }, 0, 1, len }
#define MAC(v, k, a, len, ...) \
    { VIRTIO_CRYPTO_SERVICE_MAC, VIRTIO_CRYPTO_MAC_##v, k, a, 0, \
      { __VA_ARGS__ }, 0, 1, len }
#define AEAD(v, a, m, ...) \
    { VIRTIO_CRYPTO_SERVICE_AEAD, VIRTIO_CRYPTO_AEAD_##v, KIND_AEAD, a, m, \
      { __VA_ARGS__ }, 0, 1, 16 }

static const Algo algos[] = {
    CIPHER(ARC4, KIND_CIPHER, GCRY_CIPHER_ARCFOUR, GCRY_CIPHER_MODE_STREAM,
           0, 1),
    CIPHER(AES_ECB, KIND_CIPHER, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_ECB,
           0, 16, 16, 24, 32),
    CIPHER(AES_CBC, KIND_CIPHER, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_CBC,
           16, 16, 16, 24, 32),
    CIPHER(AES_CTR, KIND_CIPHER, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_CTR,
           16, 1, 16, 24, 32),
    CIPHER(DES_ECB, KIND_CIPHER, GCRY_CIPHER_DES, GCRY_CIPHER_MODE_ECB,
           0, 8, 8),
    CIPHER(DES_CBC, KIND_CIPHER, GCRY_CIPHER_DES, GCRY_CIPHER_MODE_CBC,
           8, 8, 8),
    CIPHER(3DES_ECB, KIND_CIPHER, GCRY_CIPHER_3DES, GCRY_CIPHER_MODE_ECB,
           0, 8, 24),
    CIPHER(3DES_CBC, KIND_CIPHER, GCRY_CIPHER_3DES, GCRY_CIPHER_MODE_CBC,
           8, 8, 24),
    CIPHER(3DES_CTR, KIND_CIPHER, GCRY_CIPHER_3DES, GCRY_CIPHER_MODE_CTR,
           8, 1, 24),
    /* the key is K_e followed by the key mask m of the same length */
    CIPHER(AES_F8, KIND_F8, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_ECB,
           16, 1, 32, 48, 64),
    /* the key is two AES keys; the IV is the 16-byte tweak */
    CIPHER(AES_XTS, KIND_CIPHER, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_XTS,
           16, 1, 32, 64),

    HASH(MD5, GCRY_MD_MD5, 16),
    HASH(SHA1, GCRY_MD_SHA1, 20),
    HASH(SHA_224, GCRY_MD_SHA224, 28),
    HASH(SHA_256, GCRY_MD_SHA256, 32),
    HASH(SHA_384, GCRY_MD_SHA384, 48),
    HASH(SHA_512, GCRY_MD_SHA512, 64),
    HASH(SHA3_224, GCRY_MD_SHA3_224, 28),
    HASH(SHA3_256, GCRY_MD_SHA3_256, 32),
    HASH(SHA3_384, GCRY_MD_SHA3_384, 48),
    HASH(SHA3_512, GCRY_MD_SHA3_512, 64),
    /* extendable output: as many bytes as hash_result_len asks */
    HASH(SHA3_SHAKE128, GCRY_MD_SHAKE128, CRYPTODEV_GCRYPT_MAX_SHAKE_LEN),
    HASH(SHA3_SHAKE256, GCRY_MD_SHAKE256, CRYPTODEV_GCRYPT_MAX_SHAKE_LEN),

    MAC(HMAC_MD5, KIND_MAC, GCRY_MAC_HMAC_MD5, 16),
    MAC(HMAC_SHA1, KIND_MAC, GCRY_MAC_HMAC_SHA1, 20),
    MAC(HMAC_SHA_224, KIND_MAC, GCRY_MAC_HMAC_SHA224, 28),
    MAC(HMAC_SHA_256, KIND_MAC, GCRY_MAC_HMAC_SHA256, 32),
    MAC(HMAC_SHA_384, KIND_MAC, GCRY_MAC_HMAC_SHA384, 48),
    MAC(HMAC_SHA_512, KIND_MAC, GCRY_MAC_HMAC_SHA512, 64),
    MAC(CMAC_3DES, KIND_MAC, GCRY_MAC_CMAC_3DES, 8, 24),
    MAC(CMAC_AES, KIND_MAC, GCRY_MAC_CMAC_AES, 16, 16, 24, 32),
    MAC(CBCMAC_AES, KIND_CBCMAC, GCRY_CIPHER_AES, 16, 16, 24, 32),
    MAC(XCBC_AES, KIND_XCBC, GCRY_CIPHER_AES, 16, 16),
    /* GMAC is not offered: a MAC request has no IV, and GMAC needs one */

    AEAD(GCM, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_GCM, 16, 24, 32),
    AEAD(CCM, GCRY_CIPHER_AES, GCRY_CIPHER_MODE_CCM, 16, 24, 32),
    AEAD(CHACHA20_POLY1305, GCRY_CIPHER_CHACHA20, GCRY_CIPHER_MODE_POLY1305,
         32),
};

static const Algo *algo_find(uint32_t service, uint32_t id)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(algos); i++) {
        if (algos[i].service == service && algos[i].id == id) {
            return &algos[i];
        }
    }
    return NULL;
}

static bool key_len_ok(const Algo *a, uint32_t len)
{
    int i;

    if (!a->key_lens[0]) {
        /* HMAC and ARC4 take keys of any length we accept at all */
        return len >= 1 && len <= CRYPTODEV_GCRYPT_MAX_AUTH_KEY_LEN;
    }
    for (i = 0; i < ARRAY_SIZE(a->key_lens) && a->key_lens[i]; i++) {
        if (a->key_lens[i] == len) {
            return true;
        }
    }
    return false;
}

/* libgcrypt names each AES key size apart */
static int gcry_cipher_for(const Algo *a, uint32_t key_len)
{
    if (a->gcry_algo != GCRY_CIPHER_AES) {
        return a->gcry_algo;
    }
    if (a->kind == KIND_F8 || a->gcry_mode == GCRY_CIPHER_MODE_XTS) {
        key_len /= 2;
    }
    return key_len == 32 ? GCRY_CIPHER_AES256 :
           key_len == 24 ? GCRY_CIPHER_AES192 : GCRY_CIPHER_AES128;
}

static bool tag_len_ok(const Algo *a, uint32_t len)
{
    switch (a->id) {
    case VIRTIO_CRYPTO_AEAD_GCM:
        /* SP 800-38D 5.2.1.2 */
        return len == 4 || len == 8 || (len >= 12 && len <= 16);
    case VIRTIO_CRYPTO_AEAD_CCM:
        /* SP 800-38C A.1 */
        return len >= 4 && len <= 16 && !(len & 1);
    default:
        return len == 16;
    }
}

static bool aead_iv_ok(const Algo *a, uint32_t len)
{
    switch (a->id) {
    case VIRTIO_CRYPTO_AEAD_GCM:
        /* 12 bytes are the IV, 16 are J0 (NIST SP 800-38D) */
        return len == 12 || len == 16;
    case VIRTIO_CRYPTO_AEAD_CCM:
        return len >= 7 && len <= 13;
    default:
        return len == 12;
    }
}

/* Does the libgcrypt of this process run @a? */
static bool algo_available(const Algo *a)
{
    gcry_cipher_hd_t h;
    int mode = a->gcry_mode;

    switch (a->kind) {
    case KIND_HASH:
        return gcry_md_test_algo(a->gcry_algo) == 0;
    case KIND_MAC:
        return gcry_mac_test_algo(a->gcry_algo) == 0;
    case KIND_CBCMAC:
    case KIND_XCBC:
        mode = GCRY_CIPHER_MODE_ECB;
        break;
    default:
        break;
    }
    if (gcry_cipher_open(&h, gcry_cipher_for(a, a->key_lens[0]), mode, 0)) {
        return false;
    }
    gcry_cipher_close(h);
    return true;
}

void cryptodev_gcrypt_probe(CryptoDevBackendConf *conf)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(algos); i++) {
        const Algo *a = &algos[i];
        uint32_t bit = 1u << (a->id % 32);
        int j;

        if (!algo_available(a)) {
            continue;
        }
        conf->crypto_services |= 1u << a->service;
        switch (a->service) {
        case VIRTIO_CRYPTO_SERVICE_CIPHER:
            *(a->id < 32 ? &conf->cipher_algo_l : &conf->cipher_algo_h) |= bit;
            break;
        case VIRTIO_CRYPTO_SERVICE_HASH:
            conf->hash_algo |= bit;
            break;
        case VIRTIO_CRYPTO_SERVICE_MAC:
            *(a->id < 32 ? &conf->mac_algo_l : &conf->mac_algo_h) |= bit;
            break;
        case VIRTIO_CRYPTO_SERVICE_AEAD:
            conf->aead_algo |= bit;
            break;
        }
        if (a->service == VIRTIO_CRYPTO_SERVICE_MAC && !a->key_lens[0]) {
            /* HMAC takes keys of any length */
            conf->max_auth_key_len = CRYPTODEV_GCRYPT_MAX_AUTH_KEY_LEN;
        }
        for (j = 0; j < ARRAY_SIZE(a->key_lens); j++) {
            uint32_t *max = a->service == VIRTIO_CRYPTO_SERVICE_MAC
                            ? &conf->max_auth_key_len
                            : &conf->max_cipher_key_len;

            *max = MAX(*max, a->key_lens[j]);
        }
    }
}

/* Sessions */

/*
 * What a session is apart from its keys: sessions of equal shapes hold the
 * same handles and differ in their keys only.
 */
typedef struct SessionShape {
    uint32_t service;
    uint32_t op_type;
    uint32_t cipher_alg;
    uint32_t key_len;
    uint32_t hash_alg;
    uint32_t hash_mode;
    uint32_t hash_result_len;
    uint32_t auth_key_len;
    uint32_t chain_order;
} SessionShape;

struct CryptoDevGcryptSession {
    QemuMutex lock;             /* one request at a time uses the handles */
    SessionShape shape;
    bool chain;
    uint32_t chain_order;
    /* the cipher, or AEAD, part */
    const Algo *cipher;
    gcry_cipher_hd_t ch;
    gcry_cipher_hd_t ecb;       /* F8: E(K_e ^ m); GCM with J0: E(K) */
    gcry_cipher_hd_t ctr;       /* GCM with J0: the data */
    uint8_t *key;               /* ARC4 restarts from it; GCM's J0 handles */
    uint32_t key_len;
    /* the hash or MAC part */
    const Algo *auth;
    gcry_md_hd_t md;
    gcry_mac_hd_t mac;
    gcry_cipher_hd_t auth_ecb;  /* CBC-MAC: E(K); XCBC: E(K1) */
    uint8_t xcbc_k2[AES_BLOCK];
    uint8_t xcbc_k3[AES_BLOCK];
    uint32_t auth_key_len;
    uint32_t result_len;        /* digest, MAC or tag length */
};

static void shape_of(const CryptoDevBackendSessionInfo *info, SessionShape *sh)
{
    const CryptoDevBackendSymSessionInfo *si = &info->u.sym_sess_info;

    *sh = (SessionShape) {
        .service = info->op_code >> 8,
        .op_type = si->op_type,
        .cipher_alg = si->cipher_alg,
        .key_len = si->key_len,
        .hash_alg = si->hash_alg,
        .hash_mode = si->hash_mode,
        .hash_result_len = si->hash_result_len,
        .auth_key_len = si->auth_key_len,
        .chain_order = si->alg_chain_order,
    };
}

/*
 * The device runs what the driver asks: DES keys that libgcrypt calls weak
 * are legal keys, which OpenSSL, Linux and NIST's known answers use.
 */
static gcry_cipher_hd_t open_cipher(int algo, int mode)
{
    gcry_cipher_hd_t h;

    if (gcry_cipher_open(&h, algo, mode, 0)) {
        return NULL;
    }
    gcry_cipher_ctl(h, GCRYCTL_SET_ALLOW_WEAK_KEY, NULL, 1);
    return h;
}

/* Key @h; a weak key, which open_cipher() allowed, is set all the same */
static gcry_error_t cipher_setkey(gcry_cipher_hd_t h, const void *key,
                                  size_t len)
{
    gcry_error_t err = gcry_cipher_setkey(h, key, len);

    return gcry_err_code(err) == GPG_ERR_WEAK_KEY ? 0 : err;
}

/* Open the handles of the cipher part; cipher_part_setkey() keys them */
static int cipher_part_new(CryptoDevGcryptSession *s, const Algo *a,
                           uint32_t key_len)
{
    int algo = gcry_cipher_for(a, key_len);

    if (!key_len_ok(a, key_len)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    s->cipher = a;
    s->key_len = key_len;
    if (a->kind == KIND_F8) {
        s->ch = open_cipher(algo, GCRY_CIPHER_MODE_ECB);
        s->ecb = open_cipher(algo, GCRY_CIPHER_MODE_ECB);
        return s->ch && s->ecb ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
    }
    s->ch = open_cipher(algo, a->gcry_mode);
    if (a->gcry_mode == GCRY_CIPHER_MODE_STREAM ||
        (a->service == VIRTIO_CRYPTO_SERVICE_AEAD &&
         a->id == VIRTIO_CRYPTO_AEAD_GCM)) {
        s->key = g_malloc0(key_len);
    }
    return s->ch ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
}

static gcry_error_t cipher_part_setkey(CryptoDevGcryptSession *s,
                                       const uint8_t *key)
{
    uint32_t len = s->key_len;
    gcry_error_t err;

    if (s->cipher->kind == KIND_F8) {
        uint8_t masked[32];
        uint32_t i, half = len / 2;

        for (i = 0; i < half; i++) {
            masked[i] = key[i] ^ key[half + i];
        }
        err = cipher_setkey(s->ch, key, half) ||
              cipher_setkey(s->ecb, masked, half);
        explicit_bzero(masked, sizeof(masked));
        return err;
    }
    if (s->key) {
        memcpy(s->key, key, len);
    }
    /* GCM's J0 handles exist once a request needed them */
    return cipher_setkey(s->ch, key, len) ||
           (s->ecb && cipher_setkey(s->ecb, key, len)) ||
           (s->ctr && cipher_setkey(s->ctr, key, len));
}

/* Open the handles of the hash or MAC part; auth_part_setkey() keys them */
static int auth_part_new(CryptoDevGcryptSession *s, const Algo *a,
                         uint32_t result_len, uint32_t key_len)
{
    /* truncated results are allowed; longer ones are not */
    if (result_len < 1 || result_len > a->max_result) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    if (a->kind != KIND_HASH && !key_len_ok(a, key_len)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    s->auth = a;
    s->result_len = result_len;
    s->auth_key_len = key_len;
    switch (a->kind) {
    case KIND_HASH:
        return gcry_md_open(&s->md, a->gcry_algo, 0) ? VIRTIO_CRYPTO_ERR
                                                     : VIRTIO_CRYPTO_OK;
    case KIND_MAC:
        return gcry_mac_open(&s->mac, a->gcry_algo, 0, NULL)
               ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
    case KIND_CBCMAC:
        s->auth_ecb = open_cipher(gcry_cipher_for(a, key_len),
                                  GCRY_CIPHER_MODE_ECB);
        return s->auth_ecb ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
    case KIND_XCBC:
        s->auth_ecb = open_cipher(GCRY_CIPHER_AES128, GCRY_CIPHER_MODE_ECB);
        return s->auth_ecb ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
    default:
        g_assert_not_reached();
    }
}

static gcry_error_t auth_part_setkey(CryptoDevGcryptSession *s,
                                     const uint8_t *key)
{
    static const uint8_t xcbc_const[3][AES_BLOCK] = {
        { [0 ... 15] = 1 }, { [0 ... 15] = 2 }, { [0 ... 15] = 3 },
    };
    uint8_t k1[AES_BLOCK];
    gcry_error_t err;

    switch (s->auth->kind) {
    case KIND_HASH:
        return 0;
    case KIND_MAC:
        return gcry_mac_setkey(s->mac, key, s->auth_key_len);
    case KIND_CBCMAC:
        return cipher_setkey(s->auth_ecb, key, s->auth_key_len);
    case KIND_XCBC:
        /* RFC 3566 2.3: K1, K2, K3 from K */
        err = cipher_setkey(s->auth_ecb, key, s->auth_key_len) ||
              gcry_cipher_encrypt(s->auth_ecb, k1, AES_BLOCK, xcbc_const[0],
                                  AES_BLOCK) ||
              gcry_cipher_encrypt(s->auth_ecb, s->xcbc_k2, AES_BLOCK,
                                  xcbc_const[1], AES_BLOCK) ||
              gcry_cipher_encrypt(s->auth_ecb, s->xcbc_k3, AES_BLOCK,
                                  xcbc_const[2], AES_BLOCK) ||
              cipher_setkey(s->auth_ecb, k1, AES_BLOCK);
        explicit_bzero(k1, sizeof(k1));
        return err;
    default:
        g_assert_not_reached();
    }
}

/* Key every handle of @s; NOTSUPP for a key libgcrypt refuses */
static int session_setkeys(CryptoDevGcryptSession *s, const uint8_t *key,
                           const uint8_t *auth_key)
{
    if ((s->cipher && cipher_part_setkey(s, key)) ||
        (s->auth && auth_part_setkey(s, auth_key))) {
        /* e.g. an ARC4 key shorter than libgcrypt takes */
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    return VIRTIO_CRYPTO_OK;
}

int cryptodev_gcrypt_session_new(const CryptoDevBackendSessionInfo *info,
                                 CryptoDevGcryptSession **sessp)
{
    const CryptoDevBackendSymSessionInfo *si = &info->u.sym_sess_info;
    uint32_t service = info->op_code >> 8;
    CryptoDevGcryptSession *s = g_new0(CryptoDevGcryptSession, 1);
    const Algo *cipher = NULL, *auth = NULL;
    int ret = VIRTIO_CRYPTO_NOTSUPP;

    qemu_mutex_init(&s->lock);
    shape_of(info, &s->shape);
    switch (service) {
    case VIRTIO_CRYPTO_SERVICE_CIPHER:
        cipher = algo_find(VIRTIO_CRYPTO_SERVICE_CIPHER, si->cipher_alg);
        if (si->op_type == VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING) {
            s->chain = true;
            s->chain_order = si->alg_chain_order;
            auth = algo_find(si->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH
                             ? VIRTIO_CRYPTO_SERVICE_MAC
                             : VIRTIO_CRYPTO_SERVICE_HASH, si->hash_alg);
            if (!auth || (s->chain_order !=
                          VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER &&
                          s->chain_order !=
                          VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH)) {
                goto out;
            }
        } else if (si->op_type != VIRTIO_CRYPTO_SYM_OP_CIPHER) {
            goto out;
        }
        break;
    case VIRTIO_CRYPTO_SERVICE_HASH:
    case VIRTIO_CRYPTO_SERVICE_MAC:
        auth = algo_find(service, si->hash_alg);
        break;
    case VIRTIO_CRYPTO_SERVICE_AEAD:
        cipher = algo_find(service, si->cipher_alg);
        if (cipher && !tag_len_ok(cipher, si->hash_result_len)) {
            goto out;
        }
        s->result_len = si->hash_result_len;
        break;
    default:
        goto out;
    }
    /* hash and MAC sessions have an auth part, the others a cipher */
    if (!(cipher || auth) ||
        (!cipher && service != VIRTIO_CRYPTO_SERVICE_HASH &&
         service != VIRTIO_CRYPTO_SERVICE_MAC)) {
        goto out;
    }
    if (cipher) {
        ret = cipher_part_new(s, cipher, si->key_len);
    }
    if (auth && (!cipher || ret == VIRTIO_CRYPTO_OK)) {
        ret = auth_part_new(s, auth, si->hash_result_len, si->auth_key_len);
    }
    if (ret == VIRTIO_CRYPTO_OK) {
        ret = session_setkeys(s, si->cipher_key, si->auth_key);
    }
out:
    if (ret != VIRTIO_CRYPTO_OK) {
        cryptodev_gcrypt_session_free(s);
        return ret;
    }
    *sessp = s;
    return VIRTIO_CRYPTO_OK;
}

/*
 * Give @s the keys of @info, when @info describes a session of the same
 * algorithms and sizes; NOTSUPP for another kind of session or a key
 * libgcrypt refuses.
 */
static int session_rekey(CryptoDevGcryptSession *s,
                         const CryptoDevBackendSessionInfo *info)
{
    const CryptoDevBackendSymSessionInfo *si = &info->u.sym_sess_info;
    SessionShape shape;

    shape_of(info, &shape);
    if (memcmp(&shape, &s->shape, sizeof(shape))) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    return session_setkeys(s, si->cipher_key, si->auth_key);
}

int cryptodev_gcrypt_session_new_from(CryptoDevGcryptSession *spare,
                                      const CryptoDevBackendSessionInfo *info,
                                      CryptoDevGcryptSession **sessp)
{
    if (spare) {
        if (session_rekey(spare, info) == VIRTIO_CRYPTO_OK) {
            *sessp = spare;
            return VIRTIO_CRYPTO_OK;
        }
        cryptodev_gcrypt_session_free(spare);
    }
    return cryptodev_gcrypt_session_new(info, sessp);
}

bool cryptodev_gcrypt_session_wipe(CryptoDevGcryptSession *s)
{
    /*
     * A public pattern, not zeros: in FIPS mode libgcrypt refuses XTS keys
     * with equal halves before it overwrites anything.
     */
    uint8_t pattern[CRYPTODEV_GCRYPT_MAX_AUTH_KEY_LEN];
    size_t i, len = MAX(s->key_len, s->auth_key_len);

    for (i = 0; i < len; i++) {
        pattern[i] = i * 0x1d + 0x35;
    }
    if (s->md) {
        /* the last message's state */
        gcry_md_reset(s->md);
    }
    return session_setkeys(s, pattern, pattern) == VIRTIO_CRYPTO_OK;
}

void cryptodev_gcrypt_session_free(CryptoDevGcryptSession *s)
{
    /* libgcrypt wipes the key schedules it frees */
    gcry_cipher_close(s->ch);
    gcry_cipher_close(s->ecb);
    gcry_cipher_close(s->ctr);
    gcry_cipher_close(s->auth_ecb);
    gcry_md_close(s->md);
    gcry_mac_close(s->mac);
    if (s->key) {
        explicit_bzero(s->key, s->key_len);
        g_free(s->key);
    }
    explicit_bzero(s->xcbc_k2, sizeof(s->xcbc_k2));
    explicit_bzero(s->xcbc_k3, sizeof(s->xcbc_k3));
    qemu_mutex_destroy(&s->lock);
    g_free(s);
}

/* Operations */

static int gcry_status(gcry_error_t err)
{
    return err ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
}

/* Compare a tag without telling by the time how much of it matched */
static bool tag_equal(const uint8_t *a, const uint8_t *b, size_t len)
{
    uint8_t diff = 0;
    size_t i;

    for (i = 0; i < len; i++) {
        diff |= a[i] ^ b[i];
    }
    return !diff;
}

static void xor_block(uint8_t *dst, const uint8_t *src, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        dst[i] ^= src[i];
    }
}

/* RFC 3711 4.1.2.2: AES-F8 keystream XORed onto the data */
static int f8_crypt(CryptoDevGcryptSession *s, const uint8_t *iv,
                    const uint8_t *src, uint8_t *dst, size_t len)
{
    uint8_t ivp[AES_BLOCK], ks[AES_BLOCK] = { 0 };
    uint64_t j;
    size_t done;

    if (gcry_cipher_encrypt(s->ecb, ivp, AES_BLOCK, iv, AES_BLOCK)) {
        return VIRTIO_CRYPTO_ERR;
    }
    for (j = 0, done = 0; done < len; j++) {
        size_t n = MIN(len - done, AES_BLOCK);
        uint8_t in[AES_BLOCK];

        /* S(j) = E(k_e, IV' ^ j ^ S(j-1)), j a 128-bit counter */
        memcpy(in, ivp, AES_BLOCK);
        xor_block(in, ks, AES_BLOCK);
        stq_be_p(in + 8, ldq_be_p(in + 8) ^ j);
        if (gcry_cipher_encrypt(s->ch, ks, AES_BLOCK, in, AES_BLOCK)) {
            return VIRTIO_CRYPTO_ERR;
        }
        memcpy(dst + done, src + done, n);
        xor_block(dst + done, ks, n);
        done += n;
    }
    return VIRTIO_CRYPTO_OK;
}

/* Encrypt or decrypt @len bytes with the cipher part */
static int cipher_crypt(CryptoDevGcryptSession *s, bool encrypt,
                        const uint8_t *iv, uint32_t iv_len,
                        const uint8_t *src, uint8_t *dst, size_t len)
{
    const Algo *a = s->cipher;
    gcry_error_t err = 0;

    if (iv_len != a->iv_len || len % a->block) {
        return VIRTIO_CRYPTO_ERR;
    }
    if (a->kind == KIND_F8) {
        return f8_crypt(s, iv, src, dst, len);
    }
    switch (a->gcry_mode) {
    case GCRY_CIPHER_MODE_STREAM:
        /* each request starts the keystream afresh */
        err = cipher_setkey(s->ch, s->key, s->key_len);
        break;
    case GCRY_CIPHER_MODE_CTR:
        err = gcry_cipher_setctr(s->ch, iv, iv_len);
        break;
    case GCRY_CIPHER_MODE_CBC:
    case GCRY_CIPHER_MODE_XTS:
        err = gcry_cipher_setiv(s->ch, iv, iv_len);
        break;
    }
    if (!err && len) {
        err = encrypt ? gcry_cipher_encrypt(s->ch, dst, len, src, len)
                      : gcry_cipher_decrypt(s->ch, dst, len, src, len);
    }
    return gcry_status(err);
}

/* CBC-MAC and XCBC over the concatenation @a ‖ @b, one block at a time */
typedef struct BlockMac {
    gcry_cipher_hd_t ecb;
    uint8_t state[AES_BLOCK];
    uint8_t buf[AES_BLOCK];
    size_t fill;
    bool err;
} BlockMac;

static void block_mac_feed(BlockMac *m, const uint8_t *p, size_t len,
                           bool keep_last)
{
    while (len) {
        size_t n;

        /* XCBC treats the last block apart: keep a full one back */
        if (m->fill == AES_BLOCK) {
            xor_block(m->state, m->buf, AES_BLOCK);
            m->err |= !!gcry_cipher_encrypt(m->ecb, m->state, AES_BLOCK,
                                            NULL, 0);
            m->fill = 0;
        }
        n = MIN(len, AES_BLOCK - m->fill);
        memcpy(m->buf + m->fill, p, n);
        m->fill += n;
        p += n;
        len -= n;
    }
    if (!keep_last && m->fill == AES_BLOCK) {
        xor_block(m->state, m->buf, AES_BLOCK);
        m->err |= !!gcry_cipher_encrypt(m->ecb, m->state, AES_BLOCK, NULL, 0);
        m->fill = 0;
    }
}

static int block_mac(CryptoDevGcryptSession *s, const uint8_t *aad,
                     size_t aad_len, const uint8_t *data, size_t len,
                     uint8_t *out)
{
    BlockMac m = { .ecb = s->auth_ecb };
    bool xcbc = s->auth->kind == KIND_XCBC;
    int ret;

    if (!xcbc && (aad_len + len) % AES_BLOCK) {
        /* CBC-MAC is defined on whole blocks */
        return VIRTIO_CRYPTO_ERR;
    }
    block_mac_feed(&m, aad, aad_len, xcbc);
    block_mac_feed(&m, data, len, xcbc);
    if (xcbc) {
        /* RFC 3566 2.4: the last block, whole with K2, padded with K3 */
        const uint8_t *k = m.fill == AES_BLOCK ? s->xcbc_k2 : s->xcbc_k3;

        if (m.fill < AES_BLOCK) {
            m.buf[m.fill] = 0x80;
            memset(m.buf + m.fill + 1, 0, AES_BLOCK - m.fill - 1);
        }
        xor_block(m.state, m.buf, AES_BLOCK);
        xor_block(m.state, k, AES_BLOCK);
        m.err |= !!gcry_cipher_encrypt(m.ecb, m.state, AES_BLOCK, NULL, 0);
    }
    memcpy(out, m.state, s->result_len);
    ret = m.err ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
    explicit_bzero(&m, sizeof(m));
    return ret;
}

/* The hash or MAC part over @aad ‖ @data; result_len bytes to @out */
static int auth_compute(CryptoDevGcryptSession *s, const uint8_t *aad,
                        size_t aad_len, const uint8_t *data, size_t len,
                        uint8_t *out)
{
    uint8_t full[64];
    size_t full_len = sizeof(full);

    switch (s->auth->kind) {
    case KIND_HASH:
        gcry_md_reset(s->md);
        if (aad_len) {
            gcry_md_write(s->md, aad, aad_len);
        }
        if (len) {
            gcry_md_write(s->md, data, len);
        }
        if (!gcry_md_get_algo_dlen(s->auth->gcry_algo)) {
            return gcry_status(gcry_md_extract(s->md, s->auth->gcry_algo,
                                               out, s->result_len));
        }
        memcpy(out, gcry_md_read(s->md, s->auth->gcry_algo), s->result_len);
        return VIRTIO_CRYPTO_OK;
    case KIND_MAC:
        if (gcry_mac_reset(s->mac) ||
            (aad_len && gcry_mac_write(s->mac, aad, aad_len)) ||
            (len && gcry_mac_write(s->mac, data, len)) ||
            gcry_mac_read(s->mac, full, &full_len) ||
            full_len < s->result_len) {
            return VIRTIO_CRYPTO_ERR;
        }
        memcpy(out, full, s->result_len);
        return VIRTIO_CRYPTO_OK;
    default:
        return block_mac(s, aad, aad_len, data, len, out);
    }
}

/* GCM with a 16-byte J0: CTR from inc32(J0), tag masked with E(J0) */
static int gcm_j0(CryptoDevGcryptSession *s, bool encrypt,
                  const uint8_t *j0, const uint8_t *aad, size_t aad_len,
                  const uint8_t *src, uint8_t *dst, size_t len,
                  uint8_t *tag)
{
    static const uint8_t iv0[12];
    static const uint8_t j0_of_iv0[AES_BLOCK] = { [15] = 1 };
    uint8_t t[AES_BLOCK], e0[AES_BLOCK], e1[AES_BLOCK], ctr[AES_BLOCK];
    const uint8_t *ctext = encrypt ? dst : src;
    uint64_t room, nblocks = DIV_ROUND_UP(len, AES_BLOCK);
    uint8_t scratch[4096];
    size_t first, done;
    gcry_error_t err;

    if (!s->ctr) {
        /* made on first use: most sessions only see 12-byte IVs */
        int algo = gcry_cipher_for(s->cipher, s->key_len);

        s->ecb = s->ecb ?: open_cipher(algo, GCRY_CIPHER_MODE_ECB);
        s->ctr = open_cipher(algo, GCRY_CIPHER_MODE_CTR);
        if (!s->ecb || !s->ctr ||
            cipher_setkey(s->ecb, s->key, s->key_len) ||
            cipher_setkey(s->ctr, s->key, s->key_len)) {
            gcry_cipher_close(s->ctr);
            s->ctr = NULL;
            return VIRTIO_CRYPTO_ERR;
        }
    }

    /* the data: CTR with inc32, whose low 32 bits wrap on their own */
    memcpy(ctr, j0, AES_BLOCK);
    stl_be_p(ctr + 12, ldl_be_p(j0 + 12) + 1);
    room = 0x100000000ull - ldl_be_p(ctr + 12);
    first = nblocks > room ? room * AES_BLOCK : len;
    err = gcry_cipher_setctr(s->ctr, ctr, AES_BLOCK) ||
          gcry_cipher_encrypt(s->ctr, dst, first, src, first);
    if (!err && first < len) {
        stl_be_p(ctr + 12, 0);
        err = gcry_cipher_setctr(s->ctr, ctr, AES_BLOCK) ||
              gcry_cipher_encrypt(s->ctr, dst + first, len - first,
                                  src + first, len - first);
    }
    if (err) {
        return VIRTIO_CRYPTO_ERR;
    }

    /*
     * GHASH(A, C) out of a GCM pass with the all-zero 12-byte IV, whose
     * tag is GHASH ^ E(K, 0^96 ‖ 1); then the tag is GHASH ^ E(K, J0).
     */
    err = gcry_cipher_setiv(s->ch, iv0, sizeof(iv0)) ||
          gcry_cipher_authenticate(s->ch, aad, aad_len);
    /* in whole blocks through a fixed scratch: no copy of the whole text */
    for (done = 0; !err && done < len; done += sizeof(scratch)) {
        size_t n = MIN(len - done, sizeof(scratch));

        err = gcry_cipher_decrypt(s->ch, scratch, n, ctext + done, n);
    }
    explicit_bzero(scratch, sizeof(scratch));
    err = err ||
          gcry_cipher_gettag(s->ch, t, AES_BLOCK) ||
          gcry_cipher_encrypt(s->ecb, e0, AES_BLOCK, j0_of_iv0, AES_BLOCK) ||
          gcry_cipher_encrypt(s->ecb, e1, AES_BLOCK, j0, AES_BLOCK);
    if (err) {
        return VIRTIO_CRYPTO_ERR;
    }
    xor_block(t, e0, AES_BLOCK);
    xor_block(t, e1, AES_BLOCK);
    memcpy(tag, t, AES_BLOCK);
    return VIRTIO_CRYPTO_OK;
}

static int aead_run(CryptoDevGcryptSession *s, bool encrypt,
                    CryptoDevBackendSymOpInfo *op)
{
    const Algo *a = s->cipher;
    uint32_t tag_len = s->result_len;
    size_t len;
    uint8_t tag[AES_BLOCK];
    gcry_error_t err;
    int ret;

    /* other IV lengths are not offered */
    if (!aead_iv_ok(a, op->iv_len)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    /* encryption appends the tag; decryption finds it after the text */
    if (encrypt) {
        len = op->src_len;
        if (op->dst_len < (uint64_t)len + tag_len) {
            return VIRTIO_CRYPTO_ERR;
        }
    } else {
        if (op->src_len < tag_len || op->dst_len < op->src_len - tag_len) {
            return VIRTIO_CRYPTO_ERR;
        }
        len = op->src_len - tag_len;
    }

    if (a->id == VIRTIO_CRYPTO_AEAD_GCM && op->iv_len == AES_BLOCK) {
        ret = gcm_j0(s, encrypt, op->iv, op->aad_data, op->aad_len, op->src,
                     op->dst, len, tag);
        if (ret != VIRTIO_CRYPTO_OK) {
            return ret;
        }
        if (encrypt) {
            memcpy(op->dst + len, tag, tag_len);
            return VIRTIO_CRYPTO_OK;
        }
        return tag_equal(tag, op->src + len, tag_len) ? VIRTIO_CRYPTO_OK
                                                      : VIRTIO_CRYPTO_BADMSG;
    }

    err = gcry_cipher_setiv(s->ch, op->iv, op->iv_len);
    if (!err && a->id == VIRTIO_CRYPTO_AEAD_CCM) {
        uint64_t lengths[3] = { len, op->aad_len, tag_len };

        err = gcry_cipher_ctl(s->ch, GCRYCTL_SET_CCM_LENGTHS, lengths,
                              sizeof(lengths));
    }
    if (!err) {
        err = gcry_cipher_authenticate(s->ch, op->aad_data, op->aad_len);
    }
    if (err) {
        return VIRTIO_CRYPTO_ERR;
    }
    if (encrypt) {
        err = gcry_cipher_encrypt(s->ch, op->dst, len, op->src, len);
        if (!err) {
            /* GCM gives the whole tag; the first tag_len bytes are it */
            err = gcry_cipher_gettag(s->ch, tag,
                                     a->id == VIRTIO_CRYPTO_AEAD_CCM
                                     ? tag_len : AES_BLOCK);
        }
        if (!err) {
            memcpy(op->dst + len, tag, tag_len);
        }
        return gcry_status(err);
    }
    err = gcry_cipher_decrypt(s->ch, op->dst, len, op->src, len);
    if (!err) {
        err = gcry_cipher_checktag(s->ch, op->src + len, tag_len);
    }
    if (gcry_err_code(err) == GPG_ERR_CHECKSUM) {
        return VIRTIO_CRYPTO_BADMSG;
    }
    return gcry_status(err);
}

/* Cipher and hash (or MAC) of one request, in the session's order */
static int chain_run(CryptoDevGcryptSession *s, bool encrypt,
                     CryptoDevBackendSymOpInfo *op)
{
    bool cipher_first = s->chain_order ==
                        VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH;
    const uint8_t *hashed = cipher_first ? op->dst : op->src;
    int ret;

    if (op->dst_len != op->src_len ||
        op->digest_result_len != s->result_len ||
        (uint64_t)op->cipher_start_src_offset + op->len_to_cipher >
            op->src_len ||
        (uint64_t)op->hash_start_src_offset + op->len_to_hash >
            op->src_len) {
        return VIRTIO_CRYPTO_ERR;
    }
    /* the bytes outside the cipher range pass through */
    memcpy(op->dst, op->src, op->src_len);
    if (!cipher_first) {
        ret = auth_compute(s, op->aad_data, op->aad_len,
                           hashed + op->hash_start_src_offset,
                           op->len_to_hash, op->digest_result);
        if (ret != VIRTIO_CRYPTO_OK) {
            return ret;
        }
    }
    ret = cipher_crypt(s, encrypt, op->iv, op->iv_len,
                       op->src + op->cipher_start_src_offset,
                       op->dst + op->cipher_start_src_offset,
                       op->len_to_cipher);
    if (ret != VIRTIO_CRYPTO_OK || !cipher_first) {
        return ret;
    }
    return auth_compute(s, op->aad_data, op->aad_len,
                        hashed + op->hash_start_src_offset,
                        op->len_to_hash, op->digest_result);
}

static int run_locked(CryptoDevGcryptSession *s, uint32_t op_code,
                      CryptoDevBackendSymOpInfo *op)
{
    /* the request's opcode, not the session's op, decides the direction */
    bool encrypt = op_code == VIRTIO_CRYPTO_CIPHER_ENCRYPT ||
                   op_code == VIRTIO_CRYPTO_AEAD_ENCRYPT;
    int ret;

    switch (op_code) {
    case VIRTIO_CRYPTO_CIPHER_ENCRYPT:
    case VIRTIO_CRYPTO_CIPHER_DECRYPT:
        if (s->chain) {
            return chain_run(s, encrypt, op);
        }
        if (!s->cipher || s->cipher->service != VIRTIO_CRYPTO_SERVICE_CIPHER ||
            op->dst_len != op->src_len) {
            return VIRTIO_CRYPTO_ERR;
        }
        return cipher_crypt(s, encrypt, op->iv, op->iv_len, op->src, op->dst,
                            op->src_len);
    case VIRTIO_CRYPTO_HASH:
    case VIRTIO_CRYPTO_MAC:
        if (!s->auth || s->chain ||
            op->digest_result_len != s->result_len) {
            return VIRTIO_CRYPTO_ERR;
        }
        return auth_compute(s, NULL, 0, op->src, op->src_len,
                            op->digest_result);
    case VIRTIO_CRYPTO_AEAD_ENCRYPT:
    case VIRTIO_CRYPTO_AEAD_DECRYPT:
        if (!s->cipher || s->cipher->kind != KIND_AEAD) {
            return VIRTIO_CRYPTO_ERR;
        }
        ret = aead_run(s, encrypt, op);
        if (ret == VIRTIO_CRYPTO_OK) {
            /* what was written: the text and the tag, or the text alone */
            op->dst_len = encrypt ? op->src_len + s->result_len
                                  : op->src_len - s->result_len;
        }
        return ret;
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
}

int cryptodev_gcrypt_run(CryptoDevGcryptSession *s, uint32_t op_code,
                         CryptoDevBackendSymOpInfo *op)
{
    int ret;

    qemu_mutex_lock(&s->lock);
    ret = run_locked(s, op_code, op);
    qemu_mutex_unlock(&s->lock);
    return ret;
}
