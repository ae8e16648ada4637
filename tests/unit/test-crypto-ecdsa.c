/*
 * QEMU Crypto ECDSA: known answers, and keys and signatures that must be
 * refused
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "crypto/akcipher.h"
#include "crypto-hex.h"

/*
 * RFC 6979 A.2.3 to A.2.7: each curve's private key x, its public key
 * U = xG (0x04 || Ux || Uy), and the signature (r, s) of SHA-256("sample")
 */
typedef struct ECDSAVector {
    const char *name;
    QCryptoECCurve curve;
    const char *x;
    const char *u;
    const char *r;
    const char *s;
} ECDSAVector;

static const ECDSAVector vectors[] = {
    { "p192", QCRYPTO_EC_CURVE_NIST_P192,
      "6fab034934e4c0fc9ae67f5b5659a9d7d1fefd187ee09fd4",
      "04ac2c77f529f91689fea0ea5efec7f210d8eea0b9e047ed563bc723e57670bd"
      "4887ebc732c523063d0a7c957bc97c1c43",
      "4b0b8ce98a92866a2820e20aa6b75b56382e0f9bfd5ecb55",
      "ccdb006926ea9565cbadc840829d8c384e06de1f1e381b85" },
    { "p224", QCRYPTO_EC_CURVE_NIST_P224,
      "f220266e1105bfe3083e03ec7a3a654651f45e37167e88600bf257c1",
      "0400cf08da5ad719e42707fa431292dea11244d64fc51610d94b130d6ceeab6f"
      "3debe455e3dbf85416f7030cbd94f34f2d6f232c69f3c1385a",
      "61aa3da010e8e8406c656bc477a7a7189895e7e840cdfe8ff42307ba",
      "bc814050dab5d23770879494f9e0a680dc1af7161991bde692b10101" },
    { "p256", QCRYPTO_EC_CURVE_NIST_P256,
      "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721",
      "0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29f"
      "b67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d44622"
      "99",
      "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716",
      "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8" },
    { "p384", QCRYPTO_EC_CURVE_NIST_P384,
      "6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d8"
      "96d5724e4c70a825f872c9ea60d2edf5",
      "04ec3a4e415b4e19a4568618029f427fa5da9a8bc4ae92e02e06aae5286b300c"
      "64def8f0ea9055866064a254515480bc138015d9b72d7d57244ea8ef9ac0c621"
      "896708a59367f9dfb9f54ca84b3f1c9db1288b231c3ae0d4fe7344fd25332647"
      "20",
      "21b13d1e013c7fa1392d03c5f99af8b30c570c6f98d4ea8e354b63a21d3daa33"
      "bde1e888e63355d92fa2b3c36d8fb2cd",
      "f3aa443fb107745bf4bd77cb3891674632068a10ca67e3d45db2266fa7d1feeb"
      "efdc63eccd1ac42ec0cb8668a4fa0ab0" },
    { "p521", QCRYPTO_EC_CURVE_NIST_P521,
      "00fad06daa62ba3b25d2fb40133da757205de67f5bb0018fee8c86e1b68c7e75"
      "caa896eb32f1f47c70855836a6d16fcc1466f6d8fbec67db89ec0c08b0e996b8"
      "3538",
      "0401894550d0785932e00eaa23b694f213f8c3121f86dc97a04e5a7167db4e5b"
      "cd371123d46e45db6b5d5370a7f20fb633155d38ffa16d2bd761dcac474b9a2f"
      "5023a400493101c962cd4d2fddf782285e64584139c2f91b47f87ff82354d663"
      "0f746a28a0db25741b5b34a828008b22acc23f924faafbd4d33f81ea66956dfe"
      "aa2bfdfcf5",
      "01511bb4d675114fe266fc4372b87682baecc01d3cc62cf2303c92b3526012659"
      "d16876e25c7c1e57648f23b73564d67f61c6f14d527d54972810421e7d87589e1a7",
      "004a171143a83163d6df460aaf61522695f207a58b95c0644d87e52aa1a347916e"
      "4f7a72930b1bc06dbe22ce3f58264afd23704cbb63b29b931f7de6c9d949a7ecfc" },
};

/* SHA-256("sample") (FIPS 180-4), the digest RFC 6979 signs */
static const char sample_sha256[] =
    "af2bdbe1aa9b6ec1e2ade1d694f41fc71a831d0268e9891562113d8a62add1bf";

/*
 * libgcrypt and gnutls sign with RFC 6979's nonce; nettle draws it at
 * random
 */
static bool ecdsa_deterministic(void)
{
#if defined(CONFIG_GCRYPT) || defined(CONFIG_GNUTLS_CRYPTO)
    return true;
#else
    return false;
#endif
}

/*
 * gnutls cannot compute a private key's public point: a key that does
 * not carry it signs, but does not verify
 */
static bool ecdsa_derives_point(void)
{
#if defined(CONFIG_GNUTLS_CRYPTO)
    return false;
#else
    return true;
#endif
}

/* A DER tag and length, then @len bytes of @v */
static void der_put(GByteArray *b, uint8_t tag, const uint8_t *v, size_t len)
{
    uint8_t hdr[4] = { tag };
    size_t n = 2;

    g_assert(len < 0x10000);
    if (len < 0x80) {
        hdr[1] = len;
    } else if (len < 0x100) {
        hdr[1] = 0x81;
        hdr[2] = len;
        n = 3;
    } else {
        hdr[1] = 0x82;
        hdr[2] = len >> 8;
        hdr[3] = len;
        n = 4;
    }
    g_byte_array_append(b, hdr, n);
    g_byte_array_append(b, v, len);
}

/* A DER INTEGER of the unsigned @v: minimal, with a sign byte if needed */
static void der_put_uint(GByteArray *b, const uint8_t *v, size_t len)
{
    g_autoptr(GByteArray) i = g_byte_array_new();
    uint8_t zero = 0;

    while (len > 1 && !v[0]) {
        v++;
        len--;
    }
    if (v[0] & 0x80) {
        g_byte_array_append(i, &zero, 1);
    }
    g_byte_array_append(i, v, len);
    der_put(b, 0x02, i->data, i->len);
}

/* RFC 3279 ECDSA-Sig-Value of the hex @r and @s */
static GByteArray *ecdsa_sig(const char *r_hex, const char *s_hex)
{
    size_t rlen, slen;
    g_autofree uint8_t *r = unhex(r_hex, &rlen);
    g_autofree uint8_t *s = unhex(s_hex, &slen);
    g_autoptr(GByteArray) inner = g_byte_array_new();
    GByteArray *sig = g_byte_array_new();

    der_put_uint(inner, r, rlen);
    der_put_uint(inner, s, slen);
    der_put(sig, 0x30, inner->data, inner->len);
    return sig;
}

/* RFC 5915 ECPrivateKey of the hex @x, with the point @u if any */
static GByteArray *ec_private_key(const char *x_hex, const char *u_hex)
{
    size_t xlen, ulen;
    g_autofree uint8_t *x = unhex(x_hex, &xlen);
    g_autoptr(GByteArray) inner = g_byte_array_new();
    GByteArray *der = g_byte_array_new();
    const uint8_t version = 1;

    der_put(inner, 0x02, &version, 1);
    der_put(inner, 0x04, x, xlen);
    if (u_hex) {
        g_autofree uint8_t *u = unhex(u_hex, &ulen);
        g_autoptr(GByteArray) bits = g_byte_array_new();
        g_autoptr(GByteArray) tagged = g_byte_array_new();
        const uint8_t unused = 0;

        g_byte_array_append(bits, &unused, 1);
        g_byte_array_append(bits, u, ulen);
        der_put(tagged, 0x03, bits->data, bits->len);
        der_put(inner, 0xa1, tagged->data, tagged->len);
    }
    der_put(der, 0x30, inner->data, inner->len);
    return der;
}

static QCryptoAkCipher *ecdsa_new(QCryptoECCurve curve,
                                  QCryptoAkCipherKeyType type,
                                  const uint8_t *key, size_t len,
                                  Error **errp)
{
    QCryptoAkCipherOptions opts = {
        .alg = QCRYPTO_AK_CIPHER_ALGO_ECDSA,
        .u.ecdsa.curve = curve,
    };

    return qcrypto_akcipher_new(&opts, type, key, len, errp);
}

static QCryptoAkCipher *ecdsa_public(const ECDSAVector *v)
{
    size_t len;
    g_autofree uint8_t *u = unhex(v->u, &len);

    return ecdsa_new(v->curve, QCRYPTO_AK_CIPHER_KEY_TYPE_PUBLIC, u, len,
                     &error_abort);
}

static QCryptoAkCipher *ecdsa_private(const ECDSAVector *v, bool with_point)
{
    g_autoptr(GByteArray) der = ec_private_key(v->x,
                                               with_point ? v->u : NULL);

    return ecdsa_new(v->curve, QCRYPTO_AK_CIPHER_KEY_TYPE_PRIVATE, der->data,
                     der->len, &error_abort);
}

static void assert_verify(QCryptoAkCipher *ak, const GByteArray *sig,
                          const uint8_t *digest, size_t len, bool good)
{
    Error *err = NULL;
    int ret = qcrypto_akcipher_verify(ak, sig->data, sig->len, digest, len,
                                      good ? &error_abort : &err);

    g_assert_cmpint(ret, ==, (good ? 0 : -1));
    if (!good) {
        error_free_or_abort(&err);
    }
}

/* The RFC's signature verifies; a bit changed in it or the digest fails */
static void test_verify(const void *opaque)
{
    const ECDSAVector *v = opaque;
    size_t dlen;
    g_autofree uint8_t *digest = unhex(sample_sha256, &dlen);
    g_autoptr(GByteArray) sig = ecdsa_sig(v->r, v->s);
    g_autoptr(QCryptoAkCipher) pub = ecdsa_public(v);
    g_autoptr(QCryptoAkCipher) priv = ecdsa_private(v, true);
    g_autoptr(QCryptoAkCipher) bare = ecdsa_private(v, false);

    /* a private key verifies with its public key, carried or computed */
    assert_verify(pub, sig, digest, dlen, true);
    assert_verify(priv, sig, digest, dlen, true);
    assert_verify(bare, sig, digest, dlen, ecdsa_derives_point());

    /* the first bit: P-192 and P-224 sign only the digest's left part */
    digest[0] ^= 0x80;
    assert_verify(pub, sig, digest, dlen, false);
    digest[0] ^= 0x80;
    sig->data[sig->len - 1] ^= 1;
    assert_verify(pub, sig, digest, dlen, false);
}

/*
 * A signature verifies under the public key, whatever the nonce; with
 * RFC 6979's, it is the RFC's.  A private key signs alike whether it
 * carries its public key or not.
 */
static void test_sign(const void *opaque)
{
    const ECDSAVector *v = opaque;
    size_t dlen;
    g_autofree uint8_t *digest = unhex(sample_sha256, &dlen);
    g_autoptr(GByteArray) expected = ecdsa_sig(v->r, v->s);
    g_autoptr(QCryptoAkCipher) pub = ecdsa_public(v);
    g_autoptr(QCryptoAkCipher) priv = ecdsa_private(v, true);
    g_autoptr(QCryptoAkCipher) bare = ecdsa_private(v, false);
    QCryptoAkCipher *signers[] = { priv, bare };
    int max = qcrypto_akcipher_max_signature_len(priv);
    g_autofree uint8_t *out = g_malloc(max);
    Error *err = NULL;
    size_t i, room;
    int len = 0;

    g_assert_cmpint(max, ==, qcrypto_akcipher_max_signature_len(pub));
    g_assert_cmpint(qcrypto_akcipher_max_dgst_len(priv), ==, 64);
    for (i = 0; i < ARRAY_SIZE(signers); i++) {
        g_autoptr(GByteArray) sig = g_byte_array_new();

        len = qcrypto_akcipher_sign(signers[i], digest, dlen, out, max,
                                    &error_abort);
        g_assert_cmpint(len, >, 0);
        g_assert_cmpint(len, <=, max);
        g_byte_array_append(sig, out, len);
        assert_verify(pub, sig, digest, dlen, true);
        if (ecdsa_deterministic()) {
            g_assert_cmpmem(sig->data, sig->len, expected->data,
                            expected->len);
        }
    }

    /*
     * too little room for the signature: a byte less than it takes with
     * RFC 6979's nonce; with a random one, a byte less than the shortest
     * ECDSA-Sig-Value (r and s of one byte each)
     */
    room = ecdsa_deterministic() ? len - 1 : 7;
    g_assert_cmpint(qcrypto_akcipher_sign(priv, digest, dlen, out, room,
                                          &err), ==, -1);
    error_free_or_abort(&err);
    /* a public key does not sign */
    g_assert_cmpint(qcrypto_akcipher_sign(pub, digest, dlen, out, max,
                                          &err), ==, -1);
    error_free_or_abort(&err);
    /* ECDSA does not encrypt */
    g_assert_cmpint(qcrypto_akcipher_encrypt(pub, digest, dlen, out, max,
                                             &err), ==, -1);
    error_free_or_abort(&err);
}

/* Digests of 1 to 64 bytes are signed; none and longer ones are refused */
static void test_digest_lengths(const void *opaque)
{
    const ECDSAVector *v = opaque;
    g_autoptr(QCryptoAkCipher) priv = ecdsa_private(v, true);
    int max = qcrypto_akcipher_max_signature_len(priv);
    g_autofree uint8_t *out = g_malloc(max);
    uint8_t digest[65];
    size_t lens[] = { 1, 19, 20, 28, 32, 33, 48, 64 };
    Error *err = NULL;
    size_t i;
    int len;

    memset(digest, 0xa5, sizeof(digest));
    for (i = 0; i < ARRAY_SIZE(lens); i++) {
        g_autoptr(GByteArray) sig = g_byte_array_new();

        len = qcrypto_akcipher_sign(priv, digest, lens[i], out, max,
                                    &error_abort);
        g_assert_cmpint(len, >, 0);
        g_byte_array_append(sig, out, len);
        assert_verify(priv, sig, digest, lens[i], true);
        if (i + 1 == ARRAY_SIZE(lens)) {
            assert_verify(priv, sig, digest, 0, false);
            assert_verify(priv, sig, digest, 65, false);
        }
    }
    g_assert_cmpint(qcrypto_akcipher_sign(priv, digest, 0, out, max, &err),
                    ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_akcipher_sign(priv, digest, 65, out, max, &err),
                    ==, -1);
    error_free_or_abort(&err);
}

static void assert_bad_key(QCryptoECCurve curve, QCryptoAkCipherKeyType type,
                           const uint8_t *key, size_t len)
{
    Error *err = NULL;

    g_assert_null(ecdsa_new(curve, type, key, len, &err));
    error_free_or_abort(&err);
}

/* Public keys off the curve or not uncompressed; private keys that are not */
static void test_bad_keys(const void *opaque)
{
    const ECDSAVector *v = opaque;
    size_t ulen, xlen;
    g_autofree uint8_t *u = unhex(v->u, &ulen);
    g_autofree uint8_t *x = unhex(v->x, &xlen);
    g_autofree char *ones = g_strnfill(2 * xlen, 'f');
    g_autofree char *zero = g_strnfill(2 * xlen, '0');
    g_autofree char *one = g_strdup_printf("%0*d", (int)(2 * xlen), 1);
    g_autofree char *longer = g_strconcat("00", v->x, NULL);
    g_autoptr(GByteArray) der = NULL;
    const QCryptoAkCipherKeyType pub = QCRYPTO_AK_CIPHER_KEY_TYPE_PUBLIC;
    const QCryptoAkCipherKeyType priv = QCRYPTO_AK_CIPHER_KEY_TYPE_PRIVATE;

    /* the point, one coordinate changed: off the curve */
    u[ulen - 1] ^= 1;
    assert_bad_key(v->curve, pub, u, ulen);
    u[ulen - 1] ^= 1;
    /* compressed (SEC 1 2.3.3), cut short, and with a byte more */
    u[0] = 0x02;
    assert_bad_key(v->curve, pub, u, 1 + (ulen - 1) / 2);
    u[0] = 0x04;
    assert_bad_key(v->curve, pub, u, ulen - 1);
    assert_bad_key(v->curve, pub, u, 0);
    /* the right point for another curve's length */
    assert_bad_key(v->curve == QCRYPTO_EC_CURVE_NIST_P256
                   ? QCRYPTO_EC_CURVE_NIST_P384 : QCRYPTO_EC_CURVE_NIST_P256,
                   pub, u, ulen);

    /* d = 0 and d above the order */
    der = ec_private_key(zero, NULL);
    assert_bad_key(v->curve, priv, der->data, der->len);
    g_byte_array_unref(der);
    der = ec_private_key(ones, NULL);
    assert_bad_key(v->curve, priv, der->data, der->len);
    g_byte_array_unref(der);
    /* d longer than the order */
    der = ec_private_key(longer, NULL);
    assert_bad_key(v->curve, priv, der->data, der->len);
    g_byte_array_unref(der);
    /* a carried point that is not uncompressed, or not d's (1's is G) */
    der = ec_private_key(v->x, v->x);
    assert_bad_key(v->curve, priv, der->data, der->len);
    g_byte_array_unref(der);
    der = ec_private_key(one, v->u);
    assert_bad_key(v->curve, priv, der->data, der->len);
    g_byte_array_unref(der);
    /* a byte after the key; the key cut short; the public key as private */
    der = ec_private_key(v->x, v->u);
    g_byte_array_append(der, (const uint8_t *)"", 1);
    assert_bad_key(v->curve, priv, der->data, der->len);
    assert_bad_key(v->curve, priv, der->data, der->len - 2);
    assert_bad_key(v->curve, priv, u, ulen);
}

/* RFC 5915 keys of other shapes: version 2, parameters, nothing in d */
static const char *const bad_private_keys[] = {
    "",
    "3000",
    "300602010204010a",             /* version 2 */
    "3005020101040a",               /* d's length past the end */
    "3005020101040001",             /* d empty, a stray byte */
    "3003020101",                   /* no d */
    "30070201010401010500",         /* a NULL where [0] or [1] may be */
    "3080020101040101",             /* indefinite length */
};

static void test_bad_private_keys(void)
{
    size_t i, len;

    for (i = 0; i < ARRAY_SIZE(bad_private_keys); i++) {
        g_autofree uint8_t *der = unhex(bad_private_keys[i], &len);

        assert_bad_key(QCRYPTO_EC_CURVE_NIST_P256,
                       QCRYPTO_AK_CIPHER_KEY_TYPE_PRIVATE, der, len);
    }
}

/*
 * Signatures that must not verify: not a SEQUENCE of two INTEGERs, a
 * negative r, r longer than the order, r = 0, s = n (P-256's order),
 * a trailing byte
 */
static const char *const bad_signatures[] = {
    "",
    "3000",
    "30020201",
    "3006020101020101ff",
    "3006020181020101",
    "3006020100020101",
    "3006020101040101",
    "302602210100000000000000000000000000000000000000000000000000000000"
    "00000000020101",
    "3026020101022100"
    "ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551",
    "30060201010201010000",
};

static void test_bad_signatures(void)
{
    const ECDSAVector *v = &vectors[2];
    size_t dlen, i;
    g_autofree uint8_t *digest = unhex(sample_sha256, &dlen);
    g_autoptr(QCryptoAkCipher) pub = ecdsa_public(v);

    g_assert_cmpint(v->curve, ==, QCRYPTO_EC_CURVE_NIST_P256);
    for (i = 0; i < ARRAY_SIZE(bad_signatures); i++) {
        g_autoptr(GByteArray) sig = g_byte_array_new();
        size_t len;
        g_autofree uint8_t *der = unhex(bad_signatures[i], &len);

        g_byte_array_append(sig, der, len);
        assert_verify(pub, sig, digest, dlen, false);
    }
}

/* The libraries that QEMU's akcipher is built on have every NIST curve */
static bool ecdsa_expected(void)
{
#if defined(CONFIG_GCRYPT) || defined(CONFIG_GNUTLS_CRYPTO) || \
    (defined(CONFIG_NETTLE) && defined(CONFIG_HOGWEED))
    return true;
#else
    return false;
#endif
}

/* Where there is no ECDSA, a key is refused, with an error */
static void test_unsupported(void)
{
    const ECDSAVector *v = &vectors[2];
    size_t len;
    g_autofree uint8_t *u = unhex(v->u, &len);

    assert_bad_key(v->curve, QCRYPTO_AK_CIPHER_KEY_TYPE_PUBLIC, u, len);
}

int main(int argc, char **argv)
{
    static const struct {
        const char *name;
        GTestDataFunc fn;
    } per_curve[] = {
        { "verify", test_verify },
        { "sign", test_sign },
        { "digest-lengths", test_digest_lengths },
        { "bad-keys", test_bad_keys },
    };
    size_t i, j;

    g_test_init(&argc, &argv, NULL);
    for (i = 0; i < ARRAY_SIZE(vectors); i++) {
        QCryptoAkCipherOptions opts = {
            .alg = QCRYPTO_AK_CIPHER_ALGO_ECDSA,
            .u.ecdsa.curve = vectors[i].curve,
        };

        g_assert_true(qcrypto_akcipher_supports(&opts) == ecdsa_expected());
        if (!ecdsa_expected()) {
            continue;
        }
        for (j = 0; j < ARRAY_SIZE(per_curve); j++) {
            g_autofree char *path = g_strdup_printf("/crypto/ecdsa/%s/%s",
                                                    vectors[i].name,
                                                    per_curve[j].name);
            g_test_add_data_func(path, &vectors[i], per_curve[j].fn);
        }
    }
    if (ecdsa_expected()) {
        g_test_add_func("/crypto/ecdsa/bad-private-keys",
                        test_bad_private_keys);
        g_test_add_func("/crypto/ecdsa/bad-signatures", test_bad_signatures);
    } else {
        g_test_add_func("/crypto/ecdsa/unsupported", test_unsupported);
    }
    return g_test_run();
}
