/*
 * QEMU Crypto AEAD algorithms: known answers
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/cutils.h"
#include "qapi/error.h"
#include "crypto/init.h"
#include "crypto/aead.h"
#include "crypto-hex.h"

/* "The Galois/Counter Mode of Operation (GCM)", McGrew & Viega */
#define GCM_KEY "feffe9928665731c6d6a8f9467308308"
#define GCM_IV "cafebabefacedbaddecaf888"
#define GCM_P "d9313225f88406e5a55909c5aff5269a" \
              "86a7a9531534f7da2e4c303d8a318a72" \
              "1c3c0c95956809532fcf0e2449a6b525" \
              "b16aedf5aa0de657ba637b39"
#define GCM_AAD "feedfacedeadbeeffeedfacedeadbeefabaddad2"
#define GCM_TC4_C "42831ec2217774244b7221b784d0d49c" \
                  "e3aa212f2c02a4e035c17e2329aca12e" \
                  "21d514b25466931c7d8f6a5aac84aa05" \
                  "1ba30b396a0aac973d58e091"
#define GCM_TC4_T "5bc94fbc3221a5db94fae95ae7121a47"
#define ZERO16 "00000000000000000000000000000000"
#define RFC3610_KEY "c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"
#define SP800_38C_KEY "404142434445464748494a4b4c4d4e4f"

typedef struct AeadVector {
    const char *name;
    QCryptoAeadAlgo alg;
    const char *key, *iv, *aad, *pt, *ct, *tag;
} AeadVector;

#define GCM QCRYPTO_AEAD_ALGO_AES_GCM
#define CCM QCRYPTO_AEAD_ALGO_AES_CCM

static const AeadVector vectors[] = {
    { "GCM spec test case 1", GCM, ZERO16, "000000000000000000000000", "",
      "", "", "58e2fccefa7e3061367f1d57a4e7455a" },
    { "GCM spec test case 2", GCM, ZERO16, "000000000000000000000000", "",
      ZERO16, "0388dace60b6a392f328c2b971b2fe78",
      "ab6e47d42cec13bdf53a67b21257bddf" },
    { "GCM spec test case 3", GCM, GCM_KEY, GCM_IV, "", GCM_P "1aafd255",
      GCM_TC4_C "473f5985", "4d5c2af327cd64a62cf35abd2ba6fab4" },
    { "GCM spec test case 4", GCM, GCM_KEY, GCM_IV, GCM_AAD, GCM_P,
      GCM_TC4_C, GCM_TC4_T },
    { "GCM spec test case 4, 96-bit tag", GCM, GCM_KEY, GCM_IV, GCM_AAD,
      GCM_P, GCM_TC4_C, "5bc94fbc3221a5db94fae95a" },
    { "GCM spec test case 4, 64-bit tag", GCM, GCM_KEY, GCM_IV, GCM_AAD,
      GCM_P, GCM_TC4_C, "5bc94fbc3221a5db" },
    { "GCM spec test case 4, 32-bit tag", GCM, GCM_KEY, GCM_IV, GCM_AAD,
      GCM_P, GCM_TC4_C, "5bc94fbc" },
    /* SP 800-38D 7.1: J0 = IV || 0^31 || 1 for a 96-bit IV */
    { "GCM spec test case 4, IV given as J0 = IV || 1", GCM, GCM_KEY,
      GCM_IV "00000001", GCM_AAD, GCM_P, GCM_TC4_C, GCM_TC4_T },
    { "GCM spec test case 4, J0, 32-bit tag", GCM, GCM_KEY,
      GCM_IV "00000001", GCM_AAD, GCM_P, GCM_TC4_C, "5bc94fbc" },
    /* the spec lists Y0, which is SP 800-38D's J0 for the case's IV */
    { "GCM spec test case 5, IV given as J0 (Y0)", GCM, GCM_KEY,
      "c43a83c4c4badec4354ca984db252f7d", GCM_AAD, GCM_P,
      "61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c7423"
      "73806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598",
      "3612d2e79e3b0785561be14aaca2fccb" },
    { "GCM spec test case 6, IV given as J0 (Y0)", GCM, GCM_KEY,
      "3bab75780a31c059f83d2a44752f9864", GCM_AAD, GCM_P,
      "8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca7"
      "01e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5",
      "619cc5aefffe0bfa462af43c1699d050" },
    { "GCM spec test case 10", GCM, GCM_KEY "feffe9928665731c", GCM_IV,
      GCM_AAD, GCM_P,
      "3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c"
      "7d773d00c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710",
      "2519498e80f1478f37ba55bd6d27618c" },
    { "GCM spec test case 16", GCM, GCM_KEY GCM_KEY, GCM_IV, GCM_AAD, GCM_P,
      "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
      "76fc6ece0f4e1768cddf8853bb2d551b" },
    { "RFC 3610 packet vector #1", CCM, RFC3610_KEY,
      "00000003020100a0a1a2a3a4a5", "0001020304050607",
      "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e",
      "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384", "17e8d12cfdf926e0" },
    { "RFC 3610 packet vector #4", CCM, RFC3610_KEY,
      "00000006050403a0a1a2a3a4a5", "000102030405060708090a0b",
      "0c0d0e0f101112131415161718191a1b1c1d1e",
      "a28c6865939a9a79faaa5c4c2a9d4a91cdac8c", "96c861b9c9e61ef1" },
    { "NIST SP 800-38C C.1", CCM, SP800_38C_KEY, "10111213141516",
      "0001020304050607", "20212223", "7162015b", "4dac255d" },
    { "NIST SP 800-38C C.2", CCM, SP800_38C_KEY, "1011121314151617",
      "000102030405060708090a0b0c0d0e0f", "202122232425262728292a2b2c2d2e2f",
      "d2a1f0e051ea5f62081a7792073d593d", "1fc64fbfaccd" },
    { "NIST SP 800-38C C.3", CCM, SP800_38C_KEY, "101112131415161718191a1b",
      "000102030405060708090a0b0c0d0e0f10111213",
      "202122232425262728292a2b2c2d2e2f3031323334353637",
      "e3b201a9f5b71a7a9b1ceaeccd97e70b6176aad9a4428aa5",
      "484392fbc1b09951" },
    /* Project Wycheproof, testvectors_v1/aes_ccm_test.json */
    { "Wycheproof aes_ccm_test.json tcId 90", CCM,
      "400eec9b06a80a8403d45dae5d58cc917bc854f51cd3ce0d",
      "447dd09a23708f3b6664e15b", "7320367d5b070559",
      "b784925a695f0ed14ca40249c1fd5d1a", "912d05c402383950e1c5a5188e6241d8",
      "ab309be2c05c941fbfb338ba064b19a1" },
    { "Wycheproof aes_ccm_test.json tcId 168", CCM,
      "b907a45075513fe8a8019edee3f2591487b2a030b03c6e1d771c862571d2ea1e",
      "118a6964c2d3e380071f5266", "034585621af8d7ff",
      "55a465644f5b650928cbee7c063214d6", "ab01f92db4f210bdb5edaf0a1bd19eba",
      "621630c505d24e3b29294977d8ffa4b4" },
    { "RFC 8439 2.8.2", QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305,
      "808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f",
      "070000004041424344454647", "50515253c0c1c2c3c4c5c6c7",
      "4c616469657320616e642047656e746c656d656e206f662074686520636c6173"
      "73206f66202739393a204966204920636f756c64206f6666657220796f75206f"
      "6e6c79206f6e652074697020666f7220746865206675747572652c2073756e73"
      "637265656e20776f756c642062652069742e",
      "d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
      "3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
      "92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
      "3ff4def08e4b7a9de576d26586cec64b6116",
      "1ae10b594f09e26a7e902ecbd0600691" },
};

/*
 * What each library must say it supports: everything, except that gnutls
 * has no CCM with 192-bit keys.
 */
static bool expect_supported(QCryptoAeadAlgo alg, size_t nkey)
{
#if defined(CONFIG_GCRYPT) || defined(CONFIG_NETTLE)
    return true;
#elif defined(CONFIG_GNUTLS_CRYPTO)
    return !(alg == QCRYPTO_AEAD_ALGO_AES_CCM && nkey == 24);
#else
    return false;
#endif
}

/* Whether qcrypto_aead_rekey() can change a key in this build */
static bool expect_rekey(void)
{
#if defined(CONFIG_GCRYPT) || defined(CONFIG_NETTLE)
    return true;
#else
    return false;
#endif
}

/*
 * One vector: it encrypts to its ciphertext and tag and decrypts back,
 * with the tag apart or right after the text; a flipped bit in the tag,
 * the ciphertext or the associated data makes decryption fail with
 * -EBADMSG and leave no plaintext.  With @rekey, on a context made with
 * the key's complement and then given the key, where the build can rekey;
 * elsewhere rekeying must fail with an error.
 */
static void run_vector(const AeadVector *v, bool rekey)
{
    size_t nkey, niv, naad, npt, nct, ntag, i;
    g_autofree uint8_t *key = unhex(v->key, &nkey);
    g_autofree uint8_t *iv = unhex(v->iv, &niv);
    g_autofree uint8_t *aad = unhex(v->aad, &naad);
    g_autofree uint8_t *pt = unhex(v->pt, &npt);
    g_autofree uint8_t *ct = unhex(v->ct, &nct);
    g_autofree uint8_t *tag = unhex(v->tag, &ntag);
    g_autofree uint8_t *sealed = g_malloc(npt + 1);
    g_autofree uint8_t *sealed_tag = g_malloc(ntag);
    g_autofree uint8_t *opened = g_malloc(npt + 1);
    g_autofree uint8_t *joined = g_malloc(npt + ntag);
    g_autoptr(QCryptoAead) aead = NULL;
    uint8_t *flip[3] = { sealed_tag, sealed, aad };
    size_t flip_len[3] = { ntag, npt, naad };

    g_assert_cmpuint(npt, ==, nct);
    g_assert_cmpint(qcrypto_aead_supports(v->alg, nkey), ==,
                    expect_supported(v->alg, nkey));
    if (!expect_supported(v->alg, nkey)) {
        g_assert_null(qcrypto_aead_new(v->alg, key, nkey, ntag, NULL));
        g_test_skip("not in this build");
        return;
    }
    if (rekey) {
        g_autofree uint8_t *other = g_memdup2(key, nkey);
        Error *err = NULL;

        for (i = 0; i < nkey; i++) {
            other[i] ^= 0xff;
        }
        aead = qcrypto_aead_new(v->alg, other, nkey, ntag, &error_abort);
        if (!expect_rekey()) {
            g_assert_cmpint(qcrypto_aead_rekey(aead, key, nkey, &err), ==, -1);
            error_free_or_abort(&err);
            return;
        }
        /* a key of another length is refused */
        g_assert_cmpint(qcrypto_aead_rekey(aead, key, nkey - 1, &err), ==, -1);
        error_free_or_abort(&err);
        g_assert_cmpint(qcrypto_aead_rekey(aead, key, nkey, &error_abort),
                        ==, 0);
    } else {
        aead = qcrypto_aead_new(v->alg, key, nkey, ntag, &error_abort);
    }

    g_assert_cmpint(qcrypto_aead_encrypt(aead, iv, niv, aad, naad, pt, npt,
                                         sealed, sealed_tag, &error_abort),
                    ==, 0);
    g_assert_cmpmem(sealed, npt, ct, nct);
    g_assert_cmpmem(sealed_tag, ntag, tag, ntag);

    memset(opened, 0xa5, npt);
    g_assert_cmpint(qcrypto_aead_decrypt(aead, iv, niv, aad, naad, sealed,
                                         npt, sealed_tag, opened,
                                         &error_abort), ==, 0);
    g_assert_cmpmem(opened, npt, pt, npt);

    /* the tag right after the text, as RFC 5116 lays them out */
    g_assert_cmpint(qcrypto_aead_encrypt(aead, iv, niv, aad, naad, pt, npt,
                                         joined, joined + npt, &error_abort),
                    ==, 0);
    g_assert_cmpmem(joined, npt, ct, nct);
    g_assert_cmpmem(joined + npt, ntag, tag, ntag);
    memset(opened, 0xa5, npt);
    g_assert_cmpint(qcrypto_aead_decrypt(aead, iv, niv, aad, naad, joined,
                                         npt, joined + npt, opened,
                                         &error_abort), ==, 0);
    g_assert_cmpmem(opened, npt, pt, npt);
    joined[npt + ntag - 1] ^= 1;
    g_assert_cmpint(qcrypto_aead_decrypt(aead, iv, niv, aad, naad, joined,
                                         npt, joined + npt, opened, NULL),
                    ==, -EBADMSG);

    for (i = 0; i < ARRAY_SIZE(flip); i++) {
        Error *err = NULL;

        if (!flip_len[i]) {
            continue;
        }
        flip[i][flip_len[i] - 1] ^= 1;
        memset(opened, 0xa5, npt);
        g_assert_cmpint(qcrypto_aead_decrypt(aead, iv, niv, aad, naad,
                                             sealed, npt, sealed_tag, opened,
                                             &err), ==, -EBADMSG);
        g_assert_nonnull(err);
        error_free(err);
        g_assert_true(npt == 0 || buffer_is_zero(opened, npt));
        flip[i][flip_len[i] - 1] ^= 1;
    }
}

static void test_vector(const void *opaque)
{
    run_vector(opaque, false);
}

static void test_vector_rekey(const void *opaque)
{
    run_vector(opaque, true);
}

typedef struct BadParams {
    const char *name;
    QCryptoAeadAlgo alg;
    size_t nkey, tag_len, niv, len;
    bool bad_at_new;    /* else the request fails */
} BadParams;

static const BadParams bad_params[] = {
    { "GCM, 20-byte key", GCM, 20, 16, 12, 16, true },
    { "GCM, 10-byte tag", GCM, 16, 10, 12, 16, true },
    { "GCM, 17-byte tag", GCM, 16, 17, 12, 16, true },
    { "GCM, 8-byte IV", GCM, 16, 16, 8, 16, false },
    { "GCM, 13-byte IV", GCM, 16, 16, 13, 16, false },
    { "CCM, 5-byte tag", CCM, 16, 5, 13, 16, true },
    { "CCM, 18-byte tag", CCM, 16, 18, 13, 16, true },
    { "CCM, 6-byte nonce", CCM, 16, 16, 6, 16, false },
    { "CCM, 14-byte nonce", CCM, 16, 16, 14, 16, false },
    /* SP 800-38C A.1: a 13-byte nonce leaves 2 bytes for the length */
    { "CCM, 64 KiB with a 13-byte nonce", CCM, 16, 16, 13, 65536, false },
    { "ChaCha20-Poly1305, 16-byte key",
      QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305, 16, 16, 12, 16, true },
    { "ChaCha20-Poly1305, 12-byte tag",
      QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305, 32, 12, 12, 16, true },
    { "ChaCha20-Poly1305, 8-byte nonce",
      QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305, 32, 16, 8, 16, false },
};

/* Parameters the algorithm does not take are refused, whatever the library */
static void test_bad_params(const void *opaque)
{
    const BadParams *p = opaque;
    uint8_t key[32] = { 0 }, iv[16] = { 0 };
    g_autofree uint8_t *in = g_malloc0(p->len);
    g_autofree uint8_t *out = g_malloc0(p->len);
    uint8_t tag[16] = { 0 };
    g_autoptr(QCryptoAead) aead = NULL;
    Error *err = NULL;

    if (!expect_supported(p->alg, 32)) {
        g_test_skip("not in this build");
        return;
    }
    aead = qcrypto_aead_new(p->alg, key, p->nkey, p->tag_len, &err);
    if (p->bad_at_new) {
        g_assert_null(aead);
        error_free_or_abort(&err);
        return;
    }
    g_assert_nonnull(aead);
    g_assert_cmpint(qcrypto_aead_encrypt(aead, iv, p->niv, NULL, 0, in,
                                         p->len, out, tag, &err), ==, -1);
    error_free_or_abort(&err);
    memset(out, 0xa5, p->len);
    g_assert_cmpint(qcrypto_aead_decrypt(aead, iv, p->niv, NULL, 0, in,
                                         p->len, tag, out, &err), ==, -1);
    error_free_or_abort(&err);
    g_assert_true(buffer_is_zero(out, p->len));
}

int main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    g_assert(qcrypto_init(NULL) == 0);

    for (i = 0; i < ARRAY_SIZE(vectors); i++) {
        g_autofree char *path = g_strdup_printf("/crypto/aead/%s",
                                                vectors[i].name);
        g_autofree char *rekey = g_strdup_printf("/crypto/aead/%s/rekey",
                                                 vectors[i].name);

        g_test_add_data_func(path, &vectors[i], test_vector);
        g_test_add_data_func(rekey, &vectors[i], test_vector_rekey);
    }
    for (i = 0; i < ARRAY_SIZE(bad_params); i++) {
        g_autofree char *path = g_strdup_printf("/crypto/aead/refused/%s",
                                                bad_params[i].name);
        g_test_add_data_func(path, &bad_params[i], test_bad_params);
    }
    return g_test_run();
}
