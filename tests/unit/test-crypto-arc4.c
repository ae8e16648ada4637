/*
 * QEMU Crypto ARC4: known answers
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "crypto/arc4.h"
#include "crypto-hex.h"

/* RFC 6229: the keystream of a key at an offset */
typedef struct Arc4Vector {
    const char *name;
    const char *key;
    size_t offset;
    const char *keystream;
} Arc4Vector;

static const Arc4Vector vectors[] = {
    { "RFC 6229 40-bit key, offsets 0-31", "0102030405", 0,
      "b2396305f03dc027ccc3524a0a1118a86982944f18fc82d589c403a47a0d0919" },
    { "RFC 6229 40-bit key, offsets 240-271", "0102030405", 240,
      "28cb1132c96ce286421dcaadb8b69eae1cfcf62b03eddb641d77dfcf7f8d8c93" },
    { "RFC 6229 128-bit key, offsets 0-31",
      "0102030405060708090a0b0c0d0e0f10", 0,
      "9ac7cc9a609d1ef7b2932899cde41b975248c4959014126a6e8a84f11d1a9e1c" },
    { "RFC 6229 256-bit key, offsets 0-31",
      "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20", 0,
      "eaa6bd25880bf93d3f5d1e4ca2611d91cfa45c9f7e714b54bdfa80027cb14380" },
};

/*
 * The keystream is zeros enciphered; every call starts it afresh, and
 * enciphering in place gives the same bytes.
 */
static void test_vector(const void *opaque)
{
    const Arc4Vector *v = opaque;
    size_t nkey, nks;
    g_autofree uint8_t *key = unhex(v->key, &nkey);
    g_autofree uint8_t *ks = unhex(v->keystream, &nks);
    g_autofree uint8_t *buf = g_malloc0(v->offset + nks);
    g_autoptr(QCryptoArc4) arc4 = qcrypto_arc4_new(key, nkey, &error_abort);
    int round;

    for (round = 0; round < 2; round++) {
        memset(buf, 0, v->offset + nks);
        qcrypto_arc4_crypt(arc4, buf, buf, v->offset + nks);
        g_assert_cmpmem(buf + v->offset, nks, ks, nks);
    }
}

static void test_key_lengths(void)
{
    uint8_t key[QCRYPTO_ARC4_MAX_KEY_LEN + 1] = { 0 };
    Error *err = NULL;

    g_assert_null(qcrypto_arc4_new(key, 0, &err));
    error_free_or_abort(&err);
    g_assert_null(qcrypto_arc4_new(key, sizeof(key), &err));
    error_free_or_abort(&err);
    qcrypto_arc4_free(qcrypto_arc4_new(key, QCRYPTO_ARC4_MAX_KEY_LEN,
                                       &error_abort));
}

int main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    for (i = 0; i < ARRAY_SIZE(vectors); i++) {
        g_autofree char *path = g_strdup_printf("/crypto/arc4/%s",
                                                vectors[i].name);
        g_test_add_data_func(path, &vectors[i], test_vector);
    }
    g_test_add_func("/crypto/arc4/key-lengths", test_key_lengths);
    return g_test_run();
}
