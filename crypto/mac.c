/*
 * QEMU Crypto MACs built on a block cipher: CMAC, AES-XCBC-MAC, CBC-MAC
 *
 * Each runs the chained block cipher itself, one block at a time through
 * the cipher API in ECB mode, and differs only in its subkeys and in how
 * it closes the last block.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "crypto/mac.h"

#define MAX_BLOCK 16

struct QCryptoMac {
    QCryptoMacAlgo alg;
    QCryptoCipher *ecb;
    size_t block;
    /* CMAC: K1 (whole last block), K2 (padded); XCBC: K2, K3 likewise */
    uint8_t k_whole[MAX_BLOCK];
    uint8_t k_padded[MAX_BLOCK];
};

bool qcrypto_mac_supports(QCryptoMacAlgo alg, QCryptoCipherAlgo cipher)
{
    switch (alg) {
    case QCRYPTO_MAC_ALGO_CMAC:
        if (cipher != QCRYPTO_CIPHER_ALGO_3DES &&
            cipher != QCRYPTO_CIPHER_ALGO_AES_128 &&
            cipher != QCRYPTO_CIPHER_ALGO_AES_192 &&
            cipher != QCRYPTO_CIPHER_ALGO_AES_256) {
            return false;
        }
        break;
    case QCRYPTO_MAC_ALGO_XCBC:
        if (cipher != QCRYPTO_CIPHER_ALGO_AES_128) {
            return false;
        }
        break;
    case QCRYPTO_MAC_ALGO_CBC_MAC:
        if (cipher != QCRYPTO_CIPHER_ALGO_AES_128 &&
            cipher != QCRYPTO_CIPHER_ALGO_AES_192 &&
            cipher != QCRYPTO_CIPHER_ALGO_AES_256) {
            return false;
        }
        break;
    default:
        return false;
    }
    return qcrypto_cipher_supports(cipher, QCRYPTO_CIPHER_MODE_ECB);
}

static int encrypt_block(QCryptoMac *mac, const uint8_t *in, uint8_t *out,
                         Error **errp)
{
    return qcrypto_cipher_encrypt(mac->ecb, in, out, mac->block, errp);
}

/* SP 800-38B 6.1: doubling in GF(2^b), b the block length in bits */
static void cmac_double(const uint8_t *in, uint8_t *out, size_t block)
{
    uint8_t carry = in[0] >> 7;
    size_t i;

    for (i = 0; i + 1 < block; i++) {
        out[i] = in[i] << 1 | in[i + 1] >> 7;
    }
    out[block - 1] = in[block - 1] << 1;
    if (carry) {
        out[block - 1] ^= block == 16 ? 0x87 : 0x1b;
    }
}

/* SP 800-38B 6.1: K1 and K2 from L = E_K(0^b) */
static int cmac_subkeys(QCryptoMac *mac, Error **errp)
{
    uint8_t l[MAX_BLOCK] = { 0 };

    if (encrypt_block(mac, l, l, errp) < 0) {
        return -1;
    }
    cmac_double(l, mac->k_whole, mac->block);
    cmac_double(mac->k_whole, mac->k_padded, mac->block);
    explicit_bzero(l, sizeof(l));
    return 0;
}

/* RFC 3566 2.3: K1, K2, K3 = E_K(0x01..), E_K(0x02..), E_K(0x03..) */
static int xcbc_subkeys(QCryptoMac *mac, QCryptoCipherAlgo cipher,
                        Error **errp)
{
    uint8_t k1[MAX_BLOCK];
    int ret;

    memset(k1, 1, sizeof(k1));
    memset(mac->k_whole, 2, sizeof(mac->k_whole));
    memset(mac->k_padded, 3, sizeof(mac->k_padded));
    if (encrypt_block(mac, k1, k1, errp) < 0 ||
        encrypt_block(mac, mac->k_whole, mac->k_whole, errp) < 0 ||
        encrypt_block(mac, mac->k_padded, mac->k_padded, errp) < 0) {
        return -1;
    }
    /* the message is enciphered under K1 */
    qcrypto_cipher_free(mac->ecb);
    mac->ecb = qcrypto_cipher_new(cipher, QCRYPTO_CIPHER_MODE_ECB, k1,
                                  sizeof(k1), errp);
    ret = mac->ecb ? 0 : -1;
    explicit_bzero(k1, sizeof(k1));
    return ret;
}

QCryptoMac *qcrypto_mac_new(QCryptoMacAlgo alg, QCryptoCipherAlgo cipher,
                            const uint8_t *key, size_t nkey, Error **errp)
{
    g_autoptr(QCryptoMac) mac = NULL;

    if (!qcrypto_mac_supports(alg, cipher)) {
        error_setg(errp, "MAC %d is not supported on cipher %s", alg,
                   QCryptoCipherAlgo_str(cipher));
        return NULL;
    }
    mac = g_new0(QCryptoMac, 1);
    mac->alg = alg;
    mac->block = qcrypto_cipher_get_block_len(cipher);
    assert(mac->block <= MAX_BLOCK);
    mac->ecb = qcrypto_cipher_new(cipher, QCRYPTO_CIPHER_MODE_ECB, key, nkey,
                                  errp);
    if (!mac->ecb) {
        return NULL;
    }
    if ((alg == QCRYPTO_MAC_ALGO_CMAC && cmac_subkeys(mac, errp) < 0) ||
        (alg == QCRYPTO_MAC_ALGO_XCBC && xcbc_subkeys(mac, cipher, errp) < 0)) {
        return NULL;
    }
    return g_steal_pointer(&mac);
}

size_t qcrypto_mac_get_len(QCryptoMac *mac)
{
    return mac->block;
}

/* The chaining state, and the message's last bytes not yet chained */
typedef struct MacState {
    uint8_t x[MAX_BLOCK];
    uint8_t buf[MAX_BLOCK];
    size_t fill;
} MacState;

/*
 * Chain @len bytes of @data into @st.  A full block is chained only when
 * more data follows it: CMAC and XCBC close the last block differently.
 */
static int mac_feed(QCryptoMac *mac, MacState *st, const uint8_t *data,
                    size_t len, Error **errp)
{
    size_t i, n;

    while (len) {
        if (st->fill == mac->block) {
            for (i = 0; i < mac->block; i++) {
                st->x[i] ^= st->buf[i];
            }
            if (encrypt_block(mac, st->x, st->x, errp) < 0) {
                return -1;
            }
            st->fill = 0;
        }
        n = MIN(len, mac->block - st->fill);
        memcpy(st->buf + st->fill, data, n);
        st->fill += n;
        data += n;
        len -= n;
    }
    return 0;
}

/* Chain the last block: whole, or padded with 10..0 (SP 800-38B 6.2) */
static int mac_close(QCryptoMac *mac, MacState *st, Error **errp)
{
    bool whole = st->fill == mac->block;
    const uint8_t *k = whole ? mac->k_whole : mac->k_padded;
    size_t i;

    if (mac->alg == QCRYPTO_MAC_ALGO_CBC_MAC) {
        if (st->fill == 0) {
            /* no block at all: the IV */
            return 0;
        }
        if (!whole) {
            error_setg(errp, "CBC-MAC needs a message of whole blocks");
            return -1;
        }
        k = NULL;
    }
    if (!whole) {
        st->buf[st->fill] = 0x80;
        memset(st->buf + st->fill + 1, 0, mac->block - st->fill - 1);
    }
    for (i = 0; i < mac->block; i++) {
        st->x[i] ^= st->buf[i] ^ (k ? k[i] : 0);
    }
    return encrypt_block(mac, st->x, st->x, errp);
}

int qcrypto_mac_bytesv(QCryptoMac *mac, const struct iovec *iov, size_t niov,
                       uint8_t *out, size_t out_len, Error **errp)
{
    MacState st = { 0 };
    size_t i;
    int ret = -1;

    if (out_len < 1 || out_len > mac->block) {
        error_setg(errp, "a MAC of %zu bytes is not 1 to %zu bytes", out_len,
                   mac->block);
        return -1;
    }
    for (i = 0; i < niov; i++) {
        if (mac_feed(mac, &st, iov[i].iov_base, iov[i].iov_len, errp) < 0) {
            goto out;
        }
    }
    if (mac_close(mac, &st, errp) < 0) {
        goto out;
    }
    memcpy(out, st.x, out_len);
    ret = 0;
out:
    explicit_bzero(&st, sizeof(st));
    return ret;
}

void qcrypto_mac_free(QCryptoMac *mac)
{
    if (mac) {
        qcrypto_cipher_free(mac->ecb);
        explicit_bzero(mac, sizeof(*mac));
        g_free(mac);
    }
}
