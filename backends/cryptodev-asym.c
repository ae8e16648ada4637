/*
 * Asymmetric algorithms of the builtin cryptodev backend: RSA and ECDSA
 * over the akcipher of QEMU's crypto API
 *
 * Moved out of cryptodev-builtin.c, whose licence and attribution it keeps.
 *
 * Copyright (c) 2016 HUAWEI TECHNOLOGIES CO., LTD.
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "crypto/akcipher.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "cryptodev-asym.h"

struct CryptoDevAsymSession {
    QCryptoAkCipher *akcipher;
    bool sign_only;                     /* ECDSA: no encrypt or decrypt */
};

/* The curves of the specification, as QEMU's crypto API names them */
static const struct {
    uint32_t id;                        /* VIRTIO_CRYPTO_CURVE_* */
    QCryptoECCurve curve;
} ecdsa_curves[] = {
    { VIRTIO_CRYPTO_CURVE_NIST_P192, QCRYPTO_EC_CURVE_NIST_P192 },
    { VIRTIO_CRYPTO_CURVE_NIST_P224, QCRYPTO_EC_CURVE_NIST_P224 },
    { VIRTIO_CRYPTO_CURVE_NIST_P256, QCRYPTO_EC_CURVE_NIST_P256 },
    { VIRTIO_CRYPTO_CURVE_NIST_P384, QCRYPTO_EC_CURVE_NIST_P384 },
    { VIRTIO_CRYPTO_CURVE_NIST_P521, QCRYPTO_EC_CURVE_NIST_P521 },
};

void cryptodev_asym_probe(CryptoDevBackendConf *conf)
{
    size_t i;
    QCryptoAkCipherOptions raw = {
        .alg = QCRYPTO_AK_CIPHER_ALGO_RSA,
        .u.rsa.padding_alg = QCRYPTO_RSA_PADDING_ALGO_RAW,
    };
    QCryptoAkCipherOptions pkcs1 = {
        .alg = QCRYPTO_AK_CIPHER_ALGO_RSA,
        .u.rsa.padding_alg = QCRYPTO_RSA_PADDING_ALGO_PKCS1,
        .u.rsa.hash_alg = QCRYPTO_HASH_ALGO_SHA256,
    };

    /*
     * RSA with either padding: nettle's has PKCS#1 v1.5 only, and each
     * session's padding and hash are checked when it is made
     */
    if (qcrypto_akcipher_supports(&raw) || qcrypto_akcipher_supports(&pkcs1)) {
        conf->crypto_services |= 1u << VIRTIO_CRYPTO_SERVICE_AKCIPHER;
        conf->akcipher_algo |= 1u << VIRTIO_CRYPTO_AKCIPHER_RSA;
    }
    for (i = 0; i < ARRAY_SIZE(ecdsa_curves); i++) {
        QCryptoAkCipherOptions ecdsa = {
            .alg = QCRYPTO_AK_CIPHER_ALGO_ECDSA,
            .u.ecdsa.curve = ecdsa_curves[i].curve,
        };

        /* each session's curve is checked when it is made */
        if (qcrypto_akcipher_supports(&ecdsa)) {
            conf->crypto_services |= 1u << VIRTIO_CRYPTO_SERVICE_AKCIPHER;
            conf->akcipher_algo |= 1u << VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD;
        }
    }
}

/* The hash of an RSA PKCS#1 v1.5 signature; -1 for an unknown one */
static int rsa_hash(uint32_t virtio_hash)
{
    switch (virtio_hash) {
    case VIRTIO_CRYPTO_RSA_MD5:
        return QCRYPTO_HASH_ALGO_MD5;
    case VIRTIO_CRYPTO_RSA_SHA1:
        return QCRYPTO_HASH_ALGO_SHA1;
    case VIRTIO_CRYPTO_RSA_SHA224:
        return QCRYPTO_HASH_ALGO_SHA224;
    case VIRTIO_CRYPTO_RSA_NO_HASH:     /* the hash only matters to signing */
    case VIRTIO_CRYPTO_RSA_SHA256:
        return QCRYPTO_HASH_ALGO_SHA256;
    case VIRTIO_CRYPTO_RSA_SHA384:
        return QCRYPTO_HASH_ALGO_SHA384;
    case VIRTIO_CRYPTO_RSA_SHA512:
        return QCRYPTO_HASH_ALGO_SHA512;
    default:
        return -1;
    }
}

static int rsa_options(const CryptoDevBackendAsymSessionInfo *info,
                       QCryptoAkCipherOptionsRSA *rsa)
{
    int hash = rsa_hash(info->u.rsa.hash_algo);

    switch (info->u.rsa.padding_algo) {
    case VIRTIO_CRYPTO_RSA_RAW_PADDING:
        rsa->padding_alg = QCRYPTO_RSA_PADDING_ALGO_RAW;
        return VIRTIO_CRYPTO_OK;
    case VIRTIO_CRYPTO_RSA_PKCS1_PADDING:
        if (hash < 0) {
            return VIRTIO_CRYPTO_NOTSUPP;
        }
        rsa->padding_alg = QCRYPTO_RSA_PADDING_ALGO_PKCS1;
        rsa->hash_alg = hash;
        return VIRTIO_CRYPTO_OK;
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
}

static int akcipher_options(const CryptoDevBackendAsymSessionInfo *info,
                            QCryptoAkCipherOptions *opts)
{
    size_t i;

    switch (info->algo) {
    case VIRTIO_CRYPTO_AKCIPHER_RSA:
        opts->alg = QCRYPTO_AK_CIPHER_ALGO_RSA;
        return rsa_options(info, &opts->u.rsa);
    case VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD:
        opts->alg = QCRYPTO_AK_CIPHER_ALGO_ECDSA;
        for (i = 0; i < ARRAY_SIZE(ecdsa_curves); i++) {
            if (ecdsa_curves[i].id == info->u.ecdsa.curve_id) {
                opts->u.ecdsa.curve = ecdsa_curves[i].curve;
                return VIRTIO_CRYPTO_OK;
            }
        }
        return VIRTIO_CRYPTO_NOTSUPP;
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
}

int cryptodev_asym_session_new(const CryptoDevBackendAsymSessionInfo *info,
                               CryptoDevAsymSession **sess)
{
    QCryptoAkCipher *akcipher;
    QCryptoAkCipherOptions opts = { 0 };
    QCryptoAkCipherKeyType type;
    Error *local_err = NULL;
    int ret;

    ret = akcipher_options(info, &opts);
    if (ret != VIRTIO_CRYPTO_OK) {
        return ret;
    }
    if (!qcrypto_akcipher_supports(&opts)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    switch (info->keytype) {
    case VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC:
        type = QCRYPTO_AK_CIPHER_KEY_TYPE_PUBLIC;
        break;
    case VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE:
        type = QCRYPTO_AK_CIPHER_KEY_TYPE_PRIVATE;
        break;
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    akcipher = qcrypto_akcipher_new(&opts, type, info->key, info->keylen,
                                    &local_err);
    if (!akcipher) {
        /* a key that does not parse is the guest's mistake */
        error_free(local_err);
        return VIRTIO_CRYPTO_ERR;
    }
    *sess = g_new(CryptoDevAsymSession, 1);
    (*sess)->akcipher = akcipher;
    (*sess)->sign_only = info->algo == VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD;
    return VIRTIO_CRYPTO_OK;
}

void cryptodev_asym_session_free(CryptoDevAsymSession *sess)
{
    if (sess) {
        qcrypto_akcipher_free(sess->akcipher);
        g_free(sess);
    }
}

int cryptodev_asym_run(CryptoDevAsymSession *s, uint32_t op_code,
                       CryptoDevBackendAsymOpInfo *op)
{
    QCryptoAkCipher *ak = s->akcipher;
    int ret;

    if (s->sign_only && (op_code == VIRTIO_CRYPTO_AKCIPHER_ENCRYPT ||
                         op_code == VIRTIO_CRYPTO_AKCIPHER_DECRYPT)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    switch (op_code) {
    case VIRTIO_CRYPTO_AKCIPHER_ENCRYPT:
        ret = qcrypto_akcipher_encrypt(ak, op->src, op->src_len, op->dst,
                                       op->dst_len, NULL);
        break;
    case VIRTIO_CRYPTO_AKCIPHER_DECRYPT:
        ret = qcrypto_akcipher_decrypt(ak, op->src, op->src_len, op->dst,
                                       op->dst_len, NULL);
        break;
    case VIRTIO_CRYPTO_AKCIPHER_SIGN:
        ret = qcrypto_akcipher_sign(ak, op->src, op->src_len, op->dst,
                                    op->dst_len, NULL);
        break;
    case VIRTIO_CRYPTO_AKCIPHER_VERIFY:
        /*
         * src is the signature: a digest the key cannot have signed is a
         * malformed request, not a signature that fails
         */
        if (!op->digest_len ||
            op->digest_len > qcrypto_akcipher_max_dgst_len(ak)) {
            return VIRTIO_CRYPTO_ERR;
        }
        ret = qcrypto_akcipher_verify(ak, op->src, op->src_len, op->digest,
                                      op->digest_len, NULL);
        return ret < 0 ? VIRTIO_CRYPTO_KEY_REJECTED : VIRTIO_CRYPTO_OK;
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    if (ret < 0 || ret > op->dst_len) {
        return VIRTIO_CRYPTO_ERR;
    }
    op->dst_len = ret;
    return VIRTIO_CRYPTO_OK;
}
