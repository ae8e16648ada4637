/*
 * QTest for virtio-crypto's AKCIPHER service: ECDSA and RSA through the device
 *
 * Vectors: RFC 6979 A.2.5 (ECDSA, NIST P-256, SHA-256, message "sample"),
 * whose deterministic nonce makes the signature a known answer; NIST CAVS
 * SigVer PKCS#1 v1.5 for RSA verification, passing and failing.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "libqtest-single.h"
#include "qemu/module.h"
#include "standard-headers/linux/virtio_crypto.h"
#include "libqos/qgraph.h"
#include "libqos/virtio-crypto.h"

#define REV1 (1ull << VIRTIO_CRYPTO_F_REVISION_1)
#define AK_STATELESS (1ull << VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE)

/* RFC 6979 A.2.5: the private key x as an RFC 5915 ECPrivateKey (DER) */
static const uint8_t p256_private_der[] = {
    0x30, 0x31, 0x02, 0x01, 0x01, 0x04, 0x20,
    0xc9, 0xaf, 0xa9, 0xd8, 0x45, 0xba, 0x75, 0x16,
    0x6b, 0x5c, 0x21, 0x57, 0x67, 0xb1, 0xd6, 0x93,
    0x4e, 0x50, 0xc3, 0xdb, 0x36, 0xe8, 0x9b, 0x12,
    0x7b, 0x8a, 0x62, 0x2b, 0x12, 0x0f, 0x67, 0x21,
    /* [0] namedCurve prime256v1 */
    0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07,
};

/* RFC 6979 A.2.5: the public key (Ux, Uy) as an ECPoint */
static const uint8_t p256_public[] = {
    0x04,
    0x60, 0xfe, 0xd4, 0xba, 0x25, 0x5a, 0x9d, 0x31,
    0xc9, 0x61, 0xeb, 0x74, 0xc6, 0x35, 0x6d, 0x68,
    0xc0, 0x49, 0xb8, 0x92, 0x3b, 0x61, 0xfa, 0x6c,
    0xe6, 0x69, 0x62, 0x2e, 0x60, 0xf2, 0x9f, 0xb6,
    0x79, 0x03, 0xfe, 0x10, 0x08, 0xb8, 0xbc, 0x99,
    0xa4, 0x1a, 0xe9, 0xe9, 0x56, 0x28, 0xbc, 0x64,
    0xf2, 0xf1, 0xb2, 0x0c, 0x2d, 0x7e, 0x9f, 0x51,
    0x77, 0xa3, 0xc2, 0x94, 0xd4, 0x46, 0x22, 0x99,
};

/* SHA-256("sample") */
static const uint8_t sample_sha256[32] = {
    0xaf, 0x2b, 0xdb, 0xe1, 0xaa, 0x9b, 0x6e, 0xc1,
    0xe2, 0xad, 0xe1, 0xd6, 0x94, 0xf4, 0x1f, 0xc7,
    0x1a, 0x83, 0x1d, 0x02, 0x68, 0xe9, 0x89, 0x15,
    0x62, 0x11, 0x3d, 0x8a, 0x62, 0xad, 0xd1, 0xbf,
};

/* RFC 6979 A.2.5, SHA-256: (r, s) as a DER ECDSA-Sig-Value */
static const uint8_t sample_sig_der[72] = {
    0x30, 0x46,
    0x02, 0x21, 0x00,
    0xef, 0xd4, 0x8b, 0x2a, 0xac, 0xb6, 0xa8, 0xfd,
    0x11, 0x40, 0xdd, 0x9c, 0xd4, 0x5e, 0x81, 0xd6,
    0x9d, 0x2c, 0x87, 0x7b, 0x56, 0xaa, 0xf9, 0x91,
    0xc3, 0x4d, 0x0e, 0xa8, 0x4e, 0xaf, 0x37, 0x16,
    0x02, 0x21, 0x00,
    0xf7, 0xcb, 0x1c, 0x94, 0x2d, 0x65, 0x7c, 0x41,
    0xd4, 0x36, 0xc7, 0xa1, 0xb6, 0xe2, 0x9f, 0x65,
    0xf3, 0xe9, 0x00, 0xdb, 0xb9, 0xaf, 0xf4, 0x06,
    0x4d, 0xc4, 0xab, 0x2f, 0x84, 0x3a, 0xcd, 0xa8,
};

/*
 * NIST CAVS 11.0 SigVer PKCS#1 Ver 1.5 (FIPS 186-4), [mod = 1024],
 * SHA-256, e = 0xeef211: the public key as a DER RSAPublicKey
 */
static const uint8_t rsa1024_public_der[] = {
    0x30, 0x81, 0x8a, 0x02, 0x81, 0x81, 0x00, 0x85,
    0x92, 0xb5, 0x85, 0x0b, 0x9b, 0xa9, 0x6e, 0x7f,
    0xae, 0xcb, 0xdd, 0x67, 0xe5, 0x0e, 0xd5, 0xfb,
    0x20, 0x18, 0xfd, 0xa0, 0xbc, 0x6a, 0x09, 0xab,
    0x63, 0x45, 0x91, 0x0f, 0xc4, 0x45, 0xac, 0x6b,
    0xdb, 0x0e, 0x7a, 0x4c, 0x6b, 0x72, 0xc9, 0x44,
    0x16, 0x49, 0xc9, 0xe7, 0x81, 0x09, 0xbb, 0xaa,
    0x1d, 0x79, 0xf9, 0xfa, 0xfb, 0x87, 0x94, 0xa1,
    0xa0, 0x6c, 0xb6, 0x38, 0xbd, 0x8f, 0x3c, 0x34,
    0x16, 0xd4, 0x4c, 0x43, 0xcf, 0x86, 0x2b, 0x8a,
    0xc1, 0xd5, 0x00, 0x63, 0x10, 0xb0, 0x5a, 0x77,
    0x60, 0xd3, 0x41, 0xd0, 0x70, 0x77, 0xae, 0x77,
    0x5f, 0x16, 0x95, 0x06, 0x1d, 0x3c, 0x72, 0x97,
    0xdd, 0x3a, 0xb8, 0xfc, 0x5d, 0x03, 0xd0, 0x9e,
    0xd1, 0x60, 0x2a, 0x1b, 0xb6, 0x98, 0x91, 0xbb,
    0x37, 0x7f, 0xd0, 0xaa, 0xd6, 0xcd, 0x90, 0xf8,
    0xb2, 0x07, 0x46, 0x7d, 0xb3, 0x62, 0x79, 0x02,
    0x04, 0x00, 0xee, 0xf2, 0x11,
};

/* SHA-256 of the first Result = P message of that group, its signature */
static const uint8_t rsa_pass_digest[32] = {
    0xf9, 0x62, 0x5e, 0x08, 0x91, 0x9e, 0x66, 0x32,
    0xf9, 0x0b, 0x9a, 0x9f, 0xbd, 0xf8, 0x93, 0x0e,
    0x71, 0xcb, 0x17, 0x25, 0xb8, 0x33, 0x48, 0xf9,
    0x39, 0x05, 0xc7, 0xb2, 0x02, 0x9c, 0x91, 0xc7,
};
static const uint8_t rsa_pass_sig[128] = {
    0x2e, 0x37, 0xc8, 0x22, 0x15, 0x97, 0xf7, 0xe2,
    0xb1, 0x97, 0x0c, 0x40, 0xa5, 0x0d, 0xb5, 0xfe,
    0xfd, 0xe3, 0x1b, 0x1d, 0xff, 0x1e, 0x9b, 0x9d,
    0x6a, 0x70, 0xb0, 0x23, 0xac, 0xb0, 0x14, 0x97,
    0x15, 0x80, 0xed, 0xdf, 0x1d, 0x67, 0xf1, 0x5d,
    0x9f, 0xbb, 0xdd, 0xfc, 0xdf, 0x49, 0xcd, 0xa1,
    0x4c, 0xcb, 0x75, 0x16, 0xc3, 0x3b, 0x78, 0x7a,
    0x3a, 0x3f, 0xd4, 0x3d, 0x00, 0x5d, 0x02, 0xde,
    0x10, 0xf9, 0x3f, 0xfc, 0x99, 0x58, 0x5a, 0xe5,
    0xdf, 0xaa, 0x76, 0x6c, 0x0f, 0x1f, 0x5b, 0xfa,
    0x62, 0xe5, 0x0e, 0x76, 0xa0, 0x59, 0xa4, 0xa1,
    0xe8, 0x14, 0xc1, 0xee, 0x98, 0x36, 0xe0, 0x15,
    0x95, 0x73, 0x1d, 0xce, 0x48, 0xf9, 0x4a, 0xa1,
    0xae, 0x36, 0xd9, 0xc5, 0x16, 0x5a, 0x3e, 0xb2,
    0x80, 0x13, 0xfa, 0xc2, 0x71, 0xe0, 0x91, 0xf7,
    0x01, 0x8f, 0xe9, 0x6e, 0xc2, 0x60, 0x09, 0xc1,
};

/* ... and of its first Result = F message */
static const uint8_t rsa_fail_digest[32] = {
    0x64, 0x31, 0x6c, 0x95, 0x54, 0x9d, 0xa9, 0xfc,
    0x3e, 0x26, 0x4a, 0x18, 0x29, 0x92, 0x68, 0xbc,
    0x77, 0x7c, 0x3c, 0x4b, 0x62, 0x73, 0x19, 0x9a,
    0xc5, 0x86, 0x15, 0x7b, 0xd4, 0x8b, 0x00, 0xad,
};
static const uint8_t rsa_fail_sig[128] = {
    0x02, 0xd0, 0x71, 0x77, 0xf9, 0x1c, 0x0d, 0xb0,
    0xb7, 0x4e, 0x34, 0xb5, 0x32, 0xaa, 0x18, 0x67,
    0x3d, 0x27, 0xfd, 0xee, 0x37, 0x0b, 0x7a, 0xa9,
    0x09, 0x4e, 0xf7, 0x65, 0xc9, 0xa8, 0x27, 0x8b,
    0x71, 0x28, 0xf1, 0xbd, 0x24, 0xfd, 0x39, 0x92,
    0xe6, 0x37, 0x6f, 0x83, 0xbd, 0xea, 0x9e, 0x50,
    0x5b, 0xe1, 0x0d, 0xe1, 0x51, 0x63, 0x28, 0x6a,
    0x7c, 0x9d, 0x98, 0x73, 0xbd, 0xbc, 0xff, 0xe0,
    0x53, 0x5f, 0x9f, 0x8c, 0xb0, 0xdd, 0x99, 0xba,
    0x34, 0xe2, 0x4e, 0xc4, 0x62, 0xe4, 0xad, 0x03,
    0x61, 0x82, 0x58, 0xb6, 0x68, 0x94, 0xda, 0xea,
    0xc9, 0x41, 0x55, 0x45, 0xe0, 0x30, 0xbd, 0x96,
    0x3f, 0x2b, 0xeb, 0x8d, 0x08, 0x91, 0x83, 0xec,
    0x7f, 0xf1, 0xbe, 0x67, 0xe6, 0xf9, 0x4e, 0x68,
    0x71, 0xd4, 0x2f, 0xb7, 0xd7, 0xc6, 0x94, 0x68,
    0x2a, 0x9f, 0x4a, 0xf5, 0x99, 0xbf, 0xdf, 0x81,
};

/* A legacy or REVISION_1 ECDSA session: the two fixed parts agree */
static uint32_t ecdsa_session(QVirtioCryptoQueues *q, uint32_t key_type,
                              const uint8_t *key, size_t key_len,
                              uint64_t *id)
{
    struct virtio_crypto_op_ctrl_req req = { };
    struct virtio_crypto_akcipher_session_para *p =
        &req.u.akcipher_create_session.para;
    g_autofree uint8_t *out = g_malloc(sizeof(req) + key_len);

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION);
    req.header.algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_ECDSA);
    p->algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_ECDSA);
    p->keytype = cpu_to_le32(key_type);
    p->keylen = cpu_to_le32(key_len);
    p->u.ecdsa.curve_id = cpu_to_le32(VIRTIO_CRYPTO_CURVE_NIST_P256);
    memcpy(out, &req, sizeof(req));
    memcpy(out + sizeof(req), key, key_len);
    return qvirtio_crypto_create_session(q, out, sizeof(req) + key_len, id);
}

/*
 * A session-mode sign (@result: the signature) or verify (@second: the
 * digest) request; @flag 1 is REVISION_1, with its unpadded fixed part.
 */
static uint8_t ak_request(QVirtioCryptoQueues *q, uint32_t opcode,
                          uint64_t id, uint32_t flag, const uint8_t *src,
                          size_t src_len, const uint8_t *second,
                          size_t second_len, uint8_t *result)
{
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(opcode),
        .session_id = cpu_to_le64(id),
        .flag = cpu_to_le32(flag),
    };
    struct virtio_crypto_akcipher_data_req legacy = {
        .para.src_data_len = cpu_to_le32(src_len),
        .para.dst_data_len = cpu_to_le32(second_len),
    };
    size_t flf_len = flag ? sizeof(struct virtio_crypto_akcipher_data_flf)
                          : sizeof(legacy);
    g_autoptr(GByteArray) out = g_byte_array_new();

    /* the REVISION_1 fixed part is the legacy one's first 8 bytes */
    g_byte_array_append(out, (uint8_t *)&hdr, sizeof(hdr));
    g_byte_array_append(out, (uint8_t *)&legacy, flf_len);
    g_byte_array_append(out, src, src_len);
    if (opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY) {
        /* D8: signature, then the digest it must match */
        g_byte_array_append(out, second, second_len);
        return qvirtio_crypto_data(q, out->data, out->len, NULL, 0);
    }
    return qvirtio_crypto_data(q, out->data, out->len, result, second_len);
}

static void run_ecdsa_session(QVirtioCryptoQueues *q, uint32_t flag)
{
    uint8_t sig[sizeof(sample_sig_der)], bad[sizeof(sample_sig_der)];
    uint64_t priv, pub;

    g_assert_cmpuint(ecdsa_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                   p256_private_der, sizeof(p256_private_der),
                                   &priv), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ecdsa_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                   p256_public, sizeof(p256_public), &pub),
                     ==, VIRTIO_CRYPTO_OK);

    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_SIGN, priv, flag,
                                sample_sha256, 32, NULL, sizeof(sig), sig),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(sig, sizeof(sig), sample_sig_der, sizeof(sample_sig_der));

    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                sample_sig_der, sizeof(sample_sig_der),
                                sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    /* a changed bit of s, and of the digest, must not verify */
    memcpy(bad, sample_sig_der, sizeof(bad));
    bad[sizeof(bad) - 1] ^= 1;
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                bad, sizeof(bad), sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    memcpy(bad, sample_sha256, 32);
    bad[0] ^= 0x80;
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                sample_sig_der, sizeof(sample_sig_der),
                                bad, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    /* ECDSA neither encrypts nor decrypts */
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_ENCRYPT, pub,
                                flag, sample_sha256, 32, NULL, 64, bad),
                     ==, VIRTIO_CRYPTO_NOTSUPP);
}

static void test_ecdsa_legacy(void *obj, void *data, QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);

    g_assert_true(qvirtio_config_readl(q.dev, offsetof(
        struct virtio_crypto_config, akcipher_algo)) &
        (1u << VIRTIO_CRYPTO_AKCIPHER_ECDSA));
    run_ecdsa_session(&q, 0);
    qvirtio_crypto_stop(&q);
}

static void test_ecdsa_rev1_session(void *obj, void *data,
                                    QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, REV1);

    /* REVISION_1's akcipher fixed parts are the legacy ones unpadded */
    run_ecdsa_session(&q, VIRTIO_CRYPTO_FLAG_SESSION_MODE);
    qvirtio_crypto_stop(&q);
}

/* Stateless: the key leads the request */
static uint8_t ecdsa_stateless(QVirtioCryptoQueues *q, uint32_t opcode,
                               uint32_t key_type, const uint8_t *key,
                               size_t key_len, const uint8_t *src,
                               size_t src_len, const uint8_t *second,
                               size_t second_len, uint8_t *result)
{
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(opcode),
    };
    struct virtio_crypto_akcipher_data_flf_stateless flf = {
        .sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_ECDSA),
        .sess_para.key_type = cpu_to_le32(key_type),
        .sess_para.key_len = cpu_to_le32(key_len),
        .sess_para.u.ecdsa.curve_id =
            cpu_to_le32(VIRTIO_CRYPTO_CURVE_NIST_P256),
        .src_data_len = cpu_to_le32(src_len),
        .dst_data_len = cpu_to_le32(second_len),
    };
    bool verify = opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY;
    g_autoptr(GByteArray) out = g_byte_array_new();

    g_byte_array_append(out, (uint8_t *)&hdr, sizeof(hdr));
    g_byte_array_append(out, (uint8_t *)&flf, sizeof(flf));
    g_byte_array_append(out, key, key_len);
    g_byte_array_append(out, src, src_len);
    if (verify) {
        g_byte_array_append(out, second, second_len);
        return qvirtio_crypto_data(q, out->data, out->len, NULL, 0);
    }
    return qvirtio_crypto_data(q, out->data, out->len, result, second_len);
}

static void test_ecdsa_stateless(void *obj, void *data,
                                 QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, REV1 | AK_STATELESS);
    uint8_t sig[sizeof(sample_sig_der)];

    g_assert_cmpuint(ecdsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_SIGN,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     p256_private_der,
                                     sizeof(p256_private_der),
                                     sample_sha256, 32, NULL, sizeof(sig),
                                     sig), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(sig, sizeof(sig), sample_sig_der, sizeof(sample_sig_der));
    g_assert_cmpuint(ecdsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                     p256_public, sizeof(p256_public),
                                     sample_sig_der, sizeof(sample_sig_der),
                                     sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    /* a key that does not parse */
    g_assert_cmpuint(ecdsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_SIGN,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     p256_public, sizeof(p256_public),
                                     sample_sha256, 32, NULL, sizeof(sig),
                                     sig), ==, VIRTIO_CRYPTO_ERR);
    qvirtio_crypto_stop(&q);
}

/* A legacy RSA session with PKCS#1 v1.5 padding and SHA-256 */
static uint32_t rsa_session(QVirtioCryptoQueues *q, uint64_t *id)
{
    struct virtio_crypto_op_ctrl_req req = { };
    struct virtio_crypto_akcipher_session_para *p =
        &req.u.akcipher_create_session.para;
    g_autofree uint8_t *out = g_malloc(sizeof(req) +
                                       sizeof(rsa1024_public_der));

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION);
    p->algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_RSA);
    p->keytype = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC);
    p->keylen = cpu_to_le32(sizeof(rsa1024_public_der));
    p->u.rsa.padding_algo = cpu_to_le32(VIRTIO_CRYPTO_RSA_PKCS1_PADDING);
    p->u.rsa.hash_algo = cpu_to_le32(VIRTIO_CRYPTO_RSA_SHA256);
    memcpy(out, &req, sizeof(req));
    memcpy(out + sizeof(req), rsa1024_public_der,
           sizeof(rsa1024_public_der));
    return qvirtio_crypto_create_session(q, out, sizeof(req) +
                                         sizeof(rsa1024_public_der), id);
}

static void test_rsa_verify(void *obj, void *data, QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);
    uint64_t id;

    g_assert_true(qvirtio_config_readl(q.dev, offsetof(
        struct virtio_crypto_config, akcipher_algo)) &
        (1u << VIRTIO_CRYPTO_AKCIPHER_RSA));
    g_assert_cmpuint(rsa_session(&q, &id), ==, VIRTIO_CRYPTO_OK);
    /* D8: src is the signature, the digest follows it */
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, id, 0,
                                rsa_pass_sig, sizeof(rsa_pass_sig),
                                rsa_pass_digest, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, id, 0,
                                rsa_fail_sig, sizeof(rsa_fail_sig),
                                rsa_fail_digest, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    /* the passing signature, over the other digest */
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, id, 0,
                                rsa_pass_sig, sizeof(rsa_pass_sig),
                                rsa_fail_digest, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    qvirtio_crypto_stop(&q);
}

static void register_virtio_crypto_akcipher_test(void)
{
    qos_add_test("ecdsa-p256-legacy", "virtio-crypto", test_ecdsa_legacy,
                 NULL);
    qos_add_test("ecdsa-p256-rev1-session", "virtio-crypto",
                 test_ecdsa_rev1_session, NULL);
    qos_add_test("ecdsa-p256-stateless", "virtio-crypto",
                 test_ecdsa_stateless, NULL);
    qos_add_test("rsa-pkcs1-verify", "virtio-crypto", test_rsa_verify, NULL);
}

libqos_init(register_virtio_crypto_akcipher_test);
