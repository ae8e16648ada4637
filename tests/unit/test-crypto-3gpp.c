/*
 * QEMU Crypto 3GPP algorithms: known answers from their test data
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/iov.h"
#include "crypto/3gpp.h"
#include "crypto-hex.h"

/*
 * A test set: for the ciphers the IV, input and output of LENGTH bits;
 * for KASUMI f9 the padded string PS and MAC-I.
 */
typedef struct Vector3GPP {
    const char *name;
    QCrypto3GPPAlgo alg;
    const char *key;
    const char *iv;
    const char *in;
    unsigned bits;              /* LENGTH; 0 for f9 */
    const char *out;
} Vector3GPP;

#include "crypto-3gpp-vectors.h"

static const char *const alg_names[QCRYPTO_3GPP_ALGO__MAX] = {
    [QCRYPTO_3GPP_ALGO_KASUMI_F8] = "kasumi-f8",
    [QCRYPTO_3GPP_ALGO_KASUMI_F9] = "kasumi-f9",
    [QCRYPTO_3GPP_ALGO_SNOW3G_UEA2] = "snow3g-uea2",
    [QCRYPTO_3GPP_ALGO_ZUC_EEA3] = "zuc-eea3",
};

/* The leading @bits bits of @a and @b are equal */
static void assert_bits_equal(const uint8_t *a, const uint8_t *b,
                              unsigned bits)
{
    size_t whole = bits / 8;
    uint8_t mask = 0xff << (8 - bits % 8);

    g_assert_cmpmem(a, whole, b, whole);
    if (bits % 8) {
        g_assert_cmphex(a[whole] & mask, ==, b[whole] & mask);
    }
}

/* Encrypt out of place, then decrypt in place: both give the test set's */
static void test_cipher(const void *opaque)
{
    const Vector3GPP *v = opaque;
    size_t nkey, niv, nin, nout;
    g_autofree uint8_t *key = unhex(v->key, &nkey);
    g_autofree uint8_t *iv = unhex(v->iv, &niv);
    g_autofree uint8_t *in = unhex(v->in, &nin);
    g_autofree uint8_t *out = unhex(v->out, &nout);
    g_autofree uint8_t *buf = g_malloc0(nin);
    g_autoptr(QCrypto3GPP) ctx = qcrypto_3gpp_new(v->alg, key, nkey,
                                                  &error_abort);

    g_assert_cmpuint(nin, ==, DIV_ROUND_UP(v->bits, 8));
    g_assert_cmpuint(nout, ==, nin);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, in, buf, nin,
                                       &error_abort), ==, 0);
    assert_bits_equal(buf, out, v->bits);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, nin,
                                       &error_abort), ==, 0);
    assert_bits_equal(buf, in, v->bits);
}

/* The MAC of PS whole, in pieces, and cut to its leading bytes */
static void test_mac(const void *opaque)
{
    const Vector3GPP *v = opaque;
    size_t nkey, nps, nmac, cut;
    g_autofree uint8_t *key = unhex(v->key, &nkey);
    g_autofree uint8_t *ps = unhex(v->in, &nps);
    g_autofree uint8_t *mac = unhex(v->out, &nmac);
    uint8_t got[QCRYPTO_3GPP_MAC_LEN];
    g_autoptr(QCrypto3GPP) ctx = qcrypto_3gpp_new(v->alg, key, nkey,
                                                  &error_abort);
    struct iovec whole = { ps, nps };
    struct iovec pieces[3] = {
        { ps, 1 }, { ps + 1, nps / 2 }, { ps + 1 + nps / 2, nps / 2 - 1 },
    };

    g_assert_cmpuint(nmac, ==, QCRYPTO_3GPP_MAC_LEN);
    g_assert_cmpint(qcrypto_3gpp_macv(ctx, &whole, 1, got, sizeof(got),
                                      &error_abort), ==, 0);
    g_assert_cmpmem(got, sizeof(got), mac, nmac);
    memset(got, 0, sizeof(got));
    g_assert_cmpint(qcrypto_3gpp_macv(ctx, pieces, 3, got, sizeof(got),
                                      &error_abort), ==, 0);
    g_assert_cmpmem(got, sizeof(got), mac, nmac);
    for (cut = 1; cut < QCRYPTO_3GPP_MAC_LEN; cut++) {
        memset(got, 0, sizeof(got));
        g_assert_cmpint(qcrypto_3gpp_macv(ctx, &whole, 1, got, cut,
                                          &error_abort), ==, 0);
        g_assert_cmpmem(got, cut, mac, cut);
        g_assert_cmphex(got[cut], ==, 0);
    }
}

/* Keys, IVs, lengths and operations each algorithm refuses */
static void test_refused(const void *opaque)
{
    QCrypto3GPPAlgo alg = GPOINTER_TO_INT(opaque);
    size_t max = qcrypto_3gpp_max_len(alg), niv = qcrypto_3gpp_iv_len(alg);
    uint8_t key[QCRYPTO_3GPP_KEY_LEN + 1] = { 0 }, iv[17] = { 0 };
    g_autofree uint8_t *buf = g_malloc0(MIN(max, 65536) + 8);
    g_autoptr(QCrypto3GPP) ctx = NULL;
    struct iovec iov = { buf, 0 };
    uint8_t mac[QCRYPTO_3GPP_MAC_LEN + 1];
    Error *err = NULL;

    g_assert_null(qcrypto_3gpp_new(alg, key, QCRYPTO_3GPP_KEY_LEN - 1, &err));
    error_free_or_abort(&err);
    g_assert_null(qcrypto_3gpp_new(alg, key, QCRYPTO_3GPP_KEY_LEN + 1, &err));
    error_free_or_abort(&err);
    ctx = qcrypto_3gpp_new(alg, key, QCRYPTO_3GPP_KEY_LEN, &error_abort);

    if (alg == QCRYPTO_3GPP_ALGO_KASUMI_F9) {
        /* no cipher; PS of 2 to max / 8 whole blocks; MACs of 1 to 4 */
        g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, 0, buf, buf, 8, &err),
                        ==, -1);
        error_free_or_abort(&err);
        for (iov.iov_len = 0; iov.iov_len <= max + 8; iov.iov_len++) {
            bool ok = iov.iov_len >= 16 && iov.iov_len <= max &&
                      iov.iov_len % 8 == 0;

            g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 4,
                                              ok ? &error_abort : &err),
                            ==, ok ? 0 : -1);
            if (!ok) {
                error_free_or_abort(&err);
            }
        }
        iov.iov_len = 16;
        g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 0, &err), ==, -1);
        error_free_or_abort(&err);
        g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 5, &err), ==, -1);
        error_free_or_abort(&err);
        return;
    }

    /* no MAC; IVs of the one length; up to max bytes, none included */
    iov.iov_len = 16;
    g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 4, &err), ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv - 1, buf, buf, 8, &err),
                    ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv + 1, buf, buf, 8, &err),
                    ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, 0,
                                       &error_abort), ==, 0);
    if (max < 65536) {
        g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, max,
                                           &error_abort), ==, 0);
        g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, max + 1,
                                           &err), ==, -1);
        error_free_or_abort(&err);
    }
}

/* A build without a library for them has none, and makes no context */
static void test_absent(void)
{
    uint8_t key[QCRYPTO_3GPP_KEY_LEN] = { 0 };
    Error *err = NULL;
    int alg;

    for (alg = 0; alg < QCRYPTO_3GPP_ALGO__MAX; alg++) {
        g_assert_false(qcrypto_3gpp_supports(alg));
        g_assert_null(qcrypto_3gpp_new(alg, key, sizeof(key), &err));
        error_free_or_abort(&err);
    }
}

int main(int argc, char **argv)
{
    size_t i;
    int alg;

    g_test_init(&argc, &argv, NULL);
    for (alg = 0; alg < QCRYPTO_3GPP_ALGO__MAX; alg++) {
#ifdef CONFIG_IPSEC_MB
        /* ipsec-mb runs on any CPU with these; a build with it has all */
        if (__builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("aes") &&
            __builtin_cpu_supports("pclmul")) {
            g_assert_true(qcrypto_3gpp_supports(alg));
        }
#endif
        if (qcrypto_3gpp_supports(alg)) {
            g_autofree char *path = g_strdup_printf("/crypto/3gpp/%s/refused",
                                                    alg_names[alg]);

            g_test_add_data_func(path, GINT_TO_POINTER(alg), test_refused);
        }
    }
    if (!qcrypto_3gpp_supports(QCRYPTO_3GPP_ALGO_KASUMI_F8)) {
        g_test_add_func("/crypto/3gpp/absent", test_absent);
    }
    for (i = 0; i < ARRAY_SIZE(vectors); i++) {
        const Vector3GPP *v = &vectors[i];
        g_autofree char *path = NULL;

        if (!qcrypto_3gpp_supports(v->alg)) {
            continue;
        }
        path = g_strdup_printf("/crypto/3gpp/%s/%s", alg_names[v->alg],
                               v->name);
        g_test_add_data_func(path, v, v->alg == QCRYPTO_3GPP_ALGO_KASUMI_F9
                             ? test_mac : test_cipher);
    }
    return g_test_run();
}
