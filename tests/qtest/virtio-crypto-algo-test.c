/*
 * QTest for virtio-crypto: known-answer tests of every symmetric algorithm
 * the builtin backend serves, through the device, in the three request
 * formats: legacy (no feature bits), REVISION_1 session mode and REVISION_1
 * stateless mode
 *
 * Every vector names its public source next to it; derived vectors (CBC-MAC
 * and TDEA-CBC from ECB/CBC examples, algorithm chains) say how they were
 * derived.  All were checked on the host against OpenSSL 3.0, Python's
 * hashlib/hmac and python3-cryptography before use.
 *
 * The default run takes one vector per algorithm and key size (and one
 * truncated result per service); "-m slow" runs the others too, and
 * QTEST_VIRTIO_CRYPTO_ALGOS=aes-cbc,hmac-sha1,... only the algorithms named.
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
#include "libqos/virtio.h"
#include "libqos/virtio-crypto.h"

/* Vector tables: hex strings, NULL for none */

typedef struct CipherVector {
    const char *name;
    uint32_t algo;
    const char *key;
    const char *iv;
    const char *pt;
    unsigned pt_rep;            /* the plaintext is pt repeated; 0 = once */
    const char *ct;
    unsigned bits;              /* only the leading bits count; 0: all */
    bool slow;
} CipherVector;

typedef struct HashVector {
    const char *name;
    uint32_t algo;
    const char *msg;
    unsigned msg_rep;
    const char *digest;         /* its length is the result length */
    bool slow;
} HashVector;

typedef struct MacVector {
    const char *name;
    uint32_t algo;
    const char *key;
    unsigned key_rep;
    const char *msg;
    unsigned msg_rep;
    const char *tag;            /* its length is the result length */
    bool slow;
} MacVector;

typedef struct AeadVector {
    const char *name;
    uint32_t algo;
    const char *key;
    unsigned key_rep;
    const char *iv;
    unsigned iv_rep;
    const char *aad;
    const char *pt;
    unsigned pt_rep;
    const char *ct;
    const char *tag;            /* its length is the session's tag length */
    bool slow;
} AeadVector;

typedef struct ChainVector {
    const char *name;
    uint32_t cipher_algo;
    const char *cipher_key;
    const char *iv;
    uint32_t op;
    uint32_t order;
    uint32_t hash_mode;
    uint32_t hash_algo;         /* VIRTIO_CRYPTO_HASH_* or _MAC_* */
    const char *auth_key;
    const char *src;
    uint32_t cipher_start, len_to_cipher;
    uint32_t hash_start, len_to_hash;
    const char *aad;
    const char *dst;
    const char *digest;         /* its length is hash_result_len */
    bool slow;
} ChainVector;

/* NIST SP 800-38A, Appendix F: the plaintext, keys and IVs */
#define SP800_38A_PT "6bc1bee22e409f96e93d7e117393172a" \
                     "ae2d8a571e03ac9c9eb76fac45af8e51" \
                     "30c81c46a35ce411e5fbc1191a0a52ef" \
                     "f69f2445df4f9b17ad2b417be66c3710"
#define AES128_KEY "2b7e151628aed2a6abf7158809cf4f3c"
#define AES192_KEY "8e73b0f7da0e6452c810f32b809079e5" \
                   "62f8ead2522c6b7b"
#define AES256_KEY "603deb1015ca71be2b73aef0857d7781" \
                   "1f352c073b6108d72d9810a30914dff4"
#define CBC_IV "000102030405060708090a0b0c0d0e0f"
#define CTR_IV "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"
/* NIST SP 800-38A F.2.1 CBC-AES128.Encrypt, the ciphertext */
#define CBC_AES128_CT "7649abac8119b246cee98e9b12e9197d" \
                      "5086cb9b507219ee95db113a917678b2" \
                      "73bed6b8e3c1743b7116e69e22229516" \
                      "3ff1caa1681fac09120eca307586e1a7"
/* 00 01 ... ff: IEEE 1619-2007 vector 10's plaintext is this twice */
#define SEQ256 \
    "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" \
    "202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f" \
    "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f" \
    "606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f" \
    "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f" \
    "a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf" \
    "c0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedf" \
    "e0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"
/* RFC 2202 / RFC 4231 test case 2: "Jefe", "what do ya want for nothing?" */
#define JEFE "4a656665"
#define WHAT_DO_YA_WANT "7768617420646f2079612077616e7420" \
                        "666f72206e6f7468696e673f"
/* The GCM spec (McGrew & Viega), test cases 3-18 */
#define GCM_KEY "feffe9928665731c6d6a8f9467308308"
#define GCM_IV "cafebabefacedbaddecaf888"
#define GCM_P "d9313225f88406e5a55909c5aff5269a" \
              "86a7a9531534f7da2e4c303d8a318a72" \
              "1c3c0c95956809532fcf0e2449a6b525" \
              "b16aedf5aa0de657ba637b39"
#define GCM_AAD "feedfacedeadbeeffeedfacedeadbeefabaddad2"
/* The GCM spec, test case 4, the ciphertext */
#define GCM_TC4_C "42831ec2217774244b7221b784d0d49c" \
                  "e3aa212f2c02a4e035c17e2329aca12e" \
                  "21d514b25466931c7d8f6a5aac84aa05" \
                  "1ba30b396a0aac973d58e091"
/* RFC 3610 packet vectors #1-#12 */
#define RFC3610_KEY "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
/* NIST SP 800-38C, Appendix C */
#define SP800_38C_KEY "404142434445464748494a4b4c4d4e4f"

static const CipherVector cipher_vectors[] = {
    {
        /* RFC 6229 40-bit key, offsets 0-31 */
        .name = "RFC 6229 40-bit key, offsets 0-31",
        .algo = VIRTIO_CRYPTO_CIPHER_ARC4,
        .key = "0102030405",
        .pt = "00",
        .pt_rep = 32,
        .ct = "b2396305f03dc027ccc3524a0a1118a8"
              "6982944f18fc82d589c403a47a0d0919",
        .slow = true,
    },
    {
        /* RFC 6229 128-bit key, offsets 0-31 */
        .name = "RFC 6229 128-bit key, offsets 0-31",
        .algo = VIRTIO_CRYPTO_CIPHER_ARC4,
        .key = "0102030405060708090a0b0c0d0e0f10",
        .pt = "00",
        .pt_rep = 32,
        .ct = "9ac7cc9a609d1ef7b2932899cde41b97"
              "5248c4959014126a6e8a84f11d1a9e1c",
    },
    {
        /* RFC 6229 256-bit key, offsets 0-31 */
        .name = "RFC 6229 256-bit key, offsets 0-31",
        .algo = VIRTIO_CRYPTO_CIPHER_ARC4,
        .key = "0102030405060708090a0b0c0d0e0f10"
               "1112131415161718191a1b1c1d1e1f20",
        .pt = "00",
        .pt_rep = 32,
        .ct = "eaa6bd25880bf93d3f5d1e4ca2611d91"
              "cfa45c9f7e714b54bdfa80027cb14380",
        .slow = true,
    },
    {
        /* NIST SP 800-38A F.1.1/F.1.2 ECB-AES128 */
        .name = "NIST SP 800-38A F.1.1/F.1.2 ECB-AES128",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_ECB,
        .key = AES128_KEY,
        .pt = SP800_38A_PT,
        .ct = "3ad77bb40d7a3660a89ecaf32466ef97"
              "f5d3d58503b9699de785895a96fdbaaf"
              "43b1cd7f598ece23881b00e3ed030688"
              "7b0c785e27e8ad3f8223207104725dd4",
    },
    {
        /* NIST SP 800-38A F.1.3/F.1.4 ECB-AES192 */
        .name = "NIST SP 800-38A F.1.3/F.1.4 ECB-AES192",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_ECB,
        .key = AES192_KEY,
        .pt = SP800_38A_PT,
        .ct = "bd334f1d6e45f25ff712a214571fa5cc"
              "974104846d0ad3ad7734ecb3ecee4eef"
              "ef7afd2270e2e60adce0ba2face6444e"
              "9a4b41ba738d6c72fb16691603c18e0e",
    },
    {
        /* NIST SP 800-38A F.1.5/F.1.6 ECB-AES256 */
        .name = "NIST SP 800-38A F.1.5/F.1.6 ECB-AES256",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_ECB,
        .key = AES256_KEY,
        .pt = SP800_38A_PT,
        .ct = "f3eed1bdb5d2a03c064b5a7e3db181f8"
              "591ccb10d410ed26dc5ba74a31362870"
              "b6ed21b99ca6f4f9f153e7b1beafed1d"
              "23304b7a39f9f3ff067d8d8f9e24ecc7",
    },
    {
        /* NIST SP 800-38A F.2.1/F.2.2 CBC-AES128 */
        .name = "NIST SP 800-38A F.2.1/F.2.2 CBC-AES128",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .key = AES128_KEY,
        .iv = CBC_IV,
        .pt = SP800_38A_PT,
        .ct = CBC_AES128_CT,
    },
    {
        /* NIST SP 800-38A F.2.3/F.2.4 CBC-AES192 */
        .name = "NIST SP 800-38A F.2.3/F.2.4 CBC-AES192",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .key = AES192_KEY,
        .iv = CBC_IV,
        .pt = SP800_38A_PT,
        .ct = "4f021db243bc633d7178183a9fa071e8"
              "b4d9ada9ad7dedf4e5e738763f69145a"
              "571b242012fb7ae07fa9baac3df102e0"
              "08b0e27988598881d920a9e64f5615cd",
    },
    {
        /* NIST SP 800-38A F.2.5/F.2.6 CBC-AES256 */
        .name = "NIST SP 800-38A F.2.5/F.2.6 CBC-AES256",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .key = AES256_KEY,
        .iv = CBC_IV,
        .pt = SP800_38A_PT,
        .ct = "f58c4c04d6e5f1ba779eabfb5f7bfbd6"
              "9cfc4e967edb808d679f777bc6702c7d"
              "39f23369a9d9bacfa530e26304231461"
              "b2eb05e2c39be9fcda6c19078c6a9d1b",
    },
    {
        /* NIST SP 800-38A F.5.1/F.5.2 CTR-AES128 */
        .name = "NIST SP 800-38A F.5.1/F.5.2 CTR-AES128",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CTR,
        .key = AES128_KEY,
        .iv = CTR_IV,
        .pt = SP800_38A_PT,
        .ct = "874d6191b620e3261bef6864990db6ce"
              "9806f66b7970fdff8617187bb9fffdff"
              "5ae4df3edbd5d35e5b4f09020db03eab"
              "1e031dda2fbe03d1792170a0f3009cee",
    },
    {
        /*
         * NIST SP 800-38A F.5.1 CTR-AES128, bytes 0-59; CTR is a stream, so
         * a prefix ending mid-block is a vector too
         */
        .name = "NIST SP 800-38A F.5.1 CTR-AES128, bytes 0-59",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CTR,
        .key = AES128_KEY,
        .iv = CTR_IV,
        .pt = "6bc1bee22e409f96e93d7e117393172a"
              "ae2d8a571e03ac9c9eb76fac45af8e51"
              "30c81c46a35ce411e5fbc1191a0a52ef"
              "f69f2445df4f9b17ad2b417b",
        .ct = "874d6191b620e3261bef6864990db6ce"
              "9806f66b7970fdff8617187bb9fffdff"
              "5ae4df3edbd5d35e5b4f09020db03eab"
              "1e031dda2fbe03d1792170a0",
    },
    {
        /* NIST SP 800-38A F.5.3/F.5.4 CTR-AES192 */
        .name = "NIST SP 800-38A F.5.3/F.5.4 CTR-AES192",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CTR,
        .key = AES192_KEY,
        .iv = CTR_IV,
        .pt = SP800_38A_PT,
        .ct = "1abc932417521ca24f2b0459fe7e6e0b"
              "090339ec0aa6faefd5ccc2c6f4ce8e94"
              "1e36b26bd1ebc670d1bd1d665620abf7"
              "4f78a7f6d29809585a97daec58c6b050",
    },
    {
        /* NIST SP 800-38A F.5.5/F.5.6 CTR-AES256 */
        .name = "NIST SP 800-38A F.5.5/F.5.6 CTR-AES256",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CTR,
        .key = AES256_KEY,
        .iv = CTR_IV,
        .pt = SP800_38A_PT,
        .ct = "601ec313775789a5b7a7f504bbf3d228"
              "f443e3ca4d62b59aca84e990cacaf5c5"
              "2b0930daa23de94ce87017ba2d84988d"
              "dfc9c58db67aada613c2dd08457941a6",
    },
    {
        /* FIPS 81 Table B1 (ECB) */
        .name = "FIPS 81 Table B1 (ECB)",
        .algo = VIRTIO_CRYPTO_CIPHER_DES_ECB,
        .key = "0123456789abcdef",
        /* "Now is the time for all " */
        .pt = "4e6f77206973207468652074696d6520"
              "666f7220616c6c20",
        .ct = "3fa40e8a984d48156a271787ab8883f9"
              "893d51ec4b563b53",
    },
    {
        /* NIST SP 800-17 Table B.1, round 1: a key libgcrypt calls weak */
        .name = "NIST SP 800-17 Table B.1, round 1 (weak key)",
        .algo = VIRTIO_CRYPTO_CIPHER_DES_ECB,
        .key = "0101010101010101",
        .pt = "8000000000000000",
        .ct = "95f8a5e5dd31d900",
    },
    {
        /* the same as TDEA with K1 = K2 = K3, which is DES again */
        .name = "NIST SP 800-17 Table B.1, round 1, TDEA K1 = K2 = K3",
        .algo = VIRTIO_CRYPTO_CIPHER_3DES_ECB,
        .key = "01010101010101010101010101010101"
               "0101010101010101",
        .pt = "8000000000000000",
        .ct = "95f8a5e5dd31d900",
    },
    {
        /* FIPS 81 Table C1 (CBC) */
        .name = "FIPS 81 Table C1 (CBC)",
        .algo = VIRTIO_CRYPTO_CIPHER_DES_CBC,
        .key = "0123456789abcdef",
        .iv = "1234567890abcdef",
        /* "Now is the time for all " */
        .pt = "4e6f77206973207468652074696d6520"
              "666f7220616c6c20",
        .ct = "e5c7cdde872bf27c43e934008c389c0f"
              "683788499a7c05f6",
    },
    {
        /* NIST SP 800-67 Rev. 1 Appendix B (TECB) */
        .name = "NIST SP 800-67 Rev. 1 Appendix B (TECB)",
        .algo = VIRTIO_CRYPTO_CIPHER_3DES_ECB,
        .key = "0123456789abcdef23456789abcdef01"
               "456789abcdef0123",
        /* "The qufck brown fox jump" */
        .pt = "54686520717566636b2062726f776e20"
              "666f78206a756d70",
        .ct = "a826fd8ce53b855fcce21c8112256fe6"
              "68d5c05dd9b6b900",
    },
    {
        /*
         * NIST SP 800-67 Rev. 1 Appendix B, as CBC (derived); plaintext block
         * i is P(i) ^ C(i-1) (P(1) ^ IV), so that the CBC ciphertext is the
         * ECB example's
         */
        .name = "NIST SP 800-67 Rev. 1 Appendix B, as CBC (derived)",
        .algo = VIRTIO_CRYPTO_CIPHER_3DES_CBC,
        .key = "0123456789abcdef23456789abcdef01"
               "456789abcdef0123",
        .iv = "0001020304050607",
        .pt = "5469672375706064c3069ffe8a4ceb7f"
              "aa8d64a178500296",
        .ct = "a826fd8ce53b855fcce21c8112256fe6"
              "68d5c05dd9b6b900",
    },
    {
        /*
         * DPDK triple_des192ctr_test_vector, bytes 0-63; CTR is a stream, so a
         * prefix of the 512-byte vector is one too
         */
        .name = "DPDK triple_des192ctr_test_vector, bytes 0-63",
        .algo = VIRTIO_CRYPTO_CIPHER_3DES_CTR,
        .key = "e423338a356461e24903ddc6b8ca557a"
               "d4c3a3aa336261e0",
        .iv = "0001020304050607",
        .pt = "576861742061206c6f75737920656172"
              "74682120486520776f6e646572656420"
              "686f77206d616e792070656f706c6520"
              "77657265206465737469747574652074",
        .ct = "ff32529710bf0b10680f4f568b2c7b8e"
              "391e1a2f83de5e35c84bdfd5bc84501a"
              "02dfb311e4dab80e47c60c5109629c5d"
              "714049d855bd7d9071c5f7076f08712a",
    },
    {
        /* DPDK triple_des192ctr_test_vector, bytes 0-60 */
        .name = "DPDK triple_des192ctr_test_vector, bytes 0-60",
        .algo = VIRTIO_CRYPTO_CIPHER_3DES_CTR,
        .key = "e423338a356461e24903ddc6b8ca557a"
               "d4c3a3aa336261e0",
        .iv = "0001020304050607",
        /* "What a lousy earth! He wondered how many people were destitut" */
        .pt = "576861742061206c6f75737920656172"
              "74682120486520776f6e646572656420"
              "686f77206d616e792070656f706c6520"
              "77657265206465737469747574",
        .ct = "ff32529710bf0b10680f4f568b2c7b8e"
              "391e1a2f83de5e35c84bdfd5bc84501a"
              "02dfb311e4dab80e47c60c5109629c5d"
              "714049d855bd7d9071c5f7076f",
    },
    {
        /* IEEE 1619-2007 XTS-AES-128 vector 1: its two keys are equal */
        .name = "IEEE 1619-2007 XTS-AES-128 vector 1 (equal key halves)",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_XTS,
        .key = "00000000000000000000000000000000"
               "00000000000000000000000000000000",
        .iv = "00000000000000000000000000000000",
        .pt = "00",
        .pt_rep = 32,
        .ct = "917cf69ebd68b2ec9b9fe9a3eadda692"
              "cd43d2f59598ed858c02c2652fbf922e",
    },
    {
        /* IEEE 1619-2007 XTS-AES-128 vector 2 */
        .name = "IEEE 1619-2007 XTS-AES-128 vector 2",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_XTS,
        .key = "11111111111111111111111111111111"
               "22222222222222222222222222222222",
        .iv = "33333333330000000000000000000000",
        .pt = "44",
        .pt_rep = 32,
        .ct = "c454185e6a16936e39334038acef838b"
              "fb186fff7480adc4289382ecd6d394f0",
    },
    {
        /* IEEE 1619-2007 XTS-AES-128 vector 3 */
        .name = "IEEE 1619-2007 XTS-AES-128 vector 3",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_XTS,
        .key = "fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0"
               "22222222222222222222222222222222",
        .iv = "33333333330000000000000000000000",
        .pt = "44",
        .pt_rep = 32,
        .ct = "af85336b597afc1a900b2eb21ec949d2"
              "92df4c047e0b21532186a5971a227a89",
        .slow = true,
    },
    {
        /* IEEE 1619-2007 XTS-AES-256 vector 10 */
        .name = "IEEE 1619-2007 XTS-AES-256 vector 10",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_XTS,
        .key = "27182818284590452353602874713526"
               "62497757247093699959574966967627"
               "31415926535897932384626433832795"
               "02884197169399375105820974944592",
        .iv = "ff000000000000000000000000000000",
        .pt = SEQ256,
        .pt_rep = 2,
        .ct = "1c3b3a102f770386e4836c99e370cf9b"
              "ea00803f5e482357a4ae12d414a3e63b"
              "5d31e276f8fe4a8d66b317f9ac683f44"
              "680a86ac35adfc3345befecb4bb188fd"
              "5776926c49a3095eb108fd1098baec70"
              "aaa66999a72a82f27d848b21d4a741b0"
              "c5cd4d5fff9dac89aeba122961d03a75"
              "7123e9870f8acf1000020887891429ca"
              "2a3e7a7d7df7b10355165c8b9a6d0a7d"
              "e8b062c4500dc4cd120c0f7418dae3d0"
              "b5781c34803fa75421c790dfe1de1834"
              "f280d7667b327f6c8cd7557e12ac3a0f"
              "93ec05c52e0493ef31a12d3d9260f79a"
              "289d6a379bc70c50841473d1a8cc81ec"
              "583e9645e07b8d9670655ba5bbcfecc6"
              "dc3966380ad8fecb17b6ba02469a020a"
              "84e18e8f84252070c13e9f1f289be54f"
              "bc481457778f616015e1327a02b140f1"
              "505eb309326d68378f8374595c849d84"
              "f4c333ec4423885143cb47bd71c5edae"
              "9be69a2ffeceb1bec9de244fbe15992b"
              "11b77c040f12bd8f6a975a44a0f90c29"
              "a9abc3d4d893927284c58754cce29452"
              "9f8614dcd2aba991925fedc4ae74ffac"
              "6e333b93eb4aff0479da9a410e4450e0"
              "dd7ae4c6e2910900575da401fc07059f"
              "645e8b7e9bfdef33943054ff84011493"
              "c27b3429eaedb4ed5376441a77ed4385"
              "1ad77f16f541dfd269d50d6a5f14fb0a"
              "ab1cbb4c1550be97f7ab4066193c4caa"
              "773dad38014bd2092fa755c824bb5e54"
              "c4f36ffda9fcea70b9c6e693e148c151",
    },
    {
        /* RFC 3711 B.1 AES-f8 */
        .name = "RFC 3711 B.1 AES-f8",
        .algo = VIRTIO_CRYPTO_CIPHER_AES_F8,
        .key = "234829008467be186c3de14aae72d62c"
               "32f2870d555555555555555555555555",
        .iv = "006e5cba50681de55c621599d462564a",
        /* "pseudorandomness is the next best thing" */
        .pt = "70736575646f72616e646f6d6e657373"
              "20697320746865206e65787420626573"
              "74207468696e67",
        .ct = "019ce7a26e7854014a6366aa95d4eefd"
              "1ad4172a14f9faf455b7f1d4b62bd08f"
              "562c0eef7c4802",
    },
    {
        /* COUNT 72a4f20f, BEARER 0c, DIRECTION 1, LENGTH 798 */
        .name = "3GPP TS 35.203 KASUMI f8 test set 1",
        .algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .key = "2bd6459f82c5b300952c49104881ff48",
        .iv = "72a4f20f64000000",
        .pt = "7ec61272743bf1614726446a6c38ced1"
              "66f6ca76eb5430044286346cef130f92"
              "922b03450d3a9975e5bd2ea0eb55ad8e"
              "1b199e3ec4316020e9a1b285e7627953"
              "59b7bdfd39bef4b2484583d5afe082ae"
              "e638bf5fd5a606193901a08f4ab41aab"
              "9b134880",
        .ct = "d1e2de70eef86c6964fb542bc2d460aa"
              "bfaa10a4a093262b7d199e706fc2d489"
              "1553296910f3a973012682e41c4e2b02"
              "be2017b7253bbf9309de5819cb42e819"
              "56f4c99bc9765caf53b1d0bb8279826a"
              "dbbc5522e915c120a618a5a7f5e89708"
              "9339650c",
        .bits = 798,
    },
    {
        /* COUNT e28bcf7b, BEARER 18, DIRECTION 0, LENGTH 510 */
        .name = "3GPP TS 35.203 KASUMI f8 test set 2",
        .algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .key = "efa8b2229e720c2a7c36ea55e9605695",
        .iv = "e28bcf7bc0000000",
        .pt = "10111231e060253a43fd3f57e37607ab"
              "2827b599b6b1bbda37a8abcc5a8c550d"
              "1bfb2f494624fb50367fa36ce3bc68f1"
              "1cf93b1510376b02130f812a9fa169d8",
        .ct = "3deacc7c15821caa89eecade9b5bd361"
              "4bd0c8419d710385ddbe5849ef1bac5a"
              "e8b14a5b0a6741521eb4e00bb9ecf3e9"
              "f7ccb9cae74152d7f4e2a034b6ea00ec",
        .bits = 510,
    },
    {
        /* COUNT fa556b26, BEARER 03, DIRECTION 1, LENGTH 120 */
        .name = "3GPP TS 35.203 KASUMI f8 test set 3",
        .algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .key = "5acb1d644c0d51204ea5f1451010d852",
        .iv = "fa556b261c000000",
        .pt = "ad9c441f890b38c457a49d421407e8",
        .ct = "9bc92ca803c67b28a11a4bee5a0c25",
    },
    {
        /* COUNT 398a59b4, BEARER 05, DIRECTION 1, LENGTH 253 */
        .name = "3GPP TS 35.203 KASUMI f8 test set 4",
        .algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .key = "d3c5d592327fb11c4035c6680af8c6d1",
        .iv = "398a59b42c000000",
        .pt = "981ba6824c1bfb1ab485472029b71d80"
              "8ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
        .ct = "5bb9431bb1e98bd11b93db7c3d451365"
              "59bb86a295aa204ecbebf6f7a5101510",
        .bits = 253,
    },
    {
        /* COUNT 72a4f20f, BEARER 09, DIRECTION 0, LENGTH 837 */
        .name = "3GPP TS 35.203 KASUMI f8 test set 5",
        .algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .key = "6090eae04c83706eecbf652be8e36566",
        .iv = "72a4f20f48000000",
        .pt = "40981ba6824c1bfb4286b299783daf44"
              "2c099f7ab0f58d5c8e46b104f08f01b4"
              "1ab485472029b71d36bd1a3d90dc3a41"
              "b46d51672ac4c9663a2be063da4bc8d2"
              "808ce33e2cccbfc634e1b259060876a0"
              "fbb5a437ebcc8d31c19e4454318745e3"
              "987645987a986f2cb0",
        .ct = "ddb364dd2aaec24dff291957b78bad06"
              "3ac579cd9041babe89fd195c0578cb9f"
              "de4217566178d20240206d07cfa619ec"
              "059f63514459fc10d42dc9934e56ebc0"
              "cbc60d4d2df174774cbdcd5da4a35031"
              "7a7f12e1949471f8a295f272e68fc071"
              "59b07d8e2d26e45998",
        .bits = 837,
    },
    {
        /* COUNT 72a4f20f, BEARER 0c, DIRECTION 1, LENGTH 798 */
        .name = "UEA2 & UIA2 Document 3 UEA2 test set 1",
        .algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .key = "2bd6459f82c5b300952c49104881ff48",
        .iv = "72a4f20f6400000072a4f20f64000000",
        .pt = "7ec61272743bf1614726446a6c38ced1"
              "66f6ca76eb5430044286346cef130f92"
              "922b03450d3a9975e5bd2ea0eb55ad8e"
              "1b199e3ec4316020e9a1b285e7627953"
              "59b7bdfd39bef4b2484583d5afe082ae"
              "e638bf5fd5a606193901a08f4ab41aab"
              "9b134880",
        .ct = "8ceba62943dced3a0990b06ea1b0a2c4"
              "fb3cedc71b369f42ba64c1eb6665e72a"
              "a1c9bb0deaa20fe86058b8baee2c2e7f"
              "0becce48b52932a53c9d5f931a3a7c53"
              "2259af4325e2a65e3084ad5f6a513b7b"
              "ddc1b65f0aa0d97a053db55a88c4c4f9"
              "605e4140",
        .bits = 798,
    },
    {
        /* COUNT e28bcf7b, BEARER 18, DIRECTION 0, LENGTH 510 */
        .name = "UEA2 & UIA2 Document 3 UEA2 test set 2",
        .algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .key = "efa8b2229e720c2a7c36ea55e9605695",
        .iv = "e28bcf7bc0000000e28bcf7bc0000000",
        .pt = "10111231e060253a43fd3f57e37607ab"
              "2827b599b6b1bbda37a8abcc5a8c550d"
              "1bfb2f494624fb50367fa36ce3bc68f1"
              "1cf93b1510376b02130f812a9fa169d8",
        .ct = "e0da15ca8e2554f5e56c9468dc6c7c12"
              "9c568aa5032317e04e0729646cabefa6"
              "89864c410f24f919e61e3dfdfad77e56"
              "0db0a9cd36c34ae4181490b29f5fa2fc",
        .bits = 510,
    },
    {
        /* COUNT fa556b26, BEARER 03, DIRECTION 1, LENGTH 120 */
        .name = "UEA2 & UIA2 Document 3 UEA2 test set 3",
        .algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .key = "5acb1d644c0d51204ea5f1451010d852",
        .iv = "fa556b261c000000fa556b261c000000",
        .pt = "ad9c441f890b38c457a49d421407e8",
        .ct = "ba0f31300334c56b52a7497cbac046",
    },
    {
        /* COUNT 398a59b4, BEARER 05, DIRECTION 1, LENGTH 253 */
        .name = "UEA2 & UIA2 Document 3 UEA2 test set 4",
        .algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .key = "d3c5d592327fb11c4035c6680af8c6d1",
        .iv = "398a59b42c000000398a59b42c000000",
        .pt = "981ba6824c1bfb1ab485472029b71d80"
              "8ce33e2cc3c0b5fc1f3de8a6dc66b1f0",
        .ct = "989b719cdc33ceb7cf276a52827cef94"
              "a56c40c0ab9d81f7a2a9bac60e11c4b0",
        .bits = 253,
    },
    {
        /* COUNT 72a4f20f, BEARER 09, DIRECTION 0, LENGTH 837 */
        .name = "UEA2 & UIA2 Document 3 UEA2 test set 5",
        .algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .key = "6090eae04c83706eecbf652be8e36566",
        .iv = "72a4f20f4800000072a4f20f48000000",
        .pt = "40981ba6824c1bfb4286b299783daf44"
              "2c099f7ab0f58d5c8e46b104f08f01b4"
              "1ab485472029b71d36bd1a3d90dc3a41"
              "b46d51672ac4c9663a2be063da4bc8d2"
              "808ce33e2cccbfc634e1b259060876a0"
              "fbb5a437ebcc8d31c19e4454318745e3"
              "987645987a986f2cb0",
        .ct = "5892bba88bbbcaaeae769aa06b683d3a"
              "17cc04a369881697435e44fed5ff9af5"
              "7b9e890d4d5c64709885d48ae40690ec"
              "043baae9705796e4a9ff5a4b8d8b36d7"
              "f3fe57cc6cfd6cd005cd3852a85e94ce"
              "6bcd90d0d07839ce09733544ca8e3508"
              "43248550922ac12818",
        .bits = 837,
    },
    {
        /* COUNT 66035492, BEARER 0f, DIRECTION 0, LENGTH 193 */
        .name = "128-EEA3 & 128-EIA3 Document 3 EEA3 test set 1",
        .algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .key = "173d14ba5003731d7a60049470f00a29",
        .iv = "66035492780000006603549278000000",
        .pt = "6cf65340735552ab0c9752fa6f9025fe"
              "0bd675d9005875b200",
        .ct = "a6c85fc66afb8533aafc2518dfe78494"
              "0ee1e4b030238cc800",
        .bits = 193,
    },
    {
        /* COUNT 00056823, BEARER 18, DIRECTION 1, LENGTH 800 */
        .name = "128-EEA3 & 128-EIA3 Document 3 EEA3 test set 2",
        .algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .key = "e5bd3ea0eb55ade866c6ac58bd54302a",
        .iv = "00056823c400000000056823c4000000",
        .pt = "14a8ef693d678507bbe7270a7f67ff50"
              "06c3525b9807e467c4e56000ba338f5d"
              "429559036751822246c80d3b38f07f4b"
              "e2d8ff5805f5132229bde93bbbdcaf38"
              "2bf1ee972fbf9977bada8945847a2a6c"
              "9ad34a667554e04d1f7fa2c33241bd8f"
              "01ba220d",
        .ct = "131d43e0dea1be5c5a1bfd971d852cbf"
              "712d7b4f57961fea3208afa8bca433f4"
              "56ad09c7417e58bc69cf8866d1353f74"
              "865e80781d202dfb3ecff7fcbc3b190f"
              "e82a204ed0e350fc0f6f2613b2f2bca6"
              "df5a473a57a4a00d985ebad880d6f238"
              "64a07b01",
    },
    {
        /* COUNT 76452ec1, BEARER 02, DIRECTION 1, LENGTH 1570 */
        .name = "128-EEA3 & 128-EIA3 Document 3 EEA3 test set 3",
        .algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .key = "d4552a8fd6e61cc81a2009141a29c10b",
        .iv = "76452ec11400000076452ec114000000",
        .pt = "38f07f4be2d8ff5805f5132229bde93b"
              "bbdcaf382bf1ee972fbf9977bada8945"
              "847a2a6c9ad34a667554e04d1f7fa2c3"
              "3241bd8f01ba220d3ca4ec41e074595f"
              "54ae2b454fd971432043601965cca85c"
              "2417ed6cbec3bada84fc8a579aea7837"
              "b0271177242a64dc0a9de71a8edee86c"
              "a3d47d033d6bf539804eca86c584a905"
              "2de46ad3fced65543bd90207372b27af"
              "b79234f5ff43ea870820e2c2b78a8aae"
              "61cce52a0515e348d196664a3456b182"
              "a07c406e4a20791271cfeda165d535ec"
              "5ea2d4df40",
        .ct = "8383b0229fcc0b9d2295ec41c977e9c2"
              "bb72e220378141f9c8318f3a270dfbcd"
              "ee6411c2b3044f176dc6e00f8960f97a"
              "facd131ad6a3b49b16b7babcf2a509eb"
              "b16a75dcab14ff275dbeeea1a2b155f9"
              "d52c26452d0187c310a4ee55beaa78ab"
              "4024615ba9f5d5adc7728f73560671f0"
              "13e5e550085d3291df7d5fecedded559"
              "641b6c2f585233bc71e9602bd2305855"
              "bbd25ffa7f17ecbc042daae38c1f57ad"
              "8e8ebd37346f71befdbb7432e0e0bb2c"
              "fc09bcd96570cb0c0c39df5e29294e82"
              "703a637f80",
        .bits = 1570,
    },
    {
        /* COUNT e4850fe1, BEARER 10, DIRECTION 1, LENGTH 2798 */
        .name = "128-EEA3 & 128-EIA3 Document 3 EEA3 test set 4",
        .algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .key = "db84b4fbccda563b66227bfe456f0f77",
        .iv = "e4850fe184000000e4850fe184000000",
        .pt = "e539f3b8973240da03f2b8aa05ee0a00"
              "dbafc0e182055dfe3d7383d92cef40e9"
              "2928605d52d05f4f9018a1f189ae3997"
              "ce19155fb1221db8bb0951a853ad852c"
              "e16cff07382c93a157de00ddb125c753"
              "9fd85045e4ee07e0c43f9e9d6f414fc4"
              "d1c62917813f74c00fc83f3e2ed7c45b"
              "a5835264b43e0b20afda6b3053bfb642"
              "3b7fce25479ff5f139dd9b5b995558e2"
              "a56be18dd581cd017c735e6f0d0d97c4"
              "ddc1d1da70c6db4a12cc92778e2fbbd6"
              "f3ba52af91c9c6b64e8da4f7a2c266d0"
              "2d001753df08960393c5d56888bf49eb"
              "5c16d9a80427a416bcb597df5bfe6f13"
              "890a07ee1340e6476b0d9aa8f822ab0f"
              "d1ab0d204f40b7ce6f2e136eb67485e5"
              "07804d504588ad37ffd816568b2dc403"
              "11dfb654cdead47e2385c3436203dd83"
              "6f9c64d97462ad5dfa63b5cfe08acb95"
              "32866f5ca787566fca93e6b1693ee15c"
              "f6f7a2d689d9741798dc1c238e1be650"
              "733b18fb34ff880e16bbd21b47ac",
        .ct = "4bbfa91ba25d47db9a9f190d962a19ab"
              "323926b351fbd39e351e05da8b8925e3"
              "0b1cce0d1221101095815cc7cb631950"
              "9ec0d67940491987e13f0affac332aa6"
              "aa64626d3e9a1917519e0b97b655c6a1"
              "65e44ca9feac0790d2a321ad3d86b79c"
              "5138739fa38d887ec7def449ce8abdd3"
              "e7f8dc4ca9e7b73314ad310f9025e619"
              "46b3a56dc649ec0da0d63943dff592cf"
              "962a7efb2c8524e35a2a6e7879d62604"
              "ef268695fa4003027e22e60830775220"
              "64bd4a5b906b5f531274f235ed506cff"
              "0154c754928a0ce5476f2cb1020a1222"
              "d32c1455ecaef1e368fb344d1735bfbe"
              "deb71d0a33a2a54b1da5a294e679144d"
              "df11eb1a3de8cf0cc061917974f35c1d"
              "9ca0ac81807f8fcce6199a6c7712da86"
              "5021b04ce0439516f1a526ccda9fd9ab"
              "bd53c3a684f9ae1e7ee6b11da138ea82"
              "6c5516b5aadf1abbe36fa7fff92e3a11"
              "76064e8d95f2e4882b5500b93228b219"
              "4a475c1a27f63f9ffd264989a1bc",
        .bits = 2798,
    },
    {
        /* COUNT 2738cdaa, BEARER 1a, DIRECTION 0, LENGTH 4019 */
        .name = "128-EEA3 & 128-EIA3 Document 3 EEA3 test set 5",
        .algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .key = "e13fed21b46e4e7ec31253b2bb17b3e0",
        .iv = "2738cdaad00000002738cdaad0000000",
        .pt = "8d74e20d54894e06d3cb13cb3933065e"
              "8674be62adb1c72b3a646965ab63cb7b"
              "7854dfdc27e84929f49c64b872a490b1"
              "3f957b64827e71f41fbd4269a42c97f8"
              "24537027f86e9f4ad82d1df451690fdd"
              "98b6d03f3a0ebe3a312d6b840ba5a182"
              "0b2a2c9709c090d245ed267cf845ae41"
              "fa975d3333ac3009fd40eba9eb5b8857"
              "14b768b697138baf21380eca49f644d4"
              "8689e4215760b906739f0d2b3f091133"
              "ca15d981cbe401baf72d05ace05cccb2"
              "d297f4ef6a5f58d91246cfa77215b892"
              "ab441d5278452795ccb7f5d79057a1c4"
              "f77f80d46db2033cb79bedf8e60551ce"
              "10c667f62a97abafabbcd6772018df96"
              "a282ea737ce2cb331211f60d5354ce78"
              "f9918d9c206ca042c9b62387dd709604"
              "a50af16d8d35a8906be484cf2e74a928"
              "9940364353249b27b4c9ae29eddfc7da"
              "6418791a4e7baa0660fa64511f2d685c"
              "c3a5ff70e0d2b74292e3b8a0cd6b04b1"
              "c790b8ead2703708540dea2fc09c3da7"
              "70f65449e84d817a4f551055e19ab850"
              "18a0028b71a144d96791e9a357793350"
              "4eee0060340c69d274e1bf9d805dcbcc"
              "1a6faa976800b6ff2b671dc463652fa8"
              "a33ee50974c1c21be01eabb216743026"
              "9d72ee511c9dde30797c9a25d86ce74f"
              "5b961be5fdfb6807814039e7137636bd"
              "1d7fa9e09efd2007505906a5ac45dfde"
              "ed7757bbee745749c29633350bee0ea6"
              "f409df45801600",
        .ct = "94eaa4aa30a57137ddf09b97b25618a2"
              "0a13e2f10fa5bf8161a879cc2ae797a6"
              "b4cf2d9df31debb9905ccfec97de605d"
              "21c61ab8531b7f3c9da5f03931f8a064"
              "2de48211f5f52ffea10f392a04766998"
              "5da454a28f080961a6c2b62daa17f33c"
              "d60a4971f48d2d909394a55f48117ace"
              "43d708e6b77d3dc46d8bc017d4d1abb7"
              "7b7428c042b06f2f99d8d07c9879d996"
              "00127a31985f1099bbd7d6c1519ede8f"
              "5eeb4a610b349ac01ea2350691756bd1"
              "05c974a53eddb35d1d4100b012e522ab"
              "41f4c5f2fde76b59cb8b96d885cfe408"
              "0d1328a0d636cc0edc05800b76acca8f"
              "ef672084d1f52a8bbd8e0993320992c7"
              "ffbae17c408441e0ee883fc8a8b05e22"
              "f5ff7f8d1b48c74c468c467a028f09fd"
              "7ce91109a570a2d5c4d5f4fa18c5dd3e"
              "4562afe24ef771901f59af645898acef"
              "088abae07e92d52eb2de55045bb1b7c4"
              "164ef2d7a6cac15eeb926d7ea2f08b66"
              "e1f759f3aee44614725aa3c7482b3084"
              "4c143ff85b53f1e583c501257dddd096"
              "b81268daa303f17234c2333541f0bb8e"
              "190648c5807c866d7193228609adb948"
              "686f7de294a802cc38f7fe5208f5ea31"
              "96d0167b9bdd02f0d2a5221ca508f893"
              "af5c4b4bb9f4f520fd84289b3dbe7e61"
              "497a7e2a584037ea637b6981127174af"
              "57b471df4b2768fd79c1540fb3edf2ea"
              "22cb69bec0cf8d933d9c6fdd645e8505"
              "91cca3d62c0cc0",
        .bits = 4019,
    },
};

static const HashVector hash_vectors[] = {
    {
        /* RFC 1321 A.5 "abc" */
        .name = "RFC 1321 A.5 \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_MD5,
        /* "abc" */
        .msg = "616263",
        .digest = "900150983cd24fb0d6963f7d28e17f72",
    },
    {
        /* RFC 1321 A.5 "message digest" */
        .name = "RFC 1321 A.5 \"message digest\"",
        .algo = VIRTIO_CRYPTO_HASH_MD5,
        /* "message digest" */
        .msg = "6d65737361676520646967657374",
        .digest = "f96b697d7cb7938d525a2f31aaf161d0",
        .slow = true,
    },
    {
        /* RFC 1321 A.5 "1234567890" x 8 */
        .name = "RFC 1321 A.5 \"1234567890\" x 8",
        .algo = VIRTIO_CRYPTO_HASH_MD5,
        /* "1234567890" */
        .msg = "31323334353637383930",
        .msg_rep = 8,
        .digest = "57edf4a22be3c955ac49da2e2107b67a",
        .slow = true,
    },
    {
        /* FIPS 180-4 / NIST CSRC example "abc" */
        .name = "FIPS 180-4 / NIST CSRC example \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA1,
        /* "abc" */
        .msg = "616263",
        .digest = "a9993e364706816aba3e25717850c26c"
                  "9cd0d89d",
    },
    {
        /* FIPS 180-4 / NIST CSRC example, 448-bit message */
        .name = "FIPS 180-4 / NIST CSRC example, 448-bit message",
        .algo = VIRTIO_CRYPTO_HASH_SHA1,
        /* "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" */
        .msg = "61626364626364656364656664656667"
               "65666768666768696768696a68696a6b"
               "696a6b6c6a6b6c6d6b6c6d6e6c6d6e6f"
               "6d6e6f706e6f7071",
        .digest = "84983e441c3bd26ebaae4aa1f95129e5"
                  "e54670f1",
        .slow = true,
    },
    {
        /* FIPS 180-4 / NIST CSRC example "abc" */
        .name = "FIPS 180-4 / NIST CSRC example \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA_224,
        /* "abc" */
        .msg = "616263",
        .digest = "23097d223405d8228642a477bda255b3"
                  "2aadbce4bda0b3f7e36c9da7",
    },
    {
        /* FIPS 180-4 / NIST CSRC example, 448-bit message */
        .name = "FIPS 180-4 / NIST CSRC example, 448-bit message",
        .algo = VIRTIO_CRYPTO_HASH_SHA_224,
        /* "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" */
        .msg = "61626364626364656364656664656667"
               "65666768666768696768696a68696a6b"
               "696a6b6c6a6b6c6d6b6c6d6e6c6d6e6f"
               "6d6e6f706e6f7071",
        .digest = "75388b16512776cc5dba5da1fd890150"
                  "b0c6455cb4f58b1952522525",
        .slow = true,
    },
    {
        /* FIPS 180-4 / NIST CSRC example "abc" */
        .name = "FIPS 180-4 / NIST CSRC example \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA_256,
        /* "abc" */
        .msg = "616263",
        .digest = "ba7816bf8f01cfea414140de5dae2223"
                  "b00361a396177a9cb410ff61f20015ad",
    },
    {
        /* FIPS 180-4 / NIST CSRC example "abc", truncated to 16 */
        .name = "FIPS 180-4 / NIST CSRC example \"abc\", truncated to 16",
        .algo = VIRTIO_CRYPTO_HASH_SHA_256,
        /* "abc" */
        .msg = "616263",
        .digest = "ba7816bf8f01cfea414140de5dae2223",
    },
    {
        /* FIPS 180-4 / NIST CSRC example, 448-bit message */
        .name = "FIPS 180-4 / NIST CSRC example, 448-bit message",
        .algo = VIRTIO_CRYPTO_HASH_SHA_256,
        /* "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" */
        .msg = "61626364626364656364656664656667"
               "65666768666768696768696a68696a6b"
               "696a6b6c6a6b6c6d6b6c6d6e6c6d6e6f"
               "6d6e6f706e6f7071",
        .digest = "248d6a61d20638b8e5c026930c3e6039"
                  "a33ce45964ff2167f6ecedd419db06c1",
        .slow = true,
    },
    {
        /* FIPS 180-4 / NIST CSRC example "abc" */
        .name = "FIPS 180-4 / NIST CSRC example \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA_384,
        /* "abc" */
        .msg = "616263",
        .digest = "cb00753f45a35e8bb5a03d699ac65007"
                  "272c32ab0eded1631a8b605a43ff5bed"
                  "8086072ba1e7cc2358baeca134c825a7",
    },
    {
        /* FIPS 180-4 / NIST CSRC example, 896-bit message */
        .name = "FIPS 180-4 / NIST CSRC example, 896-bit message",
        .algo = VIRTIO_CRYPTO_HASH_SHA_384,
        .msg = "61626364656667686263646566676869"
               "636465666768696a6465666768696a6b"
               "65666768696a6b6c666768696a6b6c6d"
               "6768696a6b6c6d6e68696a6b6c6d6e6f"
               "696a6b6c6d6e6f706a6b6c6d6e6f7071"
               "6b6c6d6e6f7071726c6d6e6f70717273"
               "6d6e6f70717273746e6f707172737475",
        .digest = "09330c33f71147e83d192fc782cd1b47"
                  "53111b173b3b05d22fa08086e3b0f712"
                  "fcc7c71a557e2db966c3e9fa91746039",
        .slow = true,
    },
    {
        /* FIPS 180-4 / NIST CSRC example "abc" */
        .name = "FIPS 180-4 / NIST CSRC example \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA_512,
        /* "abc" */
        .msg = "616263",
        .digest = "ddaf35a193617abacc417349ae204131"
                  "12e6fa4e89a97ea20a9eeee64b55d39a"
                  "2192992a274fc1a836ba3c23a3feebbd"
                  "454d4423643ce80e2a9ac94fa54ca49f",
    },
    {
        /* FIPS 180-4 / NIST CSRC example, 896-bit message */
        .name = "FIPS 180-4 / NIST CSRC example, 896-bit message",
        .algo = VIRTIO_CRYPTO_HASH_SHA_512,
        .msg = "61626364656667686263646566676869"
               "636465666768696a6465666768696a6b"
               "65666768696a6b6c666768696a6b6c6d"
               "6768696a6b6c6d6e68696a6b6c6d6e6f"
               "696a6b6c6d6e6f706a6b6c6d6e6f7071"
               "6b6c6d6e6f7071726c6d6e6f70717273"
               "6d6e6f70717273746e6f707172737475",
        .digest = "8e959b75dae313da8cf4f72814fc143f"
                  "8f7779c6eb9f7fa17299aeadb6889018"
                  "501d289e4900f7e4331b99dec4b5433a"
                  "c7d329eeb6dd26545e96e55b874be909",
        .slow = true,
    },
    {
        /* NIST CSRC example SHA3-224_Msg1600 */
        .name = "NIST CSRC example SHA3-224_Msg1600",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_224,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "9376816aba503f72f96ce7eb65ac095d"
                  "eee3be4bf9bbc2a1cb7e11e0",
    },
    {
        /* di-mgt.com.au SHA-3 test vector "abc" */
        .name = "di-mgt.com.au SHA-3 test vector \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_224,
        /* "abc" */
        .msg = "616263",
        .digest = "e642824c3f8cf24ad09234ee7d3c766f"
                  "c9a3a5168d0c94ad73b46fdf",
        .slow = true,
    },
    {
        /* NIST CSRC example SHA3-256_Msg1600 */
        .name = "NIST CSRC example SHA3-256_Msg1600",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_256,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "79f38adec5c20307a98ef76e8324afbf"
                  "d46cfd81b22e3973c65fa1bd9de31787",
    },
    {
        /* di-mgt.com.au SHA-3 test vector "abc" */
        .name = "di-mgt.com.au SHA-3 test vector \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_256,
        /* "abc" */
        .msg = "616263",
        .digest = "3a985da74fe225b2045c172d6bd390bd"
                  "855f086e3e9d525b46bfe24511431532",
        .slow = true,
    },
    {
        /* NIST CSRC example SHA3-384_Msg1600 */
        .name = "NIST CSRC example SHA3-384_Msg1600",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_384,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "1881de2ca7e41ef95dc4732b8f5f002b"
                  "189cc1e42b74168ed1732649ce1dbcdd"
                  "76197a31fd55ee989f2d7050dd473e8f",
    },
    {
        /* di-mgt.com.au SHA-3 test vector "abc" */
        .name = "di-mgt.com.au SHA-3 test vector \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_384,
        /* "abc" */
        .msg = "616263",
        .digest = "ec01498288516fc926459f58e2c6ad8d"
                  "f9b473cb0fc08c2596da7cf0e49be4b2"
                  "98d88cea927ac7f539f1edf228376d25",
        .slow = true,
    },
    {
        /* NIST CSRC example SHA3-512_Msg1600 */
        .name = "NIST CSRC example SHA3-512_Msg1600",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_512,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "e76dfad22084a8b1467fcf2ffa58361b"
                  "ec7628edf5f3fdc0e4805dc48caeeca8"
                  "1b7c13c30adf52a3659584739a2df46b"
                  "e589c51ca1a4a8416df6545a1ce8ba00",
    },
    {
        /* di-mgt.com.au SHA-3 test vector "abc" */
        .name = "di-mgt.com.au SHA-3 test vector \"abc\"",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_512,
        /* "abc" */
        .msg = "616263",
        .digest = "b751850b1a57168a5693cd924b6b096e"
                  "08f621827444f70d884f5d0240d2712e"
                  "10e116e9192af3c91a7ec57647e39340"
                  "57340b4cf408d5a56592f8274eec53f0",
        .slow = true,
    },
    {
        /* NIST CSRC example SHAKE128_Msg1600, 32 bytes */
        .name = "NIST CSRC example SHAKE128_Msg1600, 32 bytes",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_SHAKE128,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "131ab8d2b594946b9c81333f9bb6e0ce"
                  "75c3b93104fa3469d3917457385da037",
    },
    {
        /* NIST CSRC example SHAKE128_Msg1600, 256 bytes */
        .name = "NIST CSRC example SHAKE128_Msg1600, 256 bytes",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_SHAKE128,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "131ab8d2b594946b9c81333f9bb6e0ce"
                  "75c3b93104fa3469d3917457385da037"
                  "cf232ef7164a6d1eb448c8908186ad85"
                  "2d3f85a5cf28da1ab6fe343817197846"
                  "7f1c05d58c7ef38c284c41f6c2221a76"
                  "f12ab1c04082660250802294fb871802"
                  "13fdef5b0ecb7df50ca1f8555be14d32"
                  "e10f6edcde892c09424b29f597afc270"
                  "c904556bfcb47a7d40778d390923642b"
                  "3cbd0579e60908d5a000c1d08b98ef93"
                  "3f806445bf87f8b009ba9e94f7266122"
                  "ed7ac24e5e266c42a82fa1bbefb7b8db"
                  "0066e16a85e0493f07df4809aec084a5"
                  "93748ac3dde5a6d7aae1e8b6e5352b2d"
                  "71efbb47d4caeed5e6d633805d2d323e"
                  "6fd81b4684b93a2677d45e7421c2c6ae",
        .slow = true,
    },
    {
        /* NIST CSRC example SHAKE256_Msg1600, 64 bytes */
        .name = "NIST CSRC example SHAKE256_Msg1600, 64 bytes",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_SHAKE256,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "cd8a920ed141aa0407a22d59288652e9"
                  "d9f1a7ee0c1e7c1ca699424da84a904d"
                  "2d700caae7396ece96604440577da4f3"
                  "aa22aeb8857f961c4cd8e06f0ae6610b",
    },
    {
        /* NIST CSRC example SHAKE256_Msg1600, all 512 bytes of it */
        .name = "NIST CSRC example SHAKE256_Msg1600, 512 bytes",
        .algo = VIRTIO_CRYPTO_HASH_SHA3_SHAKE256,
        .msg = "a3",
        .msg_rep = 200,
        .digest = "cd8a920ed141aa0407a22d59288652e9"
                  "d9f1a7ee0c1e7c1ca699424da84a904d"
                  "2d700caae7396ece96604440577da4f3"
                  "aa22aeb8857f961c4cd8e06f0ae6610b"
                  "1048a7f64e1074cd629e85ad7566048e"
                  "fc4fb500b486a3309a8f26724c0ed628"
                  "001a1099422468de726f1061d99eb9e9"
                  "3604d5aa7467d4b1bd6484582a384317"
                  "d7f47d750b8f5499512bb85a226c4243"
                  "556e696f6bd072c5aa2d9b69730244b5"
                  "6853d16970ad817e213e470618178001"
                  "c9fb56c54fefa5fee67d2da524bb3b0b"
                  "61ef0e9114a92cdbb6cccb98615cfe76"
                  "e3510dd88d1cc28ff99287512f24bfaf"
                  "a1a76877b6f37198e3a641c68a7c42d4"
                  "5fa7acc10dae5f3cefb7b735f12d4e58"
                  "9f7a456e78c0f5e4c4471fffa5e4fa05"
                  "14ae974d8c2648513b5db494cea84715"
                  "6d277ad0e141c24c7839064cd08851bc"
                  "2e7ca109fd4e251c35bb0a04fb05b364"
                  "ff8c4d8b59bc303e25328c09a882e952"
                  "518e1a8ae0ff265d61c465896973d749"
                  "0499dc639fb8502b39456791b1b6ec5b"
                  "cc5d9ac36a6df622a070d43fed781f5f"
                  "149f7b62675e7d1a4d6dec48c1c71645"
                  "86eae06a51208c0b791244d307726505"
                  "c3ad4b26b6822377257aa152037560a7"
                  "39714a3ca79bd605547c9b78dd1f596f"
                  "2d4f1791bc689a0e9b799a37339c0427"
                  "5733740143ef5d2b58b96a363d4e0807"
                  "6a1a9d7846436e4dca5728b6f760eef0"
                  "ca92bf0be5615e96959d767197a0beeb",
    },
};

static const MacVector mac_vectors[] = {
    {
        /* RFC 2202 HMAC-MD5 test case 2 */
        .name = "RFC 2202 HMAC-MD5 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_MD5,
        .key = JEFE,
        .msg = WHAT_DO_YA_WANT,
        .tag = "750c783e6ab0b503eaa86e310a5db738",
    },
    {
        /* RFC 2202 HMAC-MD5 test case 5, 96-bit truncation */
        .name = "RFC 2202 HMAC-MD5 test case 5, 96-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_MD5,
        .key = "0c",
        .key_rep = 16,
        /* "Test With Truncation" */
        .msg = "546573742057697468205472756e6361"
               "74696f6e",
        .tag = "56461ef2342edc00f9bab995",
    },
    {
        /* RFC 2202 HMAC-MD5 test case 1 */
        .name = "RFC 2202 HMAC-MD5 test case 1",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_MD5,
        .key = "0b",
        .key_rep = 16,
        /* "Hi There" */
        .msg = "4869205468657265",
        .tag = "9294727a3638bb1c13f48ef8158bfc9d",
        .slow = true,
    },
    {
        /* RFC 2202 HMAC-MD5 test case 3 */
        .name = "RFC 2202 HMAC-MD5 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_MD5,
        .key = "aa",
        .key_rep = 16,
        .msg = "dd",
        .msg_rep = 50,
        .tag = "56be34521d144c88dbb8c733f0e8b3f6",
        .slow = true,
    },
    {
        /* RFC 2202 HMAC-MD5 test case 6 */
        .name = "RFC 2202 HMAC-MD5 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_MD5,
        .key = "aa",
        .key_rep = 80,
        /* "Test Using Larger Than Block-Size Key - Hash Key First" */
        .msg = "54657374205573696e67204c61726765"
               "72205468616e20426c6f636b2d53697a"
               "65204b6579202d2048617368204b6579"
               "204669727374",
        .tag = "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd",
        .slow = true,
    },
    {
        /* RFC 2202 HMAC-SHA1 test case 2 */
        .name = "RFC 2202 HMAC-SHA1 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .key = JEFE,
        .msg = WHAT_DO_YA_WANT,
        .tag = "effcdf6ae5eb2fa2d27416d5f184df9c"
               "259a7c79",
    },
    {
        /* RFC 2202 HMAC-SHA1 test case 1 */
        .name = "RFC 2202 HMAC-SHA1 test case 1",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .key = "0b",
        .key_rep = 20,
        /* "Hi There" */
        .msg = "4869205468657265",
        .tag = "b617318655057264e28bc0b6fb378c8e"
               "f146be00",
        .slow = true,
    },
    {
        /* RFC 2202 HMAC-SHA1 test case 3 */
        .name = "RFC 2202 HMAC-SHA1 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .key = "aa",
        .key_rep = 20,
        .msg = "dd",
        .msg_rep = 50,
        .tag = "125d7342b9ac11cd91a39af48aa17b4f"
               "63f175d3",
        .slow = true,
    },
    {
        /* RFC 2202 HMAC-SHA1 test case 5, 96-bit truncation */
        .name = "RFC 2202 HMAC-SHA1 test case 5, 96-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .key = "0c",
        .key_rep = 20,
        /* "Test With Truncation" */
        .msg = "546573742057697468205472756e6361"
               "74696f6e",
        .tag = "4c1a03424b55e07fe7f27be1",
        .slow = true,
    },
    {
        /* RFC 2202 HMAC-SHA1 test case 6 */
        .name = "RFC 2202 HMAC-SHA1 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .key = "aa",
        .key_rep = 80,
        /* "Test Using Larger Than Block-Size Key - Hash Key First" */
        .msg = "54657374205573696e67204c61726765"
               "72205468616e20426c6f636b2d53697a"
               "65204b6579202d2048617368204b6579"
               "204669727374",
        .tag = "aa4ae5e15272d00e95705637ce8a3b55"
               "ed402112",
        .slow = true,
    },
    {
        /* RFC 4231 test case 1 */
        .name = "RFC 4231 test case 1",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = "0b",
        .key_rep = 20,
        /* "Hi There" */
        .msg = "4869205468657265",
        .tag = "896fb1128abbdf196832107cd49df33f"
               "47b4b1169912ba4f53684b22",
        .slow = true,
    },
    {
        /* RFC 4231 test case 2 */
        .name = "RFC 4231 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = JEFE,
        .msg = WHAT_DO_YA_WANT,
        .tag = "a30e01098bc6dbbf45690f3a7e9e6d0f"
               "8bbea2a39e6148008fd05e44",
    },
    {
        /* RFC 4231 test case 3 */
        .name = "RFC 4231 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = "aa",
        .key_rep = 20,
        .msg = "dd",
        .msg_rep = 50,
        .tag = "7fb3cb3588c6c1f6ffa9694d7d6ad264"
               "9365b0c1f65d69d1ec8333ea",
        .slow = true,
    },
    {
        /* RFC 4231 test case 4 */
        .name = "RFC 4231 test case 4",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = "0102030405060708090a0b0c0d0e0f10"
               "111213141516171819",
        .msg = "cd",
        .msg_rep = 50,
        .tag = "6c11506874013cac6a2abc1bb382627c"
               "ec6a90d86efc012de7afec5a",
        .slow = true,
    },
    {
        /* RFC 4231 test case 5, 128-bit truncation */
        .name = "RFC 4231 test case 5, 128-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = "0c",
        .key_rep = 20,
        /* "Test With Truncation" */
        .msg = "546573742057697468205472756e6361"
               "74696f6e",
        .tag = "0e2aea68a90c8d37c988bcdb9fca6fa8",
        .slow = true,
    },
    {
        /* RFC 4231 test case 6 */
        .name = "RFC 4231 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = "aa",
        .key_rep = 131,
        /* "Test Using Larger Than Block-Size Key - Hash Key First" */
        .msg = "54657374205573696e67204c61726765"
               "72205468616e20426c6f636b2d53697a"
               "65204b6579202d2048617368204b6579"
               "204669727374",
        .tag = "95e9a0db962095adaebe9b2d6f0dbce2"
               "d499f112f2d2b7273fa6870e",
        .slow = true,
    },
    {
        /* RFC 4231 test case 7 */
        .name = "RFC 4231 test case 7",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_224,
        .key = "aa",
        .key_rep = 131,
        .msg = "54686973206973206120746573742075"
               "73696e672061206c6172676572207468"
               "616e20626c6f636b2d73697a65206b65"
               "7920616e642061206c61726765722074"
               "68616e20626c6f636b2d73697a652064"
               "6174612e20546865206b6579206e6565"
               "647320746f2062652068617368656420"
               "6265666f7265206265696e6720757365"
               "642062792074686520484d414320616c"
               "676f726974686d2e",
        .tag = "3a854166ac5d9f023f54d517d0b39dbd"
               "946770db9c2b95c9f6f565d1",
        .slow = true,
    },
    {
        /* RFC 4231 test case 1 */
        .name = "RFC 4231 test case 1",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = "0b",
        .key_rep = 20,
        /* "Hi There" */
        .msg = "4869205468657265",
        .tag = "b0344c61d8db38535ca8afceaf0bf12b"
               "881dc200c9833da726e9376c2e32cff7",
        .slow = true,
    },
    {
        /* RFC 4231 test case 2 */
        .name = "RFC 4231 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = JEFE,
        .msg = WHAT_DO_YA_WANT,
        .tag = "5bdcc146bf60754e6a042426089575c7"
               "5a003f089d2739839dec58b964ec3843",
    },
    {
        /* RFC 4231 test case 3 */
        .name = "RFC 4231 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = "aa",
        .key_rep = 20,
        .msg = "dd",
        .msg_rep = 50,
        .tag = "773ea91e36800e46854db8ebd09181a7"
               "2959098b3ef8c122d9635514ced565fe",
        .slow = true,
    },
    {
        /* RFC 4231 test case 4 */
        .name = "RFC 4231 test case 4",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = "0102030405060708090a0b0c0d0e0f10"
               "111213141516171819",
        .msg = "cd",
        .msg_rep = 50,
        .tag = "82558a389a443c0ea4cc819899f2083a"
               "85f0faa3e578f8077a2e3ff46729665b",
        .slow = true,
    },
    {
        /* RFC 4231 test case 5, 128-bit truncation */
        .name = "RFC 4231 test case 5, 128-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = "0c",
        .key_rep = 20,
        /* "Test With Truncation" */
        .msg = "546573742057697468205472756e6361"
               "74696f6e",
        .tag = "a3b6167473100ee06e0c796c2955552b",
        .slow = true,
    },
    {
        /* RFC 4231 test case 6 */
        .name = "RFC 4231 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = "aa",
        .key_rep = 131,
        /* "Test Using Larger Than Block-Size Key - Hash Key First" */
        .msg = "54657374205573696e67204c61726765"
               "72205468616e20426c6f636b2d53697a"
               "65204b6579202d2048617368204b6579"
               "204669727374",
        .tag = "60e431591ee0b67f0d8a26aacbf5b77f"
               "8e0bc6213728c5140546040f0ee37f54",
        .slow = true,
    },
    {
        /* RFC 4231 test case 7 */
        .name = "RFC 4231 test case 7",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .key = "aa",
        .key_rep = 131,
        .msg = "54686973206973206120746573742075"
               "73696e672061206c6172676572207468"
               "616e20626c6f636b2d73697a65206b65"
               "7920616e642061206c61726765722074"
               "68616e20626c6f636b2d73697a652064"
               "6174612e20546865206b6579206e6565"
               "647320746f2062652068617368656420"
               "6265666f7265206265696e6720757365"
               "642062792074686520484d414320616c"
               "676f726974686d2e",
        .tag = "9b09ffa71b942fcb27635fbcd5b0e944"
               "bfdc63644f0713938a7f51535c3a35e2",
        .slow = true,
    },
    {
        /* RFC 4231 test case 1 */
        .name = "RFC 4231 test case 1",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = "0b",
        .key_rep = 20,
        /* "Hi There" */
        .msg = "4869205468657265",
        .tag = "afd03944d84895626b0825f4ab46907f"
               "15f9dadbe4101ec682aa034c7cebc59c"
               "faea9ea9076ede7f4af152e8b2fa9cb6",
        .slow = true,
    },
    {
        /* RFC 4231 test case 2 */
        .name = "RFC 4231 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = JEFE,
        .msg = WHAT_DO_YA_WANT,
        .tag = "af45d2e376484031617f78d2b58a6b1b"
               "9c7ef464f5a01b47e42ec3736322445e"
               "8e2240ca5e69e2c78b3239ecfab21649",
    },
    {
        /* RFC 4231 test case 3 */
        .name = "RFC 4231 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = "aa",
        .key_rep = 20,
        .msg = "dd",
        .msg_rep = 50,
        .tag = "88062608d3e6ad8a0aa2ace014c8a86f"
               "0aa635d947ac9febe83ef4e55966144b"
               "2a5ab39dc13814b94e3ab6e101a34f27",
        .slow = true,
    },
    {
        /* RFC 4231 test case 4 */
        .name = "RFC 4231 test case 4",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = "0102030405060708090a0b0c0d0e0f10"
               "111213141516171819",
        .msg = "cd",
        .msg_rep = 50,
        .tag = "3e8a69b7783c25851933ab6290af6ca7"
               "7a9981480850009cc5577c6e1f573b4e"
               "6801dd23c4a7d679ccf8a386c674cffb",
        .slow = true,
    },
    {
        /* RFC 4231 test case 5, 128-bit truncation */
        .name = "RFC 4231 test case 5, 128-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = "0c",
        .key_rep = 20,
        /* "Test With Truncation" */
        .msg = "546573742057697468205472756e6361"
               "74696f6e",
        .tag = "3abf34c3503b2a23a46efc619baef897",
        .slow = true,
    },
    {
        /* RFC 4231 test case 6 */
        .name = "RFC 4231 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = "aa",
        .key_rep = 131,
        /* "Test Using Larger Than Block-Size Key - Hash Key First" */
        .msg = "54657374205573696e67204c61726765"
               "72205468616e20426c6f636b2d53697a"
               "65204b6579202d2048617368204b6579"
               "204669727374",
        .tag = "4ece084485813e9088d2c63a041bc5b4"
               "4f9ef1012a2b588f3cd11f05033ac4c6"
               "0c2ef6ab4030fe8296248df163f44952",
        .slow = true,
    },
    {
        /* RFC 4231 test case 7 */
        .name = "RFC 4231 test case 7",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_384,
        .key = "aa",
        .key_rep = 131,
        .msg = "54686973206973206120746573742075"
               "73696e672061206c6172676572207468"
               "616e20626c6f636b2d73697a65206b65"
               "7920616e642061206c61726765722074"
               "68616e20626c6f636b2d73697a652064"
               "6174612e20546865206b6579206e6565"
               "647320746f2062652068617368656420"
               "6265666f7265206265696e6720757365"
               "642062792074686520484d414320616c"
               "676f726974686d2e",
        .tag = "6617178e941f020d351e2f254e8fd32c"
               "602420feb0b8fb9adccebb82461e99c5"
               "a678cc31e799176d3860e6110c46523e",
        .slow = true,
    },
    {
        /* RFC 4231 test case 1 */
        .name = "RFC 4231 test case 1",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = "0b",
        .key_rep = 20,
        /* "Hi There" */
        .msg = "4869205468657265",
        .tag = "87aa7cdea5ef619d4ff0b4241a1d6cb0"
               "2379f4e2ce4ec2787ad0b30545e17cde"
               "daa833b7d6b8a702038b274eaea3f4e4"
               "be9d914eeb61f1702e696c203a126854",
        .slow = true,
    },
    {
        /* RFC 4231 test case 2 */
        .name = "RFC 4231 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = JEFE,
        .msg = WHAT_DO_YA_WANT,
        .tag = "164b7a7bfcf819e2e395fbe73b56e0a3"
               "87bd64222e831fd610270cd7ea250554"
               "9758bf75c05a994a6d034f65f8f0e6fd"
               "caeab1a34d4a6b4b636e070a38bce737",
    },
    {
        /* RFC 4231 test case 3 */
        .name = "RFC 4231 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = "aa",
        .key_rep = 20,
        .msg = "dd",
        .msg_rep = 50,
        .tag = "fa73b0089d56a284efb0f0756c890be9"
               "b1b5dbdd8ee81a3655f83e33b2279d39"
               "bf3e848279a722c806b485a47e67c807"
               "b946a337bee8942674278859e13292fb",
        .slow = true,
    },
    {
        /* RFC 4231 test case 4 */
        .name = "RFC 4231 test case 4",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = "0102030405060708090a0b0c0d0e0f10"
               "111213141516171819",
        .msg = "cd",
        .msg_rep = 50,
        .tag = "b0ba465637458c6990e5a8c5f61d4af7"
               "e576d97ff94b872de76f8050361ee3db"
               "a91ca5c11aa25eb4d679275cc5788063"
               "a5f19741120c4f2de2adebeb10a298dd",
        .slow = true,
    },
    {
        /* RFC 4231 test case 5, 128-bit truncation */
        .name = "RFC 4231 test case 5, 128-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = "0c",
        .key_rep = 20,
        /* "Test With Truncation" */
        .msg = "546573742057697468205472756e6361"
               "74696f6e",
        .tag = "415fad6271580a531d4179bc891d87a6",
        .slow = true,
    },
    {
        /* RFC 4231 test case 6 */
        .name = "RFC 4231 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = "aa",
        .key_rep = 131,
        /* "Test Using Larger Than Block-Size Key - Hash Key First" */
        .msg = "54657374205573696e67204c61726765"
               "72205468616e20426c6f636b2d53697a"
               "65204b6579202d2048617368204b6579"
               "204669727374",
        .tag = "80b24263c7c1a3ebb71493c1dd7be8b4"
               "9b46d1f41b4aeec1121b013783f8f352"
               "6b56d037e05f2598bd0fd2215d6a1e52"
               "95e64f73f63f0aec8b915a985d786598",
        .slow = true,
    },
    {
        /* RFC 4231 test case 7 */
        .name = "RFC 4231 test case 7",
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_512,
        .key = "aa",
        .key_rep = 131,
        .msg = "54686973206973206120746573742075"
               "73696e672061206c6172676572207468"
               "616e20626c6f636b2d73697a65206b65"
               "7920616e642061206c61726765722074"
               "68616e20626c6f636b2d73697a652064"
               "6174612e20546865206b6579206e6565"
               "647320746f2062652068617368656420"
               "6265666f7265206265696e6720757365"
               "642062792074686520484d414320616c"
               "676f726974686d2e",
        .tag = "e37b6a775dc87dbaa4dfa9f96e5e3ffd"
               "debd71f8867289865df5a32d20cdc944"
               "b6022cac3c4982b10d5eeb55c3e4de15"
               "134676fb6de0446065c97440fa8c6a58",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.1 example 2 (RFC 4493 example 2) */
        .name = "NIST SP 800-38B D.1 example 2 (RFC 4493 example 2)",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES128_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a",
        .tag = "070a16b46b4d4144f79bdd9dd04a287c",
    },
    {
        /* NIST SP 800-38B D.1 example 3 (RFC 4493 example 3) */
        .name = "NIST SP 800-38B D.1 example 3 (RFC 4493 example 3)",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES128_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411",
        .tag = "dfa66747de9ae63030ca32611497c827",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.1 example 4 (RFC 4493 example 4) */
        .name = "NIST SP 800-38B D.1 example 4 (RFC 4493 example 4)",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES128_KEY,
        .msg = SP800_38A_PT,
        .tag = "51f0bebf7e3b9d92fc49741779363cfe",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.1 example 2, 64-bit truncation */
        .name = "NIST SP 800-38B D.1 example 2, 64-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES128_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a",
        .tag = "070a16b46b4d4144",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.2 example 6 */
        .name = "NIST SP 800-38B D.2 example 6",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES192_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a",
        .tag = "9e99a7bf31e710900662f65e617c5184",
    },
    {
        /* NIST SP 800-38B D.2 example 7 */
        .name = "NIST SP 800-38B D.2 example 7",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES192_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411",
        .tag = "8a1de5be2eb31aad089a82e6ee908b0e",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.2 example 8 */
        .name = "NIST SP 800-38B D.2 example 8",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES192_KEY,
        .msg = SP800_38A_PT,
        .tag = "a1d5df0eed790f794d77589659f39a11",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.3 example 10 */
        .name = "NIST SP 800-38B D.3 example 10",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES256_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a",
        .tag = "28a7023f452e8f82bd4bf28d8c37c35c",
    },
    {
        /* NIST SP 800-38B D.3 example 11 */
        .name = "NIST SP 800-38B D.3 example 11",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES256_KEY,
        .msg = "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411",
        .tag = "aaf3d8f1de5640c232f5b169b9c911e6",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.3 example 12 */
        .name = "NIST SP 800-38B D.3 example 12",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .key = AES256_KEY,
        .msg = SP800_38A_PT,
        .tag = "e1992190549f6ed5696a2c056c315410",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.4 example 14 */
        .name = "NIST SP 800-38B D.4 example 14",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_3DES,
        .key = "8aa83bf8cbda10620bc1bf19fbb6cd58"
               "bc313d4a371ca8b5",
        .msg = "6bc1bee22e409f96",
        .tag = "8e8f293136283797",
    },
    {
        /* NIST SP 800-38B D.4 example 15 */
        .name = "NIST SP 800-38B D.4 example 15",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_3DES,
        .key = "8aa83bf8cbda10620bc1bf19fbb6cd58"
               "bc313d4a371ca8b5",
        .msg = "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a57",
        .tag = "743ddbe0ce2dc2ed",
        .slow = true,
    },
    {
        /* NIST SP 800-38B D.4 example 16 */
        .name = "NIST SP 800-38B D.4 example 16",
        .algo = VIRTIO_CRYPTO_MAC_CMAC_3DES,
        .key = "8aa83bf8cbda10620bc1bf19fbb6cd58"
               "bc313d4a371ca8b5",
        .msg = "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a571e03ac9c9eb76fac45af8e51",
        .tag = "33e6b1092400eae5",
        .slow = true,
    },
    {
        /*
         * NIST SP 800-38A F.2.1 CBC-AES128, as CBC-MAC (derived); the message
         * is P1 ^ IV || P2 || ..., so CBC-MAC (zero IV) ends in the example's
         * last ciphertext block
         */
        .name = "NIST SP 800-38A F.2.1 CBC-AES128, as CBC-MAC (derived)",
        .algo = VIRTIO_CRYPTO_MAC_CBCMAC_AES,
        .key = AES128_KEY,
        .msg = "6bc0bce12a459991e134741a7f9e1925"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411e5fbc1191a0a52ef"
               "f69f2445df4f9b17ad2b417be66c3710",
        .tag = "3ff1caa1681fac09120eca307586e1a7",
    },
    {
        /*
         * NIST SP 800-38A F.2.3 CBC-AES192, as CBC-MAC (derived); the message
         * is P1 ^ IV || P2 || ..., so CBC-MAC (zero IV) ends in the example's
         * last ciphertext block
         */
        .name = "NIST SP 800-38A F.2.3 CBC-AES192, as CBC-MAC (derived)",
        .algo = VIRTIO_CRYPTO_MAC_CBCMAC_AES,
        .key = AES192_KEY,
        .msg = "6bc0bce12a459991e134741a7f9e1925"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411e5fbc1191a0a52ef"
               "f69f2445df4f9b17ad2b417be66c3710",
        .tag = "08b0e27988598881d920a9e64f5615cd",
    },
    {
        /*
         * NIST SP 800-38A F.2.5 CBC-AES256, as CBC-MAC (derived); the message
         * is P1 ^ IV || P2 || ..., so CBC-MAC (zero IV) ends in the example's
         * last ciphertext block
         */
        .name = "NIST SP 800-38A F.2.5 CBC-AES256, as CBC-MAC (derived)",
        .algo = VIRTIO_CRYPTO_MAC_CBCMAC_AES,
        .key = AES256_KEY,
        .msg = "6bc0bce12a459991e134741a7f9e1925"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411e5fbc1191a0a52ef"
               "f69f2445df4f9b17ad2b417be66c3710",
        .tag = "b2eb05e2c39be9fcda6c19078c6a9d1b",
    },
    {
        /*
         * NIST SP 800-38A F.2.1 block 1, as CBC-MAC (derived); the message is
         * P1 ^ IV || P2 || ..., so CBC-MAC (zero IV) ends in the example's
         * last ciphertext block
         */
        .name = "NIST SP 800-38A F.2.1 block 1, as CBC-MAC (derived)",
        .algo = VIRTIO_CRYPTO_MAC_CBCMAC_AES,
        .key = AES128_KEY,
        .msg = "6bc0bce12a459991e134741a7f9e1925",
        .tag = "7649abac8119b246cee98e9b12e9197d",
        .slow = true,
    },
    {
        /*
         * NIST SP 800-38A F.2.1 as CBC-MAC, 96-bit truncation; the message is
         * P1 ^ IV || P2 || ..., so CBC-MAC (zero IV) ends in the example's
         * last ciphertext block
         */
        .name = "NIST SP 800-38A F.2.1 as CBC-MAC, 96-bit truncation",
        .algo = VIRTIO_CRYPTO_MAC_CBCMAC_AES,
        .key = AES128_KEY,
        .msg = "6bc0bce12a459991e134741a7f9e1925"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411e5fbc1191a0a52ef"
               "f69f2445df4f9b17ad2b417be66c3710",
        .tag = "3ff1caa1681fac09120eca30",
        .slow = true,
    },
    {
        /* RFC 3566 test case 4 */
        .name = "RFC 3566 test case 4",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = "000102030405060708090a0b0c0d0e0f"
               "10111213",
        .tag = "47f51b4564966215b8985c63055ed308",
    },
    {
        /* RFC 3566 test case 4, AES-XCBC-MAC-96 */
        .name = "RFC 3566 test case 4, AES-XCBC-MAC-96",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = "000102030405060708090a0b0c0d0e0f"
               "10111213",
        .tag = "47f51b4564966215b8985c63",
        .slow = true,
    },
    {
        /* RFC 3566 test case 2 */
        .name = "RFC 3566 test case 2",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = "000102",
        .tag = "5b376580ae2f19afe7219ceef172756f",
        .slow = true,
    },
    {
        /* RFC 3566 test case 3 */
        .name = "RFC 3566 test case 3",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = CBC_IV,
        .tag = "d2a246fa349b68a79998a4394ff7a263",
        .slow = true,
    },
    {
        /* RFC 3566 test case 5 */
        .name = "RFC 3566 test case 5",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = "000102030405060708090a0b0c0d0e0f"
               "101112131415161718191a1b1c1d1e1f",
        .tag = "f54f0ec8d2b9f3d36807734bd5283fd4",
        .slow = true,
    },
    {
        /* RFC 3566 test case 6 */
        .name = "RFC 3566 test case 6",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = "000102030405060708090a0b0c0d0e0f"
               "101112131415161718191a1b1c1d1e1f"
               "2021",
        .tag = "becbb3bccdb518a30677d5481fb6b4d8",
        .slow = true,
    },
    {
        /* RFC 3566 test case 7 */
        .name = "RFC 3566 test case 7",
        .algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .key = CBC_IV,
        .msg = "00",
        .msg_rep = 1000,
        .tag = "f0dafee895db30253761103b5d84528f",
        .slow = true,
    },
    {
        /*
         * PS = COUNT 38a6f056 || FRESH 05d2ec49 || the message of
         * LENGTH 189 || DIRECTION 0 || 1 || 0...0
         */
        .name = "3GPP TS 35.203 KASUMI f9 test set 1",
        .algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .key = "2bd6459f82c5b300952c49104881ff48",
        .msg = "38a6f05605d2ec496b227737296f393c"
               "8079353edc87e2e805d2ec49a4f2d8e2",
        .tag = "f63bd72c",
    },
    {
        /*
         * PS = COUNT 3edc87e2 || FRESH a4f2d8e2 || the message of
         * LENGTH 254 || DIRECTION 1 || 1 || 0...0
         */
        .name = "3GPP TS 35.203 KASUMI f9 test set 2",
        .algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .key = "d42f682428201cafcd9f97945e6de7b7",
        .msg = "3edc87e2a4f2d8e2b5924384328a4ae0"
               "0b737109f8b6c8dd2b4db63dd533981c"
               "eb19aad52a5b2bc3",
        .tag = "a9daf1ff",
    },
    {
        /*
         * PS = COUNT 36af6144 || FRESH 9838f03a || the message of
         * LENGTH 319 || DIRECTION 1 || 1 || 0...0
         */
        .name = "3GPP TS 35.203 KASUMI f9 test set 3",
        .algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .key = "fdb9cfdf28936cc483a31869d81b8fab",
        .msg = "36af61449838f03a5932bc0ace2b0aba"
               "33d8ac188ac54f346fad10bf9dee2920"
               "b43bd0c53a915cb7df6caa72053abff3"
               "8000000000000000",
        .tag = "1537d316",
    },
    {
        /*
         * PS = COUNT 14793e41 || FRESH 0397e8fd || the message of
         * LENGTH 384 || DIRECTION 1 || 1 || 0...0
         */
        .name = "3GPP TS 35.203 KASUMI f9 test set 4",
        .algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .key = "c736c6aab22bfff91e2698d2e22ad57e",
        .msg = "14793e410397e8fdd0a7d463df9fb2b2"
               "78833fa02e235aa172bd970c1473e129"
               "07fb648b6599aaa0b24a038665422b20"
               "a499276a50427009c000000000000000",
        .tag = "dd7dfadd",
    },
    {
        /*
         * PS = COUNT 296f393c || FRESH 6b227737 || the message of
         * LENGTH 1000 || DIRECTION 1 || 1 || 0...0
         */
        .name = "3GPP TS 35.203 KASUMI f9 test set 5",
        .algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .key = "f4ebec69e73eaf2eb2cf6af4b3120ffd",
        .msg = "296f393c6b22773710bfff839e0c7165"
               "8dbb2d1707e145724f41c16f48bf403c"
               "3b18e38fd5d1663b6f6d900193e3cea8"
               "bb4f1b4f5be822032232a78d7d75238d"
               "5e6daecd3b4322cf59bc7ea84ab18811"
               "b5bfb7bc553f4fe44478ce287a148799"
               "90d18d12ca79d2c855149021cd5ce8ca"
               "0371ca04fcce143e3d7cfee94585b588"
               "5cac46068bc00000",
        .tag = "c383839d",
    },
};

static const AeadVector aead_vectors[] = {
    {
        /* GCM spec test case 4 */
        .name = "GCM spec test case 4",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = GCM_IV,
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = GCM_TC4_C,
        .tag = "5bc94fbc3221a5db94fae95ae7121a47",
    },
    {
        /* GCM spec test case 4, 96-bit tag */
        .name = "GCM spec test case 4, 96-bit tag",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = GCM_IV,
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = GCM_TC4_C,
        .tag = "5bc94fbc3221a5db94fae95a",
    },
    {
        /*
         * GCM spec test case 6, IV given as J0 (Y0); the spec lists Y0, which
         * is SP 800-38D's J0 for the test case's IV
         */
        .name = "GCM spec test case 6, IV given as J0 (Y0)",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = "3bab75780a31c059f83d2a44752f9864",
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = "8ce24998625615b603a033aca13fb894"
              "be9112a5c3a211a8ba262a3cca7e2ca7"
              "01e4a9a4fba43c90ccdcb281d48c7c6f"
              "d62875d2aca417034c34aee5",
        .tag = "619cc5aefffe0bfa462af43c1699d050",
    },
    {
        /* GCM spec test case 10 */
        .name = "GCM spec test case 10",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = "feffe9928665731c6d6a8f9467308308"
               "feffe9928665731c",
        .iv = GCM_IV,
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = "3980ca0b3c00e841eb06fac4872a2757"
              "859e1ceaa6efd984628593b40ca1e19c"
              "7d773d00c144c525ac619d18c84a3f47"
              "18e2448b2fe324d9ccda2710",
        .tag = "2519498e80f1478f37ba55bd6d27618c",
    },
    {
        /* GCM spec test case 16 */
        .name = "GCM spec test case 16",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = "feffe9928665731c6d6a8f9467308308"
               "feffe9928665731c6d6a8f9467308308",
        .iv = GCM_IV,
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = "522dc1f099567d07f47f37a32a84427d"
              "643a8cdcbfe5c0c97598a2bd2555d1aa"
              "8cb08e48590dbb3da7b08b1056828838"
              "c5f61e6393ba7a0abcc9f662",
        .tag = "76fc6ece0f4e1768cddf8853bb2d551b",
    },
    {
        /* GCM spec test case 2 */
        .name = "GCM spec test case 2",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = "00",
        .key_rep = 16,
        .iv = "00",
        .iv_rep = 12,
        .pt = "00",
        .pt_rep = 16,
        .ct = "0388dace60b6a392f328c2b971b2fe78",
        .tag = "ab6e47d42cec13bdf53a67b21257bddf",
        .slow = true,
    },
    {
        /* GCM spec test case 3 */
        .name = "GCM spec test case 3",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = GCM_IV,
        .pt = "d9313225f88406e5a55909c5aff5269a"
              "86a7a9531534f7da2e4c303d8a318a72"
              "1c3c0c95956809532fcf0e2449a6b525"
              "b16aedf5aa0de657ba637b391aafd255",
        .ct = "42831ec2217774244b7221b784d0d49c"
              "e3aa212f2c02a4e035c17e2329aca12e"
              "21d514b25466931c7d8f6a5aac84aa05"
              "1ba30b396a0aac973d58e091473f5985",
        .tag = "4d5c2af327cd64a62cf35abd2ba6fab4",
        .slow = true,
    },
    {
        /* GCM spec test case 4, 32-bit tag */
        .name = "GCM spec test case 4, 32-bit tag",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = GCM_IV,
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = GCM_TC4_C,
        .tag = "5bc94fbc",
        .slow = true,
    },
    {
        /* GCM spec test case 4, 64-bit tag */
        .name = "GCM spec test case 4, 64-bit tag",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = GCM_IV,
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = GCM_TC4_C,
        .tag = "5bc94fbc3221a5db",
        .slow = true,
    },
    {
        /*
         * GCM spec test case 4, IV given as J0 = IV || 1; SP 800-38D 7.1: J0 =
         * IV || 0^31 || 1 for a 96-bit IV
         */
        .name = "GCM spec test case 4, IV given as J0 = IV || 1",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = "cafebabefacedbaddecaf88800000001",
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = GCM_TC4_C,
        .tag = "5bc94fbc3221a5db94fae95ae7121a47",
        .slow = true,
    },
    {
        /*
         * GCM spec test case 5, IV given as J0 (Y0); the spec lists Y0, which
         * is SP 800-38D's J0 for the test case's IV
         */
        .name = "GCM spec test case 5, IV given as J0 (Y0)",
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .key = GCM_KEY,
        .iv = "c43a83c4c4badec4354ca984db252f7d",
        .aad = GCM_AAD,
        .pt = GCM_P,
        .ct = "61353b4c2806934a777ff51fa22a4755"
              "699b2a714fcdc6f83766e5f97b6c7423"
              "73806900e49f24b22b097544d4896b42"
              "4989b5e1ebac0f07c23f4598",
        .tag = "3612d2e79e3b0785561be14aaca2fccb",
        .slow = true,
    },
    {
        /* RFC 3610 packet vector #1 */
        .name = "RFC 3610 packet vector #1",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = RFC3610_KEY,
        .iv = "00000003020100a0a1a2a3a4a5",
        .aad = "0001020304050607",
        .pt = "08090a0b0c0d0e0f1011121314151617"
              "18191a1b1c1d1e",
        .ct = "588c979a61c663d2f066d0c2c0f98980"
              "6d5f6b61dac384",
        .tag = "17e8d12cfdf926e0",
    },
    {
        /*
         * Wycheproof aes_ccm_test.json tcId 90 (Project Wycheproof,
         * testvectors_v1)
         */
        .name = "Wycheproof aes_ccm_test.json tcId 90",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = "400eec9b06a80a8403d45dae5d58cc91"
               "7bc854f51cd3ce0d",
        .iv = "447dd09a23708f3b6664e15b",
        .aad = "7320367d5b070559",
        .pt = "b784925a695f0ed14ca40249c1fd5d1a",
        .ct = "912d05c402383950e1c5a5188e6241d8",
        .tag = "ab309be2c05c941fbfb338ba064b19a1",
    },
    {
        /*
         * Wycheproof aes_ccm_test.json tcId 168 (Project Wycheproof,
         * testvectors_v1)
         */
        .name = "Wycheproof aes_ccm_test.json tcId 168",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = "b907a45075513fe8a8019edee3f25914"
               "87b2a030b03c6e1d771c862571d2ea1e",
        .iv = "118a6964c2d3e380071f5266",
        .aad = "034585621af8d7ff",
        .pt = "55a465644f5b650928cbee7c063214d6",
        .ct = "ab01f92db4f210bdb5edaf0a1bd19eba",
        .tag = "621630c505d24e3b29294977d8ffa4b4",
    },
    {
        /* RFC 3610 packet vector #2 */
        .name = "RFC 3610 packet vector #2",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = RFC3610_KEY,
        .iv = "00000004030201a0a1a2a3a4a5",
        .aad = "0001020304050607",
        .pt = "08090a0b0c0d0e0f1011121314151617"
              "18191a1b1c1d1e1f",
        .ct = "72c91a36e135f8cf291ca894085c87e3"
              "cc15c439c9e43a3b",
        .tag = "a091d56e10400916",
        .slow = true,
    },
    {
        /* RFC 3610 packet vector #4 */
        .name = "RFC 3610 packet vector #4",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = RFC3610_KEY,
        .iv = "00000006050403a0a1a2a3a4a5",
        .aad = "000102030405060708090a0b",
        .pt = "0c0d0e0f101112131415161718191a1b"
              "1c1d1e",
        .ct = "a28c6865939a9a79faaa5c4c2a9d4a91"
              "cdac8c",
        .tag = "96c861b9c9e61ef1",
        .slow = true,
    },
    {
        /* NIST SP 800-38C C.1 */
        .name = "NIST SP 800-38C C.1",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = SP800_38C_KEY,
        .iv = "10111213141516",
        .aad = "0001020304050607",
        /* " !"#" */
        .pt = "20212223",
        .ct = "7162015b",
        .tag = "4dac255d",
        .slow = true,
    },
    {
        /* NIST SP 800-38C C.2 */
        .name = "NIST SP 800-38C C.2",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = SP800_38C_KEY,
        .iv = "1011121314151617",
        .aad = CBC_IV,
        /* " !"#$%&'()*+,-./" */
        .pt = "202122232425262728292a2b2c2d2e2f",
        .ct = "d2a1f0e051ea5f62081a7792073d593d",
        .tag = "1fc64fbfaccd",
        .slow = true,
    },
    {
        /* NIST SP 800-38C C.3 */
        .name = "NIST SP 800-38C C.3",
        .algo = VIRTIO_CRYPTO_AEAD_CCM,
        .key = SP800_38C_KEY,
        .iv = "101112131415161718191a1b",
        .aad = "000102030405060708090a0b0c0d0e0f"
               "10111213",
        /* " !"#$%&'()*+,-./01234567" */
        .pt = "202122232425262728292a2b2c2d2e2f"
              "3031323334353637",
        .ct = "e3b201a9f5b71a7a9b1ceaeccd97e70b"
              "6176aad9a4428aa5",
        .tag = "484392fbc1b09951",
        .slow = true,
    },
    {
        /* RFC 8439 2.8.2 */
        .name = "RFC 8439 2.8.2",
        .algo = VIRTIO_CRYPTO_AEAD_CHACHA20_POLY1305,
        .key = "808182838485868788898a8b8c8d8e8f"
               "909192939495969798999a9b9c9d9e9f",
        .iv = "070000004041424344454647",
        .aad = "50515253c0c1c2c3c4c5c6c7",
        .pt = "4c616469657320616e642047656e746c"
              "656d656e206f662074686520636c6173"
              "73206f66202739393a20496620492063"
              "6f756c64206f6666657220796f75206f"
              "6e6c79206f6e652074697020666f7220"
              "746865206675747572652c2073756e73"
              "637265656e20776f756c642062652069"
              "742e",
        .ct = "d31a8d34648e60db7b86afbc53ef7ec2"
              "a4aded51296e08fea9e2b5a736ee62d6"
              "3dbea45e8ca9671282fafb69da92728b"
              "1a71de0a9e060b2905d6a5b67ecd3b36"
              "92ddbd7f2d778b8c9803aee328091b58"
              "fab324e4fad675945585808b4831d7bc"
              "3ff4def08e4b7a9de576d26586cec64b"
              "6116",
        .tag = "1ae10b594f09e26a7e902ecbd0600691",
    },
};

static const ChainVector chain_vectors[] = {
    {
        /*
         * AES-128-CBC (SP 800-38A F.2.1) then HMAC-SHA1 (RFC 2104, key of RFC
         * 2202 test case 2); composed from the named vectors, the digest
         * computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "AES-128-CBC (SP 800-38A F.2.1) then HMAC-SHA1 (RFC 2104, key of RFC 2202 test case 2)",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .cipher_key = AES128_KEY,
        .iv = CBC_IV,
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .auth_key = JEFE,
        .src = SP800_38A_PT,
        .cipher_start = 0, .len_to_cipher = 64,
        .hash_start = 0, .len_to_hash = 64,
        .dst = CBC_AES128_CT,
        .digest = "2aacdb2a499a9a643e166bd98e31e70c"
                  "703870a4",
    },
    {
        /*
         * HMAC-SHA1 (RFC 2104) of the ciphertext, then AES-128-CBC decryption
         * (SP 800-38A F.2.2); composed from the named vectors, the digest
         * computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "HMAC-SHA1 (RFC 2104) of the ciphertext, then AES-128-CBC decryption (SP 800-38A F.2.2)",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .cipher_key = AES128_KEY,
        .iv = CBC_IV,
        .op = VIRTIO_CRYPTO_OP_DECRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_HMAC_SHA1,
        .auth_key = JEFE,
        .src = CBC_AES128_CT,
        .cipher_start = 0, .len_to_cipher = 64,
        .hash_start = 0, .len_to_hash = 64,
        .dst = SP800_38A_PT,
        .digest = "2aacdb2a499a9a643e166bd98e31e70c"
                  "703870a4",
    },
    {
        /*
         * AES-128-CBC (SP 800-38A F.2.1) of bytes 16-79 then SHA-256 (FIPS
         * 180-4) of aad and bytes 0-79; composed from the named vectors, the
         * digest computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "AES-128-CBC (SP 800-38A F.2.1) of bytes 16-79 then SHA-256 (FIPS 180-4) of aad and bytes 0-79",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .cipher_key = AES128_KEY,
        .iv = CBC_IV,
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN,
        .hash_algo = VIRTIO_CRYPTO_HASH_SHA_256,
        .src = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"
               "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411e5fbc1191a0a52ef"
               "f69f2445df4f9b17ad2b417be66c3710",
        .cipher_start = 16, .len_to_cipher = 64,
        .hash_start = 0, .len_to_hash = 80,
        .aad = "feedfacedeadbeef",
        .dst = "a0a1a2a3a4a5a6a7a8a9aaabacadaeaf"
               "7649abac8119b246cee98e9b12e9197d"
               "5086cb9b507219ee95db113a917678b2"
               "73bed6b8e3c1743b7116e69e22229516"
               "3ff1caa1681fac09120eca307586e1a7",
        .digest = "0f4a54ac3ff419ece63071db1afdb9db"
                  "0fecfdca5a1f2c3fc1c738db921b56b9",
    },
    {
        /*
         * HMAC-SHA-256 (RFC 2104, key of RFC 4231 test case 2) of aad and
         * bytes 0-71, truncated to 16, then AES-128-CTR (SP 800-38A F.5.1) of
         * bytes 0-63; composed from the named vectors, the digest computed on
         * the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "HMAC-SHA-256 (RFC 2104, key of RFC 4231 test case 2) of aad and bytes 0-71, truncated to 16, then AES-128-CTR (SP 800-38A F.5.1) of bytes 0-63",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_CTR,
        .cipher_key = AES128_KEY,
        .iv = CTR_IV,
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256,
        .auth_key = JEFE,
        .src = "6bc1bee22e409f96e93d7e117393172a"
               "ae2d8a571e03ac9c9eb76fac45af8e51"
               "30c81c46a35ce411e5fbc1191a0a52ef"
               "f69f2445df4f9b17ad2b417be66c3710"
               "a0a1a2a3a4a5a6a7",
        .cipher_start = 0, .len_to_cipher = 64,
        .hash_start = 0, .len_to_hash = 72,
        .aad = "000102030405060708090a0b",
        .dst = "874d6191b620e3261bef6864990db6ce"
               "9806f66b7970fdff8617187bb9fffdff"
               "5ae4df3edbd5d35e5b4f09020db03eab"
               "1e031dda2fbe03d1792170a0f3009cee"
               "a0a1a2a3a4a5a6a7",
        .digest = "d704e8a20018ef2b22adcc355da2d6ee",
    },
    {
        /*
         * TDEA-CBC decryption (SP 800-67 Appendix B, as CBC) then CMAC-AES-128
         * (SP 800-38B) of the plaintext; composed from the named vectors, the
         * digest computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "TDEA-CBC decryption (SP 800-67 Appendix B, as CBC) then CMAC-AES-128 (SP 800-38B) of the plaintext",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_3DES_CBC,
        .cipher_key = "0123456789abcdef23456789abcdef01"
                      "456789abcdef0123",
        .iv = "0001020304050607",
        .op = VIRTIO_CRYPTO_OP_DECRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_CMAC_AES,
        .auth_key = AES128_KEY,
        .src = "a826fd8ce53b855fcce21c8112256fe6"
               "68d5c05dd9b6b900",
        .cipher_start = 0, .len_to_cipher = 24,
        .hash_start = 0, .len_to_hash = 24,
        .dst = "5469672375706064c3069ffe8a4ceb7f"
               "aa8d64a178500296",
        .digest = "d9edaf0d034e78e941474cf06376506a",
        .slow = true,
    },
    {
        /*
         * XTS-AES-128 (IEEE 1619-2007 vector 2) of bytes 8-39 then SHA3-256
         * (FIPS 202) of bytes 0-47; composed from the named vectors, the
         * digest computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "XTS-AES-128 (IEEE 1619-2007 vector 2) of bytes 8-39 then SHA3-256 (FIPS 202) of bytes 0-47",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_XTS,
        .cipher_key = "11111111111111111111111111111111"
                      "22222222222222222222222222222222",
        .iv = "33333333330000000000000000000000",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN,
        .hash_algo = VIRTIO_CRYPTO_HASH_SHA3_256,
        .src = "00010203040506074444444444444444"
               "44444444444444444444444444444444"
               "444444444444444408090a0b0c0d0e0f",
        .cipher_start = 8, .len_to_cipher = 32,
        .hash_start = 0, .len_to_hash = 48,
        .dst = "0001020304050607c454185e6a16936e"
               "39334038acef838bfb186fff7480adc4"
               "289382ecd6d394f008090a0b0c0d0e0f",
        .digest = "a60f0b9ee438d8e4dfb048bce660384c"
                  "d60b1e9148165b3dc85ba752e496b3f1",
        .slow = true,
    },
    {
        /*
         * MD5 (RFC 1321) of bytes 8-23, then DES-CBC (FIPS 81 Table C1) of
         * bytes 0-23; composed from the named vectors, the digest computed on
         * the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "MD5 (RFC 1321) of bytes 8-23, then DES-CBC (FIPS 81 Table C1) of bytes 0-23",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_DES_CBC,
        .cipher_key = "0123456789abcdef",
        .iv = "1234567890abcdef",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN,
        .hash_algo = VIRTIO_CRYPTO_HASH_MD5,
        /* "Now is the time for all " */
        .src = "4e6f77206973207468652074696d6520"
               "666f7220616c6c20",
        .cipher_start = 0, .len_to_cipher = 24,
        .hash_start = 8, .len_to_hash = 16,
        .dst = "e5c7cdde872bf27c43e934008c389c0f"
               "683788499a7c05f6",
        .digest = "05b2d563dff94d36e2ef7eab158db91c",
        .slow = true,
    },
    {
        /*
         * RC4 (RFC 6229, 128-bit key) then HMAC-MD5 (RFC 2104, key of RFC 2202
         * test case 2) with aad; composed from the named vectors, the digest
         * computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "RC4 (RFC 6229, 128-bit key) then HMAC-MD5 (RFC 2104, key of RFC 2202 test case 2) with aad",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_ARC4,
        .cipher_key = "0102030405060708090a0b0c0d0e0f10",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_HMAC_MD5,
        .auth_key = JEFE,
        .src = "00000000000000000000000000000000"
               "00000000000000000000000000000000",
        .cipher_start = 0, .len_to_cipher = 32,
        .hash_start = 0, .len_to_hash = 32,
        .aad = "0001020304050607",
        .dst = "9ac7cc9a609d1ef7b2932899cde41b97"
               "5248c4959014126a6e8a84f11d1a9e1c",
        .digest = "e63d6819a12321fac8c4525aa416bdac",
        .slow = true,
    },
    {
        /*
         * AES-f8 (RFC 3711 B.1) then AES-XCBC-MAC-96 (RFC 3566, key of its
         * test cases); composed from the named vectors, the digest computed on
         * the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "AES-f8 (RFC 3711 B.1) then AES-XCBC-MAC-96 (RFC 3566, key of its test cases)",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_F8,
        .cipher_key = "234829008467be186c3de14aae72d62c"
                      "32f2870d555555555555555555555555",
        .iv = "006e5cba50681de55c621599d462564a",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_XCBC_AES,
        .auth_key = CBC_IV,
        /* "pseudorandomness is the next best thing" */
        .src = "70736575646f72616e646f6d6e657373"
               "20697320746865206e65787420626573"
               "74207468696e67",
        .cipher_start = 0, .len_to_cipher = 39,
        .hash_start = 0, .len_to_hash = 39,
        .dst = "019ce7a26e7854014a6366aa95d4eefd"
               "1ad4172a14f9faf455b7f1d4b62bd08f"
               "562c0eef7c4802",
        .digest = "b1a089f18957a84bc14af87f",
        .slow = true,
    },
    {
        /*
         * AES-192-ECB (SP 800-38A F.1.3) then SHAKE256 (FIPS 202), 64 bytes,
         * of aad and the ciphertext; composed from the named vectors, the
         * digest computed on the host (python3 hashlib/hmac, openssl mac)
         */
        .name =
            "AES-192-ECB (SP 800-38A F.1.3) then SHAKE256 (FIPS 202), 64 bytes, of aad and the ciphertext",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_AES_ECB,
        .cipher_key = AES192_KEY,
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN,
        .hash_algo = VIRTIO_CRYPTO_HASH_SHA3_SHAKE256,
        .src = SP800_38A_PT,
        .cipher_start = 0, .len_to_cipher = 64,
        .hash_start = 0, .len_to_hash = 64,
        .aad = "a3a3a3a3a3a3a3a3",
        .dst = "bd334f1d6e45f25ff712a214571fa5cc"
               "974104846d0ad3ad7734ecb3ecee4eef"
               "ef7afd2270e2e60adce0ba2face6444e"
               "9a4b41ba738d6c72fb16691603c18e0e",
        .digest = "d51d22cc16c37f6db5468a62131455b9"
                  "1b8139192464c313ba5bcc8aa7d30b24"
                  "5f1926adf1c43948f7724a15b4fba685"
                  "f487342d6adc55b9474db5935bc8dbac",
        .slow = true,
    },
    {
        /*
         * The PS of TS 35.203 f9 set 4, which passes through, then
         * the plaintext of TS 35.203 f8 set 3, encrypted: the digest is
         * the f9 set's MAC-I in either order
         */
        .name =
            "PS of TS 35.203 f9 set 4, then TS 35.203 f8 set 3, MAC then cipher",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .cipher_key = "5acb1d644c0d51204ea5f1451010d852",
        .iv = "fa556b261c000000",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .auth_key = "c736c6aab22bfff91e2698d2e22ad57e",
        .src = "14793e410397e8fdd0a7d463df9fb2b2"
               "78833fa02e235aa172bd970c1473e129"
               "07fb648b6599aaa0b24a038665422b20"
               "a499276a50427009c000000000000000"
               "ad9c441f890b38c457a49d421407e8",
        .cipher_start = 64, .len_to_cipher = 15,
        .hash_start = 0, .len_to_hash = 64,
        .dst = "14793e410397e8fdd0a7d463df9fb2b2"
               "78833fa02e235aa172bd970c1473e129"
               "07fb648b6599aaa0b24a038665422b20"
               "a499276a50427009c000000000000000"
               "9bc92ca803c67b28a11a4bee5a0c25",
        .digest = "dd7dfadd",
    },
    {
        /*
         * The PS of TS 35.203 f9 set 4, which passes through, then
         * the plaintext of TS 35.203 f8 set 3, encrypted: the digest is
         * the f9 set's MAC-I in either order
         */
        .name =
            "PS of TS 35.203 f9 set 4, then TS 35.203 f8 set 3, cipher then MAC",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .cipher_key = "5acb1d644c0d51204ea5f1451010d852",
        .iv = "fa556b261c000000",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .auth_key = "c736c6aab22bfff91e2698d2e22ad57e",
        .src = "14793e410397e8fdd0a7d463df9fb2b2"
               "78833fa02e235aa172bd970c1473e129"
               "07fb648b6599aaa0b24a038665422b20"
               "a499276a50427009c000000000000000"
               "ad9c441f890b38c457a49d421407e8",
        .cipher_start = 64, .len_to_cipher = 15,
        .hash_start = 0, .len_to_hash = 64,
        .dst = "14793e410397e8fdd0a7d463df9fb2b2"
               "78833fa02e235aa172bd970c1473e129"
               "07fb648b6599aaa0b24a038665422b20"
               "a499276a50427009c000000000000000"
               "9bc92ca803c67b28a11a4bee5a0c25",
        .digest = "dd7dfadd",
    },
    {
        /*
         * The PS of TS 35.203 f9 set 1, which passes through, then
         * the plaintext of UEA2 Document 3 set 3, encrypted: the digest is
         * the f9 set's MAC-I in either order
         */
        .name =
            "PS of TS 35.203 f9 set 1, then UEA2 Document 3 set 3, cipher then MAC",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .cipher_key = "5acb1d644c0d51204ea5f1451010d852",
        .iv = "fa556b261c000000fa556b261c000000",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .auth_key = "2bd6459f82c5b300952c49104881ff48",
        .src = "38a6f05605d2ec496b227737296f393c"
               "8079353edc87e2e805d2ec49a4f2d8e2"
               "ad9c441f890b38c457a49d421407e8",
        .cipher_start = 32, .len_to_cipher = 15,
        .hash_start = 0, .len_to_hash = 32,
        .dst = "38a6f05605d2ec496b227737296f393c"
               "8079353edc87e2e805d2ec49a4f2d8e2"
               "ba0f31300334c56b52a7497cbac046",
        .digest = "f63bd72c",
    },
    {
        /*
         * The PS of TS 35.203 f9 set 5, which passes through, then
         * the plaintext of 128-EEA3 Document 3 set 2, encrypted: the digest is
         * the f9 set's MAC-I in either order
         */
        .name =
            "PS of TS 35.203 f9 set 5, then 128-EEA3 Document 3 set 2, MAC then cipher",
        .cipher_algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .cipher_key = "e5bd3ea0eb55ade866c6ac58bd54302a",
        .iv = "00056823c400000000056823c4000000",
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER,
        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH,
        .hash_algo = VIRTIO_CRYPTO_MAC_KASUMI_F9,
        .auth_key = "f4ebec69e73eaf2eb2cf6af4b3120ffd",
        .src = "296f393c6b22773710bfff839e0c7165"
               "8dbb2d1707e145724f41c16f48bf403c"
               "3b18e38fd5d1663b6f6d900193e3cea8"
               "bb4f1b4f5be822032232a78d7d75238d"
               "5e6daecd3b4322cf59bc7ea84ab18811"
               "b5bfb7bc553f4fe44478ce287a148799"
               "90d18d12ca79d2c855149021cd5ce8ca"
               "0371ca04fcce143e3d7cfee94585b588"
               "5cac46068bc0000014a8ef693d678507"
               "bbe7270a7f67ff5006c3525b9807e467"
               "c4e56000ba338f5d4295590367518222"
               "46c80d3b38f07f4be2d8ff5805f51322"
               "29bde93bbbdcaf382bf1ee972fbf9977"
               "bada8945847a2a6c9ad34a667554e04d"
               "1f7fa2c33241bd8f01ba220d",
        .cipher_start = 136, .len_to_cipher = 100,
        .hash_start = 0, .len_to_hash = 136,
        .dst = "296f393c6b22773710bfff839e0c7165"
               "8dbb2d1707e145724f41c16f48bf403c"
               "3b18e38fd5d1663b6f6d900193e3cea8"
               "bb4f1b4f5be822032232a78d7d75238d"
               "5e6daecd3b4322cf59bc7ea84ab18811"
               "b5bfb7bc553f4fe44478ce287a148799"
               "90d18d12ca79d2c855149021cd5ce8ca"
               "0371ca04fcce143e3d7cfee94585b588"
               "5cac46068bc00000131d43e0dea1be5c"
               "5a1bfd971d852cbf712d7b4f57961fea"
               "3208afa8bca433f456ad09c7417e58bc"
               "69cf8866d1353f74865e80781d202dfb"
               "3ecff7fcbc3b190fe82a204ed0e350fc"
               "0f6f2613b2f2bca6df5a473a57a4a00d"
               "985ebad880d6f23864a07b01",
        .digest = "c383839d",
    },
};

/* The algorithms the device serves, for the test names and the masks */

typedef struct AlgoName {
    uint32_t algo;
    const char *name;
} AlgoName;

static const AlgoName cipher_algos[] = {
    { VIRTIO_CRYPTO_CIPHER_ARC4, "arc4" },
    { VIRTIO_CRYPTO_CIPHER_AES_ECB, "aes-ecb" },
    { VIRTIO_CRYPTO_CIPHER_AES_CBC, "aes-cbc" },
    { VIRTIO_CRYPTO_CIPHER_AES_CTR, "aes-ctr" },
    { VIRTIO_CRYPTO_CIPHER_DES_ECB, "des-ecb" },
    { VIRTIO_CRYPTO_CIPHER_DES_CBC, "des-cbc" },
    { VIRTIO_CRYPTO_CIPHER_3DES_ECB, "3des-ecb" },
    { VIRTIO_CRYPTO_CIPHER_3DES_CBC, "3des-cbc" },
    { VIRTIO_CRYPTO_CIPHER_3DES_CTR, "3des-ctr" },
    { VIRTIO_CRYPTO_CIPHER_AES_F8, "aes-f8" },
    { VIRTIO_CRYPTO_CIPHER_AES_XTS, "aes-xts" },
    { VIRTIO_CRYPTO_CIPHER_KASUMI_F8, "kasumi-f8" },
    { VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, "snow3g-uea2" },
    { VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, "zuc-eea3" },
};

static const AlgoName hash_algos[] = {
    { VIRTIO_CRYPTO_HASH_MD5, "md5" },
    { VIRTIO_CRYPTO_HASH_SHA1, "sha1" },
    { VIRTIO_CRYPTO_HASH_SHA_224, "sha224" },
    { VIRTIO_CRYPTO_HASH_SHA_256, "sha256" },
    { VIRTIO_CRYPTO_HASH_SHA_384, "sha384" },
    { VIRTIO_CRYPTO_HASH_SHA_512, "sha512" },
    { VIRTIO_CRYPTO_HASH_SHA3_224, "sha3-224" },
    { VIRTIO_CRYPTO_HASH_SHA3_256, "sha3-256" },
    { VIRTIO_CRYPTO_HASH_SHA3_384, "sha3-384" },
    { VIRTIO_CRYPTO_HASH_SHA3_512, "sha3-512" },
    { VIRTIO_CRYPTO_HASH_SHA3_SHAKE128, "shake128" },
    { VIRTIO_CRYPTO_HASH_SHA3_SHAKE256, "shake256" },
};

static const AlgoName mac_algos[] = {
    { VIRTIO_CRYPTO_MAC_HMAC_MD5, "hmac-md5" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA1, "hmac-sha1" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_224, "hmac-sha224" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_256, "hmac-sha256" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_384, "hmac-sha384" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_512, "hmac-sha512" },
    { VIRTIO_CRYPTO_MAC_CMAC_3DES, "cmac-3des" },
    { VIRTIO_CRYPTO_MAC_CMAC_AES, "cmac-aes" },
    { VIRTIO_CRYPTO_MAC_CBCMAC_AES, "cbcmac-aes" },
    { VIRTIO_CRYPTO_MAC_XCBC_AES, "xcbc-aes" },
    { VIRTIO_CRYPTO_MAC_KASUMI_F9, "kasumi-f9" },
};

static const AlgoName aead_algos[] = {
    { VIRTIO_CRYPTO_AEAD_GCM, "gcm" },
    { VIRTIO_CRYPTO_AEAD_CCM, "ccm" },
    { VIRTIO_CRYPTO_AEAD_CHACHA20_POLY1305, "chacha20-poly1305" },
};

/* The request formats */

typedef enum Form {
    FORM_LEGACY,        /* no feature bits: 72-byte padded requests */
    FORM_SESSION,       /* REVISION_1, flag SESSION_MODE, unpadded flf */
    FORM_STATELESS,     /* REVISION_1 + the service's stateless bit, flag 0 */
    FORM__MAX,
} Form;

static const char *const form_names[FORM__MAX] = {
    [FORM_LEGACY] = "legacy",
    [FORM_SESSION] = "session",
    [FORM_STATELESS] = "stateless",
};

static const unsigned stateless_feature[] = {
    [VIRTIO_CRYPTO_SERVICE_CIPHER] = VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_HASH] = VIRTIO_CRYPTO_F_HASH_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_MAC] = VIRTIO_CRYPTO_F_MAC_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_AEAD] = VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE,
};

/* What one registered test runs: a service's requests in one format */
typedef struct AlgoTest {
    uint32_t service;
    Form form;
} AlgoTest;

typedef struct Ctx {
    QVirtioCryptoQueues q;
    Form form;
    /* the last data request's used length, when it may be short of all */
    bool short_result;
    uint32_t used;
} Ctx;

static Ctx start(void *obj, QGuestAllocator *alloc, uint32_t service,
                 Form form)
{
    QVirtioCrypto *crypto = obj;
    uint64_t features = 0;
    Ctx t = { .form = form };

    if (form != FORM_LEGACY) {
        features |= 1ull << VIRTIO_CRYPTO_F_REVISION_1;
    }
    if (form == FORM_STATELESS) {
        g_assert(service < ARRAY_SIZE(stateless_feature));
        features |= 1ull << stateless_feature[service];
    }
    t.q = qvirtio_crypto_start(global_qtest, crypto->vdev, alloc, features);
    return t;
}

static bool stateless(Ctx *t)
{
    return t->form == FORM_STATELESS;
}

static bool skip_slow(bool slow)
{
    return slow && !g_test_slow();
}

static const char *algo_name(const AlgoName *algos, size_t n, uint32_t algo)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (algos[i].algo == algo) {
            return algos[i].name;
        }
    }
    g_assert_not_reached();
}

#define ALGO_NAME(table, algo) algo_name(table, ARRAY_SIZE(table), algo)

/*
 * QTEST_VIRTIO_CRYPTO_ALGOS, a comma-separated list of the names above
 * (e.g. "aes-cbc,hmac-sha1"), restricts the tests to those algorithms.
 */
static bool selected(const char *name)
{
    const char *env = g_getenv("QTEST_VIRTIO_CRYPTO_ALGOS");
    g_auto(GStrv) names = NULL;

    if (!env || !*env) {
        return true;
    }
    names = g_strsplit(env, ",", -1);
    return g_strv_contains((const gchar * const *)names, name);
}

static void done(unsigned vectors_run)
{
    if (!vectors_run) {
        g_test_skip("no vector of a selected algorithm");
    }
}

static uint32_t config_readl(Ctx *t, size_t offset)
{
    return qvirtio_config_readl(t->q.dev, offset);
}

#define CFG(field) offsetof(struct virtio_crypto_config, field)

/* Byte strings */

/* The bytes of hex string @hex (NULL: none), @rep times (0: once) */
static GByteArray *unhex(const char *hex, unsigned rep)
{
    GByteArray *b = g_byte_array_new();
    size_t len = hex ? strlen(hex) : 0;
    unsigned r;
    size_t i;

    g_assert(len % 2 == 0);
    for (r = 0; r < MAX(rep, 1); r++) {
        for (i = 0; i < len; i += 2) {
            int hi = g_ascii_xdigit_value(hex[i]);
            int lo = g_ascii_xdigit_value(hex[i + 1]);
            uint8_t byte = hi << 4 | lo;

            g_assert(hi >= 0 && lo >= 0);
            g_byte_array_append(b, &byte, 1);
        }
    }
    return b;
}

static void put(GByteArray *b, const void *data, size_t len)
{
    if (len) {
        g_byte_array_append(b, data, len);
    }
}

static void put_bytes(GByteArray *b, const GByteArray *data)
{
    if (data) {
        put(b, data->data, data->len);
    }
}

static size_t len_of(const GByteArray *b)
{
    return b ? b->len : 0;
}

/*
 * A made-up key of @len bytes for the error tests: no DES weak key, and
 * its halves differ (XTS)
 */
static GByteArray *test_key(uint32_t len)
{
    GByteArray *b = g_byte_array_new();
    uint32_t i;

    for (i = 0; i < len; i++) {
        uint8_t byte = 0x10 + i * 7;

        g_byte_array_append(b, &byte, 1);
    }
    return b;
}

/* The device-writable area before the request: see qvirtio_crypto_submit */
static void assert_untouched(const uint8_t *buf, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        g_assert_cmphex(buf[i], ==, 0xa5);
    }
}

/* Requests */

/* Append the fixed-length part, padded as the legacy format does */
static void put_flf(Ctx *t, GByteArray *req, const void *flf, size_t len,
                    size_t legacy_len)
{
    static const uint8_t zeros[VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY];

    put(req, flf, len);
    if (t->form == FORM_LEGACY) {
        g_assert_cmpuint(len, <=, legacy_len);
        put(req, zeros, legacy_len - len);
    }
}

/* A create-session request: header, fixed part, keys */
static uint32_t create_session(Ctx *t, uint32_t opcode, uint32_t algo,
                               const void *flf, size_t flf_len,
                               const GByteArray *key,
                               const GByteArray *auth_key,
                               uint64_t *session_id)
{
    struct virtio_crypto_ctrl_header hdr = {
        .opcode = cpu_to_le32(opcode),
        .algo = cpu_to_le32(algo),
    };
    g_autoptr(GByteArray) req = g_byte_array_new();

    put(req, &hdr, sizeof(hdr));
    put_flf(t, req, flf, flf_len, VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY);
    put_bytes(req, key);
    put_bytes(req, auth_key);
    return qvirtio_crypto_create_session(&t->q, req->data, req->len,
                                         session_id);
}

static void destroy_session(Ctx *t, uint32_t opcode, uint64_t session_id)
{
    struct virtio_crypto_ctrl_header hdr = {
        .opcode = cpu_to_le32(opcode),
    };
    struct virtio_crypto_destroy_session_flf flf = {
        .session_id = cpu_to_le64(session_id),
    };
    g_autoptr(GByteArray) req = g_byte_array_new();
    uint8_t outcome[8];

    put(req, &hdr, sizeof(hdr));
    put_flf(t, req, &flf, sizeof(flf), VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY);
    g_assert_cmpuint(qvirtio_crypto_submit(&t->q, t->q.ctrlq, req->data,
                                           req->len, outcome,
                                           sizeof(outcome)),
                     ==, sizeof(outcome));
    g_assert_cmpuint(outcome[0], ==, VIRTIO_CRYPTO_OK);
}

/*
 * A data request: header, fixed part, variable part; @result_len
 * device-writable bytes come back in @result.  Returns the status.
 */
static uint8_t data_request(Ctx *t, uint32_t opcode, uint32_t algo,
                            uint64_t session_id, const void *flf,
                            size_t flf_len, const GByteArray *vlf,
                            uint8_t *result, size_t result_len)
{
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(opcode),
        .algo = cpu_to_le32(algo),
        .session_id = cpu_to_le64(session_id),
        .flag = cpu_to_le32(t->form == FORM_SESSION ?
                            VIRTIO_CRYPTO_FLAG_SESSION_MODE : 0),
    };
    g_autoptr(GByteArray) req = g_byte_array_new();

    put(req, &hdr, sizeof(hdr));
    put_flf(t, req, flf, flf_len, VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY);
    put_bytes(req, vlf);
    if (t->short_result) {
        return qvirtio_crypto_data_used(&t->q, req->data, req->len, result,
                                        result_len, &t->used);
    }
    return qvirtio_crypto_data(&t->q, req->data, req->len, result,
                               result_len);
}

/*
 * What this build's crypto library lacks is refused with NOTSUPP, at
 * session creation or in the stateless request (see qvirtio_crypto_serves())
 */
static void cipher_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                           uint32_t iv_len, uint8_t want);
static void mac_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                        uint32_t result_len, uint8_t want);
static void aead_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                         uint32_t tag_len, uint32_t iv_len, uint8_t want);

/* CIPHER service, cipher only */

static uint32_t cipher_session(Ctx *t, uint32_t algo, uint32_t op,
                               const GByteArray *key, uint64_t *session_id)
{
    struct virtio_crypto_sym_create_session_req s = { };

    s.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
    s.u.cipher.para.algo = cpu_to_le32(algo);
    s.u.cipher.para.keylen = cpu_to_le32(len_of(key));
    s.u.cipher.para.op = cpu_to_le32(op);
    return create_session(t, VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, algo, &s,
                          sizeof(s), key, NULL, session_id);
}

/*
 * A cipher request on @session_id, or stateless with @algo, @op and @key;
 * iv_len and src_data_len are the lengths of @iv and @src.
 */
static uint8_t cipher_data(Ctx *t, uint64_t session_id, uint32_t algo,
                           uint32_t op, const GByteArray *key,
                           const GByteArray *iv, const GByteArray *src,
                           uint32_t dst_len, uint8_t *dst)
{
    uint32_t opcode = op == VIRTIO_CRYPTO_OP_ENCRYPT ?
                      VIRTIO_CRYPTO_CIPHER_ENCRYPT :
                      VIRTIO_CRYPTO_CIPHER_DECRYPT;
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    if (stateless(t)) {
        struct virtio_crypto_sym_data_flf_stateless f = { };
        struct virtio_crypto_cipher_data_flf_stateless *c =
            (void *)f.op_type_flf;

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        c->sess_para.algo = cpu_to_le32(algo);
        c->sess_para.key_len = cpu_to_le32(len_of(key));
        c->sess_para.op = cpu_to_le32(op);
        c->iv_len = cpu_to_le32(len_of(iv));
        c->src_data_len = cpu_to_le32(len_of(src));
        c->dst_data_len = cpu_to_le32(dst_len);
        put_bytes(vlf, key);
        put_bytes(vlf, iv);
        put_bytes(vlf, src);
        return data_request(t, opcode, algo, 0, &f, sizeof(f), vlf, dst,
                            dst_len);
    } else {
        struct virtio_crypto_sym_data_req f = { };

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        f.u.cipher.para.iv_len = cpu_to_le32(len_of(iv));
        f.u.cipher.para.src_data_len = cpu_to_le32(len_of(src));
        f.u.cipher.para.dst_data_len = cpu_to_le32(dst_len);
        put_bytes(vlf, iv);
        put_bytes(vlf, src);
        return data_request(t, opcode, algo, session_id, &f, sizeof(f), vlf,
                            dst, dst_len);
    }
}

/*
 * One cipher operation in the test's form: a session around the request,
 * or a stateless request.  @repeat sends the request twice on the session.
 */
static uint8_t cipher_once(Ctx *t, uint32_t algo, uint32_t op,
                           const GByteArray *key, const GByteArray *iv,
                           const GByteArray *src, uint32_t dst_len,
                           uint8_t *dst, bool repeat)
{
    uint64_t id = 0;
    uint8_t status;

    if (!stateless(t)) {
        g_assert_cmpuint(cipher_session(t, algo, op, key, &id), ==,
                         VIRTIO_CRYPTO_OK);
    }
    status = cipher_data(t, id, algo, op, key, iv, src, dst_len, dst);
    if (repeat && !stateless(t) && status == VIRTIO_CRYPTO_OK) {
        /* the IV is the request's: nothing carries over */
        g_autofree uint8_t *again = g_malloc(dst_len);

        g_assert_cmpuint(cipher_data(t, id, algo, op, key, iv, src, dst_len,
                                     again),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(again, dst_len, dst, dst_len);
    }
    if (!stateless(t)) {
        destroy_session(t, VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id);
    }
    return status;
}

/*
 * @got's leading @bits bits (0: all of @want) are @want's: a 3GPP message
 * of LENGTH bits goes as whole bytes, and the bits after it are keystream
 */
static void assert_leading_bits(const uint8_t *got, const GByteArray *want,
                                unsigned bits)
{
    size_t whole = bits ? bits / 8 : want->len;
    uint8_t mask = 0xff << (8 - bits % 8);

    g_assert_cmpuint(whole, <=, want->len);
    g_assert_cmpmem(got, whole, want->data, whole);
    if (bits % 8) {
        g_assert_cmphex(got[whole] & mask, ==, want->data[whole] & mask);
    }
}

static void run_cipher_vector(Ctx *t, const CipherVector *v)
{
    g_autoptr(GByteArray) key = unhex(v->key, 0);
    g_autoptr(GByteArray) iv = unhex(v->iv, 0);
    g_autoptr(GByteArray) pt = unhex(v->pt, v->pt_rep);
    g_autoptr(GByteArray) ct = unhex(v->ct, 0);
    g_autofree uint8_t *out = g_malloc(ct->len);
    /* whether an RC4 session restarts its key stream is left open */
    bool repeat = v->algo != VIRTIO_CRYPTO_CIPHER_ARC4;

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_CIPHER, v->algo,
                               key->len)) {
        cipher_refused(t, v->algo, key->len, iv->len, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    g_assert_cmpuint(pt->len, ==, ct->len);
    g_assert_cmpuint(cipher_once(t, v->algo, VIRTIO_CRYPTO_OP_ENCRYPT, key,
                                 iv, pt, pt->len, out, repeat),
                     ==, VIRTIO_CRYPTO_OK);
    assert_leading_bits(out, ct, v->bits);
    g_assert_cmpuint(cipher_once(t, v->algo, VIRTIO_CRYPTO_OP_DECRYPT, key,
                                 iv, ct, ct->len, out, repeat),
                     ==, VIRTIO_CRYPTO_OK);
    assert_leading_bits(out, pt, v->bits);
}

static void test_cipher(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_CIPHER, a->form);
    unsigned n = 0;
    size_t i, j;

    for (i = 0; i < ARRAY_SIZE(cipher_algos); i++) {
        if (!selected(cipher_algos[i].name)) {
            continue;
        }
        for (j = 0; j < ARRAY_SIZE(cipher_vectors); j++) {
            if (cipher_vectors[j].algo == cipher_algos[i].algo &&
                !skip_slow(cipher_vectors[j].slow)) {
                run_cipher_vector(&t, &cipher_vectors[j]);
                n++;
            }
        }
    }
    qvirtio_crypto_stop(&t.q);
    done(n);
}

/* HASH service */

static uint32_t hash_session(Ctx *t, uint32_t algo, uint32_t result_len,
                             uint64_t *session_id)
{
    struct virtio_crypto_hash_create_session_flf s = {
        .algo = cpu_to_le32(algo),
        .hash_result_len = cpu_to_le32(result_len),
    };

    return create_session(t, VIRTIO_CRYPTO_HASH_CREATE_SESSION, algo, &s,
                          sizeof(s), NULL, NULL, session_id);
}

static uint8_t hash_data(Ctx *t, uint64_t session_id, uint32_t algo,
                         const GByteArray *msg, uint32_t result_len,
                         uint8_t *digest)
{
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    put_bytes(vlf, msg);
    if (stateless(t)) {
        struct virtio_crypto_hash_data_flf_stateless f = {
            .sess_para.algo = cpu_to_le32(algo),
            .src_data_len = cpu_to_le32(len_of(msg)),
            .hash_result_len = cpu_to_le32(result_len),
        };

        return data_request(t, VIRTIO_CRYPTO_HASH, algo, 0, &f, sizeof(f),
                            vlf, digest, result_len);
    } else {
        struct virtio_crypto_hash_data_flf f = {
            .src_data_len = cpu_to_le32(len_of(msg)),
            .hash_result_len = cpu_to_le32(result_len),
        };

        return data_request(t, VIRTIO_CRYPTO_HASH, algo, session_id, &f,
                            sizeof(f), vlf, digest, result_len);
    }
}

static void run_hash_vector(Ctx *t, const HashVector *v)
{
    g_autoptr(GByteArray) msg = unhex(v->msg, v->msg_rep);
    g_autoptr(GByteArray) digest = unhex(v->digest, 0);
    g_autofree uint8_t *out = g_malloc(digest->len);
    uint64_t id = 0;

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_HASH, v->algo, 0)) {
        g_assert_cmpuint(stateless(t)
                         ? hash_data(t, 0, v->algo, msg, digest->len, out)
                         : hash_session(t, v->algo, digest->len, &id),
                         ==, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    if (!stateless(t)) {
        g_assert_cmpuint(hash_session(t, v->algo, digest->len, &id), ==,
                         VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(hash_data(t, id, v->algo, msg, digest->len, out), ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, digest->len, digest->data, digest->len);
    if (!stateless(t)) {
        /* again on the same session: nothing carries over */
        g_assert_cmpuint(hash_data(t, id, v->algo, msg, digest->len, out),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, digest->len, digest->data, digest->len);
        destroy_session(t, VIRTIO_CRYPTO_HASH_DESTROY_SESSION, id);
    }
}

static void test_hash(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_HASH, a->form);
    unsigned n = 0;
    size_t i, j;

    for (i = 0; i < ARRAY_SIZE(hash_algos); i++) {
        if (!selected(hash_algos[i].name)) {
            continue;
        }
        for (j = 0; j < ARRAY_SIZE(hash_vectors); j++) {
            if (hash_vectors[j].algo == hash_algos[i].algo &&
                !skip_slow(hash_vectors[j].slow)) {
                run_hash_vector(&t, &hash_vectors[j]);
                n++;
            }
        }
    }
    qvirtio_crypto_stop(&t.q);
    done(n);
}

/* MAC service */

static uint32_t mac_session(Ctx *t, uint32_t algo, uint32_t result_len,
                            const GByteArray *key, uint64_t *session_id)
{
    struct virtio_crypto_mac_create_session_flf s = {
        .algo = cpu_to_le32(algo),
        .hash_result_len = cpu_to_le32(result_len),
        .auth_key_len = cpu_to_le32(len_of(key)),
    };

    return create_session(t, VIRTIO_CRYPTO_MAC_CREATE_SESSION, algo, &s,
                          sizeof(s), key, NULL, session_id);
}

static uint8_t mac_data(Ctx *t, uint64_t session_id, uint32_t algo,
                        const GByteArray *key, const GByteArray *msg,
                        uint32_t result_len, uint8_t *tag)
{
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    if (stateless(t)) {
        struct virtio_crypto_mac_data_flf_stateless f = {
            .sess_para.algo = cpu_to_le32(algo),
            .sess_para.auth_key_len = cpu_to_le32(len_of(key)),
            .src_data_len = cpu_to_le32(len_of(msg)),
            .hash_result_len = cpu_to_le32(result_len),
        };

        put_bytes(vlf, key);
        put_bytes(vlf, msg);
        return data_request(t, VIRTIO_CRYPTO_MAC, algo, 0, &f, sizeof(f),
                            vlf, tag, result_len);
    } else {
        struct virtio_crypto_mac_data_flf f = {
            .hdr.src_data_len = cpu_to_le32(len_of(msg)),
            .hdr.hash_result_len = cpu_to_le32(result_len),
        };

        put_bytes(vlf, msg);
        return data_request(t, VIRTIO_CRYPTO_MAC, algo, session_id, &f,
                            sizeof(f), vlf, tag, result_len);
    }
}

static void run_mac_vector(Ctx *t, const MacVector *v)
{
    g_autoptr(GByteArray) key = unhex(v->key, v->key_rep);
    g_autoptr(GByteArray) msg = unhex(v->msg, v->msg_rep);
    g_autoptr(GByteArray) tag = unhex(v->tag, 0);
    g_autofree uint8_t *out = g_malloc(tag->len);
    uint64_t id = 0;

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (key->len > config_readl(t, CFG(max_auth_key_len))) {
        g_test_message("skipped: a %u-byte key is beyond max_auth_key_len",
                       key->len);
        return;
    }
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_MAC, v->algo,
                               key->len)) {
        mac_refused(t, v->algo, key->len, tag->len, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    if (!stateless(t)) {
        g_assert_cmpuint(mac_session(t, v->algo, tag->len, key, &id), ==,
                         VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(mac_data(t, id, v->algo, key, msg, tag->len, out), ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, tag->len, tag->data, tag->len);
    if (!stateless(t)) {
        g_assert_cmpuint(mac_data(t, id, v->algo, key, msg, tag->len, out),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, tag->len, tag->data, tag->len);
        destroy_session(t, VIRTIO_CRYPTO_MAC_DESTROY_SESSION, id);
    }
}

static void test_mac(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_MAC, a->form);
    unsigned n = 0;
    size_t i, j;

    for (i = 0; i < ARRAY_SIZE(mac_algos); i++) {
        if (!selected(mac_algos[i].name)) {
            continue;
        }
        for (j = 0; j < ARRAY_SIZE(mac_vectors); j++) {
            if (mac_vectors[j].algo == mac_algos[i].algo &&
                !skip_slow(mac_vectors[j].slow)) {
                run_mac_vector(&t, &mac_vectors[j]);
                n++;
            }
        }
    }
    qvirtio_crypto_stop(&t.q);
    done(n);
}

/* AEAD service */

static uint32_t aead_session(Ctx *t, uint32_t algo, uint32_t op,
                             const GByteArray *key, uint32_t tag_len,
                             uint32_t aad_len, uint64_t *session_id)
{
    struct virtio_crypto_aead_create_session_flf s = {
        .algo = cpu_to_le32(algo),
        .key_len = cpu_to_le32(len_of(key)),
        .tag_len = cpu_to_le32(tag_len),
        .aad_len = cpu_to_le32(aad_len),
        .op = cpu_to_le32(op),
    };

    return create_session(t, VIRTIO_CRYPTO_AEAD_CREATE_SESSION, algo, &s,
                          sizeof(s), key, NULL, session_id);
}

typedef struct AeadReq {
    uint64_t session_id;
    uint32_t algo;
    uint32_t op;
    const GByteArray *key;
    uint32_t tag_len;       /* stateless: the tag length */
    uint32_t req_tag_len;   /* REVISION_1 session: the request's tag_len */
    const GByteArray *iv;
    const GByteArray *src;
    const GByteArray *aad;
    uint32_t dst_len;
} AeadReq;

static uint8_t aead_data(Ctx *t, const AeadReq *r, uint8_t *dst)
{
    uint32_t opcode = r->op == VIRTIO_CRYPTO_OP_ENCRYPT ?
                      VIRTIO_CRYPTO_AEAD_ENCRYPT : VIRTIO_CRYPTO_AEAD_DECRYPT;
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    if (stateless(t)) {
        struct virtio_crypto_aead_data_flf_stateless f = {
            .sess_para.algo = cpu_to_le32(r->algo),
            .sess_para.key_len = cpu_to_le32(len_of(r->key)),
            .sess_para.op = cpu_to_le32(r->op),
            .iv_len = cpu_to_le32(len_of(r->iv)),
            .tag_len = cpu_to_le32(r->tag_len),
            .aad_len = cpu_to_le32(len_of(r->aad)),
            .src_data_len = cpu_to_le32(len_of(r->src)),
            .dst_data_len = cpu_to_le32(r->dst_len),
        };

        put_bytes(vlf, r->key);
        put_bytes(vlf, r->iv);
        put_bytes(vlf, r->src);
        put_bytes(vlf, r->aad);
        return data_request(t, opcode, r->algo, 0, &f, sizeof(f), vlf, dst,
                            r->dst_len);
    } else {
        struct virtio_crypto_aead_data_flf f = {
            .iv_len = cpu_to_le32(len_of(r->iv)),
            .aad_len = cpu_to_le32(len_of(r->aad)),
            .src_data_len = cpu_to_le32(len_of(r->src)),
            .dst_data_len = cpu_to_le32(r->dst_len),
            .tag_len = cpu_to_le32(r->req_tag_len),
        };
        /* legacy: the 16-byte virtio_crypto_aead_para, without tag_len */
        size_t len = t->form == FORM_LEGACY ?
                     sizeof(struct virtio_crypto_aead_para) : sizeof(f);

        put_bytes(vlf, r->iv);
        put_bytes(vlf, r->src);
        put_bytes(vlf, r->aad);
        return data_request(t, opcode, r->algo, r->session_id, &f, len, vlf,
                            dst, r->dst_len);
    }
}

/* One AEAD operation in the test's form, with its own session */
static uint8_t aead_once(Ctx *t, AeadReq *r, uint8_t *dst)
{
    uint8_t status;

    if (!stateless(t)) {
        g_assert_cmpuint(aead_session(t, r->algo, r->op, r->key, r->tag_len,
                                      len_of(r->aad), &r->session_id),
                         ==, VIRTIO_CRYPTO_OK);
    }
    status = aead_data(t, r, dst);
    if (!stateless(t)) {
        destroy_session(t, VIRTIO_CRYPTO_AEAD_DESTROY_SESSION,
                        r->session_id);
    }
    return status;
}

static void run_aead_vector(Ctx *t, const AeadVector *v)
{
    g_autoptr(GByteArray) key = unhex(v->key, v->key_rep);
    g_autoptr(GByteArray) iv = unhex(v->iv, v->iv_rep);
    g_autoptr(GByteArray) aad = unhex(v->aad, 0);
    g_autoptr(GByteArray) pt = unhex(v->pt, v->pt_rep);
    g_autoptr(GByteArray) sealed = unhex(v->ct, 0);
    g_autoptr(GByteArray) tag = unhex(v->tag, 0);
    g_autofree uint8_t *out = NULL;
    AeadReq r = {
        .algo = v->algo,
        .key = key,
        .tag_len = tag->len,
        .iv = iv,
        .aad = aad,
    };

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AEAD, v->algo,
                               key->len)) {
        aead_refused(t, v->algo, key->len, tag->len, iv->len,
                     VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    g_assert_cmpuint(pt->len, ==, sealed->len);
    put_bytes(sealed, tag);
    out = g_malloc(sealed->len);

    /* encrypt: dst = ciphertext || tag; a REVISION_1 tag_len as the session */
    r.op = VIRTIO_CRYPTO_OP_ENCRYPT;
    r.req_tag_len = tag->len;
    r.src = pt;
    r.dst_len = sealed->len;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sealed->len, sealed->data, sealed->len);

    /* decrypt: src = ciphertext || tag; a REVISION_1 tag_len of 0 */
    r.op = VIRTIO_CRYPTO_OP_DECRYPT;
    r.req_tag_len = 0;
    r.src = sealed;
    r.dst_len = pt->len;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, pt->len, pt->data, pt->len);

    /* into a larger dst: the used length counts the plaintext only */
    r.dst_len = sealed->len;
    t->short_result = true;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    t->short_result = false;
    g_assert_cmpuint(t->used, ==, pt->len + 1);
    g_assert_cmpmem(out, pt->len, pt->data, pt->len);
    r.dst_len = pt->len;

    /* a wrong tag: BADMSG, and no plaintext written */
    sealed->data[sealed->len - 1] ^= 0x01;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_BADMSG);
    assert_untouched(out, pt->len);
}

static void test_aead(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_AEAD, a->form);
    unsigned n = 0;
    size_t i, j;

    for (i = 0; i < ARRAY_SIZE(aead_algos); i++) {
        if (!selected(aead_algos[i].name)) {
            continue;
        }
        for (j = 0; j < ARRAY_SIZE(aead_vectors); j++) {
            if (aead_vectors[j].algo == aead_algos[i].algo &&
                !skip_slow(aead_vectors[j].slow)) {
                run_aead_vector(&t, &aead_vectors[j]);
                n++;
            }
        }
    }
    qvirtio_crypto_stop(&t.q);
    done(n);
}

/* CIPHER service, algorithm chaining */

static uint32_t chain_session(Ctx *t, const ChainVector *v,
                              const GByteArray *cipher_key,
                              const GByteArray *auth_key, uint32_t result_len,
                              uint32_t aad_len, uint64_t *session_id)
{
    struct virtio_crypto_sym_create_session_req s = { };
    struct virtio_crypto_alg_chain_session_para *c = &s.u.chain.para;

    s.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
    c->alg_chain_order = cpu_to_le32(v->order);
    c->hash_mode = cpu_to_le32(v->hash_mode);
    c->cipher_param.algo = cpu_to_le32(v->cipher_algo);
    c->cipher_param.keylen = cpu_to_le32(len_of(cipher_key));
    c->cipher_param.op = cpu_to_le32(v->op);
    if (v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH) {
        c->u.mac_param.algo = cpu_to_le32(v->hash_algo);
        c->u.mac_param.hash_result_len = cpu_to_le32(result_len);
        c->u.mac_param.auth_key_len = cpu_to_le32(len_of(auth_key));
    } else {
        c->u.hash_param.algo = cpu_to_le32(v->hash_algo);
        c->u.hash_param.hash_result_len = cpu_to_le32(result_len);
    }
    c->aad_len = cpu_to_le32(aad_len);
    return create_session(t, VIRTIO_CRYPTO_CIPHER_CREATE_SESSION,
                          v->cipher_algo, &s, sizeof(s), cipher_key,
                          v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH ?
                          auth_key : NULL, session_id);
}

/* The stateless chain layout ends in the session layout's 40 bytes */
QEMU_BUILD_BUG_ON(sizeof(struct virtio_crypto_alg_chain_data_flf_stateless) -
                  offsetof(struct virtio_crypto_alg_chain_data_flf_stateless,
                           iv_len) !=
                  sizeof(struct virtio_crypto_alg_chain_data_para));

static void chain_para(struct virtio_crypto_alg_chain_data_para *c,
                       const ChainVector *v, const GByteArray *iv,
                       const GByteArray *src, const GByteArray *aad,
                       uint32_t result_len)
{
    c->iv_len = cpu_to_le32(len_of(iv));
    c->src_data_len = cpu_to_le32(len_of(src));
    c->dst_data_len = cpu_to_le32(len_of(src));
    c->cipher_start_src_offset = cpu_to_le32(v->cipher_start);
    c->len_to_cipher = cpu_to_le32(v->len_to_cipher);
    c->hash_start_src_offset = cpu_to_le32(v->hash_start);
    c->len_to_hash = cpu_to_le32(v->len_to_hash);
    c->aad_len = cpu_to_le32(len_of(aad));
    c->hash_result_len = cpu_to_le32(result_len);
}

/* dst (src_data_len bytes) and the digest come back in @out */
static uint8_t chain_data(Ctx *t, uint64_t session_id, const ChainVector *v,
                          const GByteArray *cipher_key,
                          const GByteArray *auth_key, const GByteArray *iv,
                          const GByteArray *src, const GByteArray *aad,
                          uint32_t result_len, uint8_t *out)
{
    uint32_t opcode = v->op == VIRTIO_CRYPTO_OP_ENCRYPT ?
                      VIRTIO_CRYPTO_CIPHER_ENCRYPT :
                      VIRTIO_CRYPTO_CIPHER_DECRYPT;
    bool auth = v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH;
    size_t out_len = len_of(src) + result_len;
    struct virtio_crypto_alg_chain_data_para para = { };
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    chain_para(&para, v, iv, src, aad, result_len);
    if (stateless(t)) {
        struct virtio_crypto_sym_data_flf_stateless f = { };
        struct virtio_crypto_alg_chain_data_flf_stateless *c =
            (void *)f.op_type_flf;

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
        c->sess_para.alg_chain_order = cpu_to_le32(v->order);
        c->sess_para.aad_len = cpu_to_le32(len_of(aad));
        c->sess_para.cipher.algo = cpu_to_le32(v->cipher_algo);
        c->sess_para.cipher.key_len = cpu_to_le32(len_of(cipher_key));
        c->sess_para.cipher.op = cpu_to_le32(v->op);
        c->sess_para.hash.algo = cpu_to_le32(v->hash_algo);
        c->sess_para.hash.auth_key_len =
            cpu_to_le32(auth ? len_of(auth_key) : 0);
        c->sess_para.hash.hash_mode = cpu_to_le32(v->hash_mode);
        memcpy(&c->iv_len, &para, sizeof(para));
        /* cipher key, auth key, iv, aad, src */
        put_bytes(vlf, cipher_key);
        if (auth) {
            put_bytes(vlf, auth_key);
        }
        put_bytes(vlf, iv);
        put_bytes(vlf, aad);
        put_bytes(vlf, src);
        return data_request(t, opcode, v->cipher_algo, 0, &f, sizeof(f), vlf,
                            out, out_len);
    } else {
        struct virtio_crypto_sym_data_req f = { };

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
        f.u.chain.para = para;
        put_bytes(vlf, iv);
        if (t->form == FORM_LEGACY) {
            /* legacy iv, aad, src */
            put_bytes(vlf, aad);
            put_bytes(vlf, src);
        } else {
            /* REVISION_1 session iv, src, aad */
            put_bytes(vlf, src);
            put_bytes(vlf, aad);
        }
        return data_request(t, opcode, v->cipher_algo, session_id, &f,
                            sizeof(f), vlf, out, out_len);
    }
}

static void run_chain_vector(Ctx *t, const ChainVector *v)
{
    g_autoptr(GByteArray) cipher_key = unhex(v->cipher_key, 0);
    g_autoptr(GByteArray) auth_key = unhex(v->auth_key, 0);
    g_autoptr(GByteArray) iv = unhex(v->iv, 0);
    g_autoptr(GByteArray) src = unhex(v->src, 0);
    g_autoptr(GByteArray) aad = unhex(v->aad, 0);
    g_autoptr(GByteArray) expected = unhex(v->dst, 0);
    g_autoptr(GByteArray) digest = unhex(v->digest, 0);
    g_autofree uint8_t *out = NULL;
    uint64_t id = 0;

    g_test_message("%s: %s", form_names[t->form], v->name);
    g_assert_cmpuint(src->len, ==, expected->len);
    put_bytes(expected, digest);
    out = g_malloc(expected->len);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_CIPHER, v->cipher_algo,
                               cipher_key->len) ||
        !qvirtio_crypto_serves(v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH
                               ? VIRTIO_CRYPTO_SERVICE_MAC
                               : VIRTIO_CRYPTO_SERVICE_HASH, v->hash_algo,
                               auth_key->len)) {
        g_assert_cmpuint(stateless(t)
                         ? chain_data(t, 0, v, cipher_key, auth_key, iv, src,
                                      aad, digest->len, out)
                         : chain_session(t, v, cipher_key, auth_key,
                                         digest->len, aad->len, &id),
                         ==, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    if (!stateless(t)) {
        g_assert_cmpuint(chain_session(t, v, cipher_key, auth_key,
                                       digest->len, aad->len, &id),
                         ==, VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(chain_data(t, id, v, cipher_key, auth_key, iv, src, aad,
                                digest->len, out),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, expected->len, expected->data, expected->len);
    if (!stateless(t)) {
        destroy_session(t, VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id);
    }
}

static void test_chain(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_CIPHER, a->form);
    unsigned n = 0;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(chain_vectors); i++) {
        const ChainVector *v = &chain_vectors[i];
        bool auth = v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH;

        if (!skip_slow(v->slow) &&
            selected(ALGO_NAME(cipher_algos, v->cipher_algo)) &&
            selected(auth ? ALGO_NAME(mac_algos, v->hash_algo) :
                     ALGO_NAME(hash_algos, v->hash_algo))) {
            run_chain_vector(&t, v);
            n++;
        }
    }
    qvirtio_crypto_stop(&t.q);
    done(n);
}

/* The configuration space advertises exactly these algorithms */

#define BIT32(n) (1u << ((n) % 32))
#define SERVES(service, algo) \
    qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_##service, algo, 0)

static void test_config(void *obj, void *data, QGuestAllocator *alloc)
{
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_CIPHER, FORM_LEGACY);
    uint32_t services = config_readl(&t, CFG(crypto_services));
    uint32_t cipher = 0, hash = 0, mac_l = 0, mac_h = 0, aead = 0;
    size_t i;

    /* every algorithm of the lists that this build's library serves */
    for (i = 0; i < ARRAY_SIZE(cipher_algos); i++) {
        if (SERVES(CIPHER, cipher_algos[i].algo)) {
            cipher |= BIT32(cipher_algos[i].algo);
        }
    }
    for (i = 0; i < ARRAY_SIZE(hash_algos); i++) {
        if (SERVES(HASH, hash_algos[i].algo)) {
            hash |= BIT32(hash_algos[i].algo);
        }
    }
    for (i = 0; i < ARRAY_SIZE(mac_algos); i++) {
        if (!SERVES(MAC, mac_algos[i].algo)) {
            continue;
        }
        if (mac_algos[i].algo < 32) {
            mac_l |= BIT32(mac_algos[i].algo);
        } else {
            mac_h |= BIT32(mac_algos[i].algo);
        }
    }
    for (i = 0; i < ARRAY_SIZE(aead_algos); i++) {
        if (SERVES(AEAD, aead_algos[i].algo)) {
            aead |= BIT32(aead_algos[i].algo);
        }
    }

    /* the symmetric services; AKCIPHER (bit 4) is not this test's */
    g_assert_cmphex(services & 0xf, ==,
                    BIT32(VIRTIO_CRYPTO_SERVICE_CIPHER) |
                    BIT32(VIRTIO_CRYPTO_SERVICE_HASH) |
                    BIT32(VIRTIO_CRYPTO_SERVICE_MAC) |
                    BIT32(VIRTIO_CRYPTO_SERVICE_AEAD));
    g_assert_cmphex(services & ~0x1fu, ==, 0);
    /* KASUMI_F8, SNOW3G_UEA2 and ZUC_EEA3 with ipsec-mb only */
    g_assert_cmphex(config_readl(&t, CFG(cipher_algo_l)), ==, cipher);
    g_assert_cmphex(config_readl(&t, CFG(cipher_algo_h)), ==, 0);
    g_assert_cmphex(config_readl(&t, CFG(hash_algo)), ==, hash);
    /*
     * KASUMI_F9 with ipsec-mb only; never SNOW3G_UIA2, GMAC,
     * CBCMAC_KASUMI_F9 or ZUC_EIA3
     */
    g_assert_cmphex(config_readl(&t, CFG(mac_algo_l)), ==, mac_l);
    g_assert_cmphex(config_readl(&t, CFG(mac_algo_h)), ==, mac_h);
    g_assert_false(mac_h & (BIT32(VIRTIO_CRYPTO_MAC_GMAC_AES) |
                            BIT32(VIRTIO_CRYPTO_MAC_GMAC_TWOFISH) |
                            BIT32(VIRTIO_CRYPTO_MAC_CBCMAC_KASUMI_F9) |
                            BIT32(VIRTIO_CRYPTO_MAC_ZUC_EIA3)));
    g_assert_false(mac_l & BIT32(VIRTIO_CRYPTO_MAC_SNOW3G_UIA2));
    g_assert_cmphex(config_readl(&t, CFG(aead_algo)), ==, aead);
    /* XTS and F8 with AES-256 take 64-byte keys */
    g_assert_cmpuint(config_readl(&t, CFG(max_cipher_key_len)), >=, 64);
    g_assert_cmpuint(config_readl(&t, CFG(max_auth_key_len)), >=, 1);
    qvirtio_crypto_stop(&t.q);
}

/* Errors: what the device refuses, in each format */

/* A session (or a stateless request) the device must refuse with @want */
static void cipher_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                           uint32_t iv_len, uint8_t want)
{
    g_autoptr(GByteArray) key = test_key(key_len);
    g_autoptr(GByteArray) iv = unhex(iv_len ? "00" : NULL, iv_len);
    g_autoptr(GByteArray) src = unhex("00", 16);
    uint8_t out[16];
    uint64_t id;

    g_test_message("%s: cipher %u, %u-byte key", form_names[t->form], algo,
                   key_len);
    if (stateless(t)) {
        g_assert_cmpuint(cipher_data(t, 0, algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, iv, src, src->len, out),
                         ==, want);
    } else {
        g_assert_cmpuint(cipher_session(t, algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                        key, &id), ==, want);
    }
}

typedef struct CipherShape {
    uint32_t algo;
    uint32_t key_len;
    uint32_t iv_len;
    uint32_t block;         /* ECB and CBC: src must be a multiple */
    uint32_t max_len;       /* the longest src; 0: max_size */
} CipherShape;

/* AES-CBC first: the algorithm every backend serves */
static const CipherShape cipher_shapes[] = {
    { VIRTIO_CRYPTO_CIPHER_AES_CBC, 16, 16, 16 },
    { VIRTIO_CRYPTO_CIPHER_AES_ECB, 16, 0, 16 },
    { VIRTIO_CRYPTO_CIPHER_AES_CTR, 16, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_DES_ECB, 8, 0, 8 },
    { VIRTIO_CRYPTO_CIPHER_DES_CBC, 8, 8, 8 },
    { VIRTIO_CRYPTO_CIPHER_3DES_ECB, 24, 0, 8 },
    { VIRTIO_CRYPTO_CIPHER_3DES_CBC, 24, 8, 8 },
    { VIRTIO_CRYPTO_CIPHER_3DES_CTR, 24, 8, 0 },
    { VIRTIO_CRYPTO_CIPHER_AES_XTS, 32, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_AES_F8, 32, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_ARC4, 16, 0, 0 },
    /* TS 35.201's 20000 bits; ipsec-mb's 65504 bits for ZUC */
    { VIRTIO_CRYPTO_CIPHER_KASUMI_F8, 16, 8, 0, 2500 },
    { VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, 16, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, 16, 16, 0, 8188 },
};

static void test_cipher_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_CIPHER, a->form);
    static const struct {
        uint32_t algo;
        uint32_t key_len;
    } bad_keys[] = {
        { VIRTIO_CRYPTO_CIPHER_AES_CBC, 15 },
        { VIRTIO_CRYPTO_CIPHER_AES_CBC, 20 },
        { VIRTIO_CRYPTO_CIPHER_AES_ECB, 33 },
        { VIRTIO_CRYPTO_CIPHER_AES_CTR, 8 },
        { VIRTIO_CRYPTO_CIPHER_DES_ECB, 16 },
        { VIRTIO_CRYPTO_CIPHER_DES_CBC, 7 },
        { VIRTIO_CRYPTO_CIPHER_3DES_ECB, 16 },
        { VIRTIO_CRYPTO_CIPHER_3DES_CBC, 8 },
        { VIRTIO_CRYPTO_CIPHER_3DES_CTR, 16 },
        { VIRTIO_CRYPTO_CIPHER_AES_XTS, 16 },
        { VIRTIO_CRYPTO_CIPHER_AES_XTS, 48 },
        { VIRTIO_CRYPTO_CIPHER_AES_F8, 16 },
        { VIRTIO_CRYPTO_CIPHER_AES_F8, 40 },
        { VIRTIO_CRYPTO_CIPHER_KASUMI_F8, 8 },
        { VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, 32 },
        { VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, 32 },
    };
    /* not in the masks: undefined (the 3GPP ciphers: see test_cipher) */
    static const uint32_t absent[] = { 15, 63 };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cipher_shapes); i++) {
        const CipherShape *s = &cipher_shapes[i];
        g_autoptr(GByteArray) key = NULL;
        g_autoptr(GByteArray) iv = unhex(s->iv_len ? "00" : NULL, s->iv_len);
        g_autoptr(GByteArray) bad_iv = unhex("00", s->iv_len == 16 ? 8 : 16);
        g_autoptr(GByteArray) src = unhex("00", 32);
        g_autoptr(GByteArray) odd = unhex("00", 15);
        uint8_t out[48];

        /* a cipher this build lacks is refused whole (test_cipher) */
        if (!selected(ALGO_NAME(cipher_algos, s->algo)) ||
            !SERVES(CIPHER, s->algo)) {
            continue;
        }
        g_test_message("%s: %s", form_names[t.form],
                       ALGO_NAME(cipher_algos, s->algo));
        key = test_key(s->key_len);
        /* the mode's IV length, else ERR */
        g_assert_cmpuint(cipher_once(&t, s->algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, bad_iv, src, src->len, out, false),
                         ==, VIRTIO_CRYPTO_ERR);
        /* dst_data_len == src_data_len, else ERR */
        g_assert_cmpuint(cipher_once(&t, s->algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, iv, src, src->len + 16, out, false),
                         ==, VIRTIO_CRYPTO_ERR);
        /* whole blocks for ECB and CBC */
        if (s->block) {
            g_assert_cmpuint(cipher_once(&t, s->algo,
                                         VIRTIO_CRYPTO_OP_DECRYPT, key, iv,
                                         odd, odd->len, out, false),
                             ==, VIRTIO_CRYPTO_ERR);
        }
        /* and the well-formed request is served */
        g_assert_cmpuint(cipher_once(&t, s->algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, iv, src, src->len, out, false),
                         ==, VIRTIO_CRYPTO_OK);
        /* up to the algorithm's longest message, else ERR */
        if (s->max_len) {
            g_autoptr(GByteArray) longest = unhex("00", s->max_len);
            g_autoptr(GByteArray) longer = unhex("00", s->max_len + 1);
            g_autofree uint8_t *big = g_malloc(s->max_len + 1);

            g_assert_cmpuint(cipher_once(&t, s->algo,
                                         VIRTIO_CRYPTO_OP_ENCRYPT, key, iv,
                                         longest, longest->len, big, false),
                             ==, VIRTIO_CRYPTO_OK);
            g_assert_cmpuint(cipher_once(&t, s->algo,
                                         VIRTIO_CRYPTO_OP_ENCRYPT, key, iv,
                                         longer, longer->len, big, false),
                             ==, VIRTIO_CRYPTO_ERR);
        }
    }
    for (i = 0; i < ARRAY_SIZE(bad_keys); i++) {
        if (!selected(ALGO_NAME(cipher_algos, bad_keys[i].algo))) {
            continue;
        }
        cipher_refused(&t, bad_keys[i].algo, bad_keys[i].key_len, 16,
                       VIRTIO_CRYPTO_NOTSUPP);
    }
    for (i = 0; i < ARRAY_SIZE(absent); i++) {
        cipher_refused(&t, absent[i], 16, 16, VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&t.q);
}

/* The digest sizes of the fixed-size hashes, and SHAKE's output limit */
static uint32_t hash_max_len(uint32_t algo)
{
    switch (algo) {
    case VIRTIO_CRYPTO_HASH_MD5:
        return 16;
    case VIRTIO_CRYPTO_HASH_SHA1:
        return 20;
    case VIRTIO_CRYPTO_HASH_SHA_224:
    case VIRTIO_CRYPTO_HASH_SHA3_224:
        return 28;
    case VIRTIO_CRYPTO_HASH_SHA_256:
    case VIRTIO_CRYPTO_HASH_SHA3_256:
        return 32;
    case VIRTIO_CRYPTO_HASH_SHA_384:
    case VIRTIO_CRYPTO_HASH_SHA3_384:
        return 48;
    case VIRTIO_CRYPTO_HASH_SHA_512:
    case VIRTIO_CRYPTO_HASH_SHA3_512:
        return 64;
    case VIRTIO_CRYPTO_HASH_SHA3_SHAKE128:
    case VIRTIO_CRYPTO_HASH_SHA3_SHAKE256:
        /* any length: the device's max_size bounds a request's results */
        return 16 * 1024 * 1024;
    }
    g_assert_not_reached();
}

static void test_hash_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_HASH, a->form);
    g_autoptr(GByteArray) msg = unhex("616263", 0);
    uint8_t out[600];
    uint64_t id;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(hash_algos); i++) {
        uint32_t algo = hash_algos[i].algo;
        uint32_t max = hash_max_len(algo);
        /* the longest result asked below: more than 256 bytes of SHAKE */
        uint32_t big = MIN(max, sizeof(out));
        const uint32_t bad[] = { 0, max + 1 };
        size_t j;

        if (!selected(hash_algos[i].name) ||
            !SERVES(HASH, hash_algos[i].algo)) {
            continue;
        }
        g_test_message("%s: %s", form_names[t.form], hash_algos[i].name);
        /* result lengths 1..max are served, others are not */
        for (j = 0; j < ARRAY_SIZE(bad); j++) {
            if (stateless(&t) && bad[j] > sizeof(out)) {
                /* more than max_size: ERR, as the layout tests check */
                continue;
            }
            if (stateless(&t)) {
                g_assert_cmpuint(hash_data(&t, 0, algo, msg, bad[j], out),
                                 ==, VIRTIO_CRYPTO_NOTSUPP);
            } else {
                g_assert_cmpuint(hash_session(&t, algo, bad[j], &id), ==,
                                 VIRTIO_CRYPTO_NOTSUPP);
            }
        }
        if (stateless(&t)) {
            g_assert_cmpuint(hash_data(&t, 0, algo, msg, 1, out), ==,
                             VIRTIO_CRYPTO_OK);
            g_assert_cmpuint(hash_data(&t, 0, algo, msg, big, out), ==,
                             VIRTIO_CRYPTO_OK);
            continue;
        }
        /* the longest result makes a session */
        g_assert_cmpuint(hash_session(&t, algo, max, &id), ==,
                         VIRTIO_CRYPTO_OK);
        destroy_session(&t, VIRTIO_CRYPTO_HASH_DESTROY_SESSION, id);
        /* a request's hash_result_len is the session's, else ERR */
        g_assert_cmpuint(hash_session(&t, algo, big - 1, &id), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(hash_data(&t, id, algo, msg, big, out), ==,
                         VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(hash_data(&t, id, algo, msg, big - 2, out), ==,
                         VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(hash_data(&t, id, algo, msg, big - 1, out), ==,
                         VIRTIO_CRYPTO_OK);
        destroy_session(&t, VIRTIO_CRYPTO_HASH_DESTROY_SESSION, id);
    }
    /* an algorithm beyond the mask */
    if (stateless(&t)) {
        g_assert_cmpuint(hash_data(&t, 0, 13, msg, 16, out), ==,
                         VIRTIO_CRYPTO_NOTSUPP);
    } else {
        g_assert_cmpuint(hash_session(&t, 13, 16, &id), ==,
                         VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&t.q);
}

typedef struct MacShape {
    uint32_t algo;
    uint32_t key_len;       /* a valid one */
    uint32_t bad_key_len;   /* 0: any length is valid (HMAC) */
    uint32_t max_len;       /* the full tag */
    uint32_t bad_msgs[2];   /* message lengths refused with ERR; 0: none */
} MacShape;

static const MacShape mac_shapes[] = {
    { VIRTIO_CRYPTO_MAC_HMAC_MD5, 16, 0, 16 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA1, 20, 0, 20 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_224, 28, 0, 28 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_256, 32, 0, 32 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_384, 48, 0, 48 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_512, 64, 0, 64 },
    { VIRTIO_CRYPTO_MAC_CMAC_3DES, 24, 16, 8 },
    { VIRTIO_CRYPTO_MAC_CMAC_AES, 16, 20, 16 },
    /* CBC-MAC: whole blocks */
    { VIRTIO_CRYPTO_MAC_CBCMAC_AES, 24, 8, 16, { 20 } },
    { VIRTIO_CRYPTO_MAC_XCBC_AES, 16, 32, 16 },
    /* f9: PS is whole blocks, at least COUNT || FRESH and the padding */
    { VIRTIO_CRYPTO_MAC_KASUMI_F9, 16, 8, 4, { 20, 8 } },
};

/* The shape's messages of refused lengths: ERR */
static void mac_bad_msgs(Ctx *t, const MacShape *s, uint64_t id,
                         const GByteArray *key, uint32_t result_len)
{
    uint8_t out[80];
    size_t i;

    for (i = 0; i < ARRAY_SIZE(s->bad_msgs) && s->bad_msgs[i]; i++) {
        g_autoptr(GByteArray) bad = unhex("00", s->bad_msgs[i]);

        g_assert_cmpuint(mac_data(t, id, s->algo, key, bad, result_len, out),
                         ==, VIRTIO_CRYPTO_ERR);
    }
}

/* A MAC session (or stateless request) the device must refuse with @want */
static void mac_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                        uint32_t result_len, uint8_t want)
{
    g_autoptr(GByteArray) key = test_key(key_len);
    g_autoptr(GByteArray) msg = unhex("00", 16);
    uint8_t out[80];
    uint64_t id;

    g_test_message("%s: MAC %u, %u-byte key, %u-byte result",
                   form_names[t->form], algo, key_len, result_len);
    if (stateless(t)) {
        g_assert_cmpuint(mac_data(t, 0, algo, key, msg, result_len, out), ==,
                         want);
    } else {
        g_assert_cmpuint(mac_session(t, algo, result_len, key, &id), ==,
                         want);
    }
}

static void test_mac_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_MAC, a->form);
    /*
     * not in the masks: SNOW3G_UIA2, GMAC_AES, GMAC_TWOFISH and ZUC_EIA3
     * (a MAC request has no IV), CBCMAC_KASUMI_F9, undefined
     */
    static const uint32_t absent[] = { 7, 28, 41, 42, 50, 54, 63 };
    g_autoptr(GByteArray) msg = unhex("00", 32);
    uint8_t out[80];
    size_t i;

    for (i = 0; i < ARRAY_SIZE(mac_shapes); i++) {
        const MacShape *s = &mac_shapes[i];
        g_autoptr(GByteArray) key = test_key(s->key_len);
        uint64_t id;

        if (!selected(ALGO_NAME(mac_algos, s->algo)) ||
            !SERVES(MAC, s->algo)) {
            continue;
        }
        mac_refused(&t, s->algo, s->key_len, 0, VIRTIO_CRYPTO_NOTSUPP);
        mac_refused(&t, s->algo, s->key_len, s->max_len + 1,
                    VIRTIO_CRYPTO_NOTSUPP);
        if (s->bad_key_len) {
            mac_refused(&t, s->algo, s->bad_key_len, s->max_len,
                        VIRTIO_CRYPTO_NOTSUPP);
        }
        if (stateless(&t)) {
            g_assert_cmpuint(mac_data(&t, 0, s->algo, key, msg, s->max_len,
                                      out),
                             ==, VIRTIO_CRYPTO_OK);
            mac_bad_msgs(&t, s, 0, key, s->max_len);
            continue;
        }
        /* a request's hash_result_len is the session's, else ERR */
        g_assert_cmpuint(mac_session(&t, s->algo, s->max_len - 1, key, &id),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(mac_data(&t, id, s->algo, key, msg, s->max_len,
                                  out),
                         ==, VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(mac_data(&t, id, s->algo, key, msg, s->max_len - 1,
                                  out),
                         ==, VIRTIO_CRYPTO_OK);
        mac_bad_msgs(&t, s, id, key, s->max_len - 1);
        destroy_session(&t, VIRTIO_CRYPTO_MAC_DESTROY_SESSION, id);
    }
    for (i = 0; i < ARRAY_SIZE(absent); i++) {
        mac_refused(&t, absent[i], 16, 16, VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&t.q);
}

/* An AEAD session (or stateless request) the device must refuse */
static void aead_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                         uint32_t tag_len, uint32_t iv_len, uint8_t want)
{
    g_autoptr(GByteArray) key = test_key(key_len);
    g_autoptr(GByteArray) iv = unhex("00", iv_len);
    g_autoptr(GByteArray) src = unhex("00", 16);
    uint8_t out[40];
    AeadReq r = {
        .algo = algo,
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key = key,
        .tag_len = tag_len,
        .iv = iv,
        .src = src,
        .dst_len = 32,
    };

    g_test_message("%s: AEAD %u, %u-byte key, %u-byte tag",
                   form_names[t->form], algo, key_len, tag_len);
    if (stateless(t)) {
        g_assert_cmpuint(aead_data(t, &r, out), ==, want);
    } else {
        g_assert_cmpuint(aead_session(t, algo, r.op, key, tag_len, 0,
                                      &r.session_id), ==, want);
    }
}

typedef struct AeadShape {
    uint32_t algo;
    uint32_t key_len;
    uint32_t bad_key_len;
    uint32_t iv_len;
    uint32_t tag_len;
    uint32_t bad_tags[4];   /* 0-terminated */
} AeadShape;

static const AeadShape aead_shapes[] = {
    { VIRTIO_CRYPTO_AEAD_GCM, 16, 20, 12, 16, { 3, 5, 11, 17 } },
    { VIRTIO_CRYPTO_AEAD_CCM, 24, 8, 13, 16, { 2, 5, 15, 18 } },
    { VIRTIO_CRYPTO_AEAD_CHACHA20_POLY1305, 32, 16, 12, 16, { 8, 12, 17 } },
};

static void test_aead_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_AEAD, a->form);
    size_t i, j;

    for (i = 0; i < ARRAY_SIZE(aead_shapes); i++) {
        const AeadShape *s = &aead_shapes[i];
        g_autoptr(GByteArray) key = test_key(s->key_len);
        g_autoptr(GByteArray) iv = unhex("00", s->iv_len);
        g_autoptr(GByteArray) src = unhex("00", 16);
        uint8_t out[40];
        AeadReq r = {
            .algo = s->algo,
            .op = VIRTIO_CRYPTO_OP_ENCRYPT,
            .key = key,
            .tag_len = s->tag_len,
            .req_tag_len = s->tag_len,
            .iv = iv,
            .src = src,
            .dst_len = 32,
        };

        if (!selected(ALGO_NAME(aead_algos, s->algo)) ||
            !qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AEAD, s->algo,
                                   s->key_len)) {
            continue;
        }
        aead_refused(&t, s->algo, s->bad_key_len, s->tag_len, s->iv_len,
                     VIRTIO_CRYPTO_NOTSUPP);
        for (j = 0; j < ARRAY_SIZE(s->bad_tags) && s->bad_tags[j]; j++) {
            aead_refused(&t, s->algo, s->key_len, s->bad_tags[j], s->iv_len,
                         VIRTIO_CRYPTO_NOTSUPP);
        }
        if (!stateless(&t)) {
            g_assert_cmpuint(aead_session(&t, s->algo, r.op, key,
                                          s->tag_len, 0, &r.session_id),
                             ==, VIRTIO_CRYPTO_OK);
        }
        /* dst_data_len >= src_data_len + tag_len, else ERR */
        r.dst_len = 31;
        g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_ERR);
        r.dst_len = 32;
        if (t.form == FORM_SESSION) {
            /* a request's tag_len: 0 or the session's, else ERR */
            r.req_tag_len = s->tag_len - 4;
            g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_ERR);
            r.req_tag_len = 0;
        }
        g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_OK);
        if (!stateless(&t)) {
            destroy_session(&t, VIRTIO_CRYPTO_AEAD_DESTROY_SESSION,
                            r.session_id);
        }
    }
    /* GCM takes a 12-byte IV or a 16-byte J0, nothing else */
    if (selected("gcm")) {
        g_autoptr(GByteArray) key = test_key(16);
        g_autoptr(GByteArray) iv = unhex("00", 8);
        g_autoptr(GByteArray) src = unhex("00", 16);
        uint8_t out[32];
        AeadReq r = {
            .algo = VIRTIO_CRYPTO_AEAD_GCM,
            .op = VIRTIO_CRYPTO_OP_ENCRYPT,
            .key = key,
            .tag_len = 16,
            .iv = iv,
            .src = src,
            .dst_len = 32,
        };

        if (!stateless(&t)) {
            g_assert_cmpuint(aead_session(&t, r.algo, r.op, key, 16, 0,
                                          &r.session_id),
                             ==, VIRTIO_CRYPTO_OK);
        }
        g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_NOTSUPP);
        if (!stateless(&t)) {
            destroy_session(&t, VIRTIO_CRYPTO_AEAD_DESTROY_SESSION,
                            r.session_id);
        }
    }
    /* an algorithm beyond the mask */
    aead_refused(&t, 4, 16, 16, 12, VIRTIO_CRYPTO_NOTSUPP);
    qvirtio_crypto_stop(&t.q);
}

/* Registration */

static void add_tests(const char *name, uint32_t service, QOSTestFunc fn)
{
    /* the tests' arguments live as long as the process */
    static AlgoTest args[VIRTIO_CRYPTO_SERVICE_AKCIPHER + 1][FORM__MAX];
    int f;

    for (f = 0; f < FORM__MAX; f++) {
        AlgoTest *a = &args[service][f];
        QOSGraphTestOptions opts = { .arg = a };
        g_autofree char *path = g_strdup_printf("algo/%s/%s", name,
                                                form_names[f]);

        a->service = service;
        a->form = f;
        qos_add_test(path, "virtio-crypto", fn, &opts);
    }
}

/*
 * One test per service and format (qgraph's node stack has room for a few
 * dozen tests per interface, not for one per algorithm and format).
 */
static void register_virtio_crypto_algo_test(void)
{
    qos_add_test("algo/config", "virtio-crypto", test_config, NULL);
    add_tests("cipher", VIRTIO_CRYPTO_SERVICE_CIPHER, test_cipher);
    add_tests("chain", VIRTIO_CRYPTO_SERVICE_CIPHER, test_chain);
    add_tests("hash", VIRTIO_CRYPTO_SERVICE_HASH, test_hash);
    add_tests("mac", VIRTIO_CRYPTO_SERVICE_MAC, test_mac);
    add_tests("aead", VIRTIO_CRYPTO_SERVICE_AEAD, test_aead);
    add_tests("cipher-errors", VIRTIO_CRYPTO_SERVICE_CIPHER,
              test_cipher_errors);
    add_tests("hash-errors", VIRTIO_CRYPTO_SERVICE_HASH, test_hash_errors);
    add_tests("mac-errors", VIRTIO_CRYPTO_SERVICE_MAC, test_mac_errors);
    add_tests("aead-errors", VIRTIO_CRYPTO_SERVICE_AEAD, test_aead_errors);
}

libqos_init(register_virtio_crypto_algo_test);
