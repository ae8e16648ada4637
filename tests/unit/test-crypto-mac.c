/*
 * QEMU Crypto MACs built on a block cipher: known answers
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "crypto/init.h"
#include "crypto/mac.h"
#include "crypto-hex.h"

/* NIST SP 800-38A F.1: the plaintext of the AES examples */
#define SP800_38A_PT \
    "6bc1bee22e409f96e93d7e117393172a" "ae2d8a571e03ac9c9eb76fac45af8e51" \
    "30c81c46a35ce411e5fbc1191a0a52ef" "f69f2445df4f9b17ad2b417be66c3710"
#define K128 "2b7e151628aed2a6abf7158809cf4f3c"
#define K192 "8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b"
#define K256 "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"
#define KTDEA "8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5"
#define KXCBC "000102030405060708090a0b0c0d0e0f"

typedef struct MacVector {
    const char *name;
    QCryptoMacAlgo alg;
    QCryptoCipherAlgo cipher;
    const char *key;
    const char *msg;
    size_t msg_len;             /* bytes of @msg used */
    const char *mac;            /* a truncated MAC is shorter */
} MacVector;

static const MacVector vectors[] = {
    { "SP 800-38B D.1 example 1 (RFC 4493 example 1)",
      QCRYPTO_MAC_ALGO_CMAC, QCRYPTO_CIPHER_ALGO_AES_128, K128,
      SP800_38A_PT, 0, "bb1d6929e95937287fa37d129b756746" },
    { "SP 800-38B D.1 example 2 (RFC 4493 example 2)",
      QCRYPTO_MAC_ALGO_CMAC, QCRYPTO_CIPHER_ALGO_AES_128, K128,
      SP800_38A_PT, 16, "070a16b46b4d4144f79bdd9dd04a287c" },
    { "SP 800-38B D.1 example 3 (RFC 4493 example 3)",
      QCRYPTO_MAC_ALGO_CMAC, QCRYPTO_CIPHER_ALGO_AES_128, K128,
      SP800_38A_PT, 40, "dfa66747de9ae63030ca32611497c827" },
    { "SP 800-38B D.1 example 4 (RFC 4493 example 4)",
      QCRYPTO_MAC_ALGO_CMAC, QCRYPTO_CIPHER_ALGO_AES_128, K128,
      SP800_38A_PT, 64, "51f0bebf7e3b9d92fc49741779363cfe" },
    { "SP 800-38B D.1 example 2, truncated to 64 bits",
      QCRYPTO_MAC_ALGO_CMAC, QCRYPTO_CIPHER_ALGO_AES_128, K128,
      SP800_38A_PT, 16, "070a16b46b4d4144" },
    { "SP 800-38B D.2 example 6", QCRYPTO_MAC_ALGO_CMAC,
      QCRYPTO_CIPHER_ALGO_AES_192, K192, SP800_38A_PT, 16,
      "9e99a7bf31e710900662f65e617c5184" },
    { "SP 800-38B D.2 example 8", QCRYPTO_MAC_ALGO_CMAC,
      QCRYPTO_CIPHER_ALGO_AES_192, K192, SP800_38A_PT, 64,
      "a1d5df0eed790f794d77589659f39a11" },
    { "SP 800-38B D.3 example 10", QCRYPTO_MAC_ALGO_CMAC,
      QCRYPTO_CIPHER_ALGO_AES_256, K256, SP800_38A_PT, 16,
      "28a7023f452e8f82bd4bf28d8c37c35c" },
    { "SP 800-38B D.3 example 11", QCRYPTO_MAC_ALGO_CMAC,
      QCRYPTO_CIPHER_ALGO_AES_256, K256, SP800_38A_PT, 40,
      "aaf3d8f1de5640c232f5b169b9c911e6" },
    { "SP 800-38B D.4 example 14 (three-key TDEA)", QCRYPTO_MAC_ALGO_CMAC,
      QCRYPTO_CIPHER_ALGO_3DES, KTDEA, SP800_38A_PT, 8,
      "8e8f293136283797" },
    { "SP 800-38B D.4 example 15 (three-key TDEA)", QCRYPTO_MAC_ALGO_CMAC,
      QCRYPTO_CIPHER_ALGO_3DES, KTDEA, SP800_38A_PT, 20,
      "743ddbe0ce2dc2ed" },
    { "RFC 3566 4.6 test case 2", QCRYPTO_MAC_ALGO_XCBC,
      QCRYPTO_CIPHER_ALGO_AES_128, KXCBC, "000102", 3,
      "5b376580ae2f19afe7219ceef172756f" },
    { "RFC 3566 4.6 test case 3", QCRYPTO_MAC_ALGO_XCBC,
      QCRYPTO_CIPHER_ALGO_AES_128, KXCBC, "000102030405060708090a0b0c0d0e0f",
      16, "d2a246fa349b68a79998a4394ff7a263" },
    { "RFC 3566 4.6 test case 4", QCRYPTO_MAC_ALGO_XCBC,
      QCRYPTO_CIPHER_ALGO_AES_128, KXCBC,
      "000102030405060708090a0b0c0d0e0f10111213", 20,
      "47f51b4564966215b8985c63055ed308" },
    { "RFC 3566 4.6 test case 4, AES-XCBC-MAC-96", QCRYPTO_MAC_ALGO_XCBC,
      QCRYPTO_CIPHER_ALGO_AES_128, KXCBC,
      "000102030405060708090a0b0c0d0e0f10111213", 20,
      "47f51b4564966215b8985c63" },
    { "RFC 3566 4.6 test case 5", QCRYPTO_MAC_ALGO_XCBC,
      QCRYPTO_CIPHER_ALGO_AES_128, KXCBC,
      "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", 32,
      "f54f0ec8d2b9f3d36807734bd5283fd4" },
    /*
     * CBC-MAC, derived from SP 800-38A F.2.1 (CBC-AES128.Encrypt): with a
     * zero IV, the message (P1 ^ IV) || P2 || P3 || P4 enciphers to the
     * example's blocks, and the MAC is its last one
     */
    { "SP 800-38A F.2.1 as CBC-MAC (derived)", QCRYPTO_MAC_ALGO_CBC_MAC,
      QCRYPTO_CIPHER_ALGO_AES_128, K128,
      "6bc0bce12a459991e134741a7f9e1925" "ae2d8a571e03ac9c9eb76fac45af8e51"
      "30c81c46a35ce411e5fbc1191a0a52ef" "f69f2445df4f9b17ad2b417be66c3710",
      64, "3ff1caa1681fac09120eca307586e1a7" },
    { "SP 800-38A F.2.1 block 1 as CBC-MAC (derived)",
      QCRYPTO_MAC_ALGO_CBC_MAC, QCRYPTO_CIPHER_ALGO_AES_128, K128,
      "6bc0bce12a459991e134741a7f9e1925", 16,
      "7649abac8119b246cee98e9b12e9197d" },
};

/* Every library QEMU builds with has AES and 3DES, so every MAC here */
static void assert_supported(const MacVector *v)
{
#if defined(CONFIG_GCRYPT) || defined(CONFIG_NETTLE) || \
    defined(CONFIG_GNUTLS_CRYPTO)
    g_assert_true(qcrypto_mac_supports(v->alg, v->cipher));
#endif
}

/*
 * One vector: whole, and with its message cut into pieces of every
 * length from 1 byte up, which must not change the MAC
 */
static void test_vector(const void *opaque)
{
    const MacVector *v = opaque;
    size_t key_len, msg_len, mac_len, piece, off, n;
    g_autofree uint8_t *key = unhex(v->key, &key_len);
    g_autofree uint8_t *msg = unhex(v->msg, &msg_len);
    g_autofree uint8_t *want = unhex(v->mac, &mac_len);
    g_autoptr(QCryptoMac) mac = NULL;
    uint8_t got[16];
    struct iovec iov[64];

    assert_supported(v);
    if (!qcrypto_mac_supports(v->alg, v->cipher)) {
        g_test_skip("not in this build");
        return;
    }
    g_assert_cmpuint(v->msg_len, <=, msg_len);
    mac = qcrypto_mac_new(v->alg, v->cipher, key, key_len, &error_abort);
    for (piece = 0; piece <= MAX(v->msg_len, 1); piece++) {
        /* piece 0: the message in one iovec */
        size_t step = piece ? piece : MAX(v->msg_len, 1);

        for (off = 0, n = 0; off < v->msg_len; off += step, n++) {
            g_assert_cmpuint(n, <, G_N_ELEMENTS(iov));
            iov[n].iov_base = msg + off;
            iov[n].iov_len = MIN(step, v->msg_len - off);
        }
        memset(got, 0, sizeof(got));
        g_assert_cmpint(qcrypto_mac_bytesv(mac, iov, n, got, mac_len,
                                           &error_abort), ==, 0);
        g_assert_cmpmem(got, mac_len, want, mac_len);
    }
}

static void test_refused(void)
{
    uint8_t key[16] = { 0 }, msg[17] = { 0 }, out[16];
    struct iovec iov = { .iov_base = msg, .iov_len = sizeof(msg) };
    g_autoptr(QCryptoMac) mac = NULL;
    Error *err = NULL;

    /* XCBC is defined on AES-128 only; CBC-MAC not on 3DES */
    g_assert_false(qcrypto_mac_supports(QCRYPTO_MAC_ALGO_XCBC,
                                        QCRYPTO_CIPHER_ALGO_AES_256));
    g_assert_false(qcrypto_mac_supports(QCRYPTO_MAC_ALGO_CBC_MAC,
                                        QCRYPTO_CIPHER_ALGO_3DES));
    g_assert_null(qcrypto_mac_new(QCRYPTO_MAC_ALGO_XCBC,
                                  QCRYPTO_CIPHER_ALGO_AES_256, key,
                                  sizeof(key), &err));
    error_free_or_abort(&err);
    if (!qcrypto_mac_supports(QCRYPTO_MAC_ALGO_CBC_MAC,
                              QCRYPTO_CIPHER_ALGO_AES_128)) {
        return;
    }
    /* a key of the wrong length */
    g_assert_null(qcrypto_mac_new(QCRYPTO_MAC_ALGO_CBC_MAC,
                                  QCRYPTO_CIPHER_ALGO_AES_128, key, 15, &err));
    error_free_or_abort(&err);
    mac = qcrypto_mac_new(QCRYPTO_MAC_ALGO_CBC_MAC,
                          QCRYPTO_CIPHER_ALGO_AES_128, key, sizeof(key),
                          &error_abort);
    /* CBC-MAC of 17 bytes; MACs of 0 and of 17 bytes */
    g_assert_cmpint(qcrypto_mac_bytesv(mac, &iov, 1, out, 16, &err), ==, -1);
    error_free_or_abort(&err);
    iov.iov_len = 16;
    g_assert_cmpint(qcrypto_mac_bytesv(mac, &iov, 1, out, 0, &err), ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_mac_bytesv(mac, &iov, 1, out, 17, &err), ==, -1);
    error_free_or_abort(&err);
}

int main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    g_assert(qcrypto_init(NULL) == 0);
    for (i = 0; i < G_N_ELEMENTS(vectors); i++) {
        g_autofree char *path = g_strdup_printf("/crypto/mac/%s",
                                                vectors[i].name);

        g_test_add_data_func(path, &vectors[i], test_vector);
    }
    g_test_add_func("/crypto/mac/refused", test_refused);
    return g_test_run();
}
