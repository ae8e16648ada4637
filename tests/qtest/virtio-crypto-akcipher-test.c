/*
 * QTest for virtio-crypto's AKCIPHER service: ECDSA through the device
 *
 * Vectors: RFC 6979 A.2.5 (ECDSA, NIST P-256, SHA-256, message "sample"),
 * whose deterministic nonce makes the signature a known answer.
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
static uint8_t ecdsa_request(QVirtioCryptoQueues *q, uint32_t opcode,
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

    g_assert_cmpuint(ecdsa_request(q, VIRTIO_CRYPTO_AKCIPHER_SIGN, priv, flag,
                                   sample_sha256, 32, NULL, sizeof(sig), sig),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(sig, sizeof(sig), sample_sig_der, sizeof(sample_sig_der));

    g_assert_cmpuint(ecdsa_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                   sample_sig_der, sizeof(sample_sig_der),
                                   sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    /* a changed bit of s, and of the digest, must not verify */
    memcpy(bad, sample_sig_der, sizeof(bad));
    bad[sizeof(bad) - 1] ^= 1;
    g_assert_cmpuint(ecdsa_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                   bad, sizeof(bad), sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    memcpy(bad, sample_sha256, 32);
    bad[0] ^= 0x80;
    g_assert_cmpuint(ecdsa_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                   sample_sig_der, sizeof(sample_sig_der),
                                   bad, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    /* ECDSA neither encrypts nor decrypts */
    g_assert_cmpuint(ecdsa_request(q, VIRTIO_CRYPTO_AKCIPHER_ENCRYPT, pub,
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

static void register_virtio_crypto_akcipher_test(void)
{
    qos_add_test("ecdsa-p256-legacy", "virtio-crypto", test_ecdsa_legacy,
                 NULL);
    qos_add_test("ecdsa-p256-rev1-session", "virtio-crypto",
                 test_ecdsa_rev1_session, NULL);
    qos_add_test("ecdsa-p256-stateless", "virtio-crypto",
                 test_ecdsa_stateless, NULL);
}

libqos_init(register_virtio_crypto_akcipher_test);
