/*
 * ECDSA of the builtin cryptodev backend, on libgcrypt
 *
 * Keys and signatures travel as the virtio-crypto specification gives
 * them: a private key is a DER ECPrivateKey (RFC 5915), a public key the
 * bare ECPoint (0x04 || X || Y), a signature a DER ECDSA-Sig-Value
 * (RFC 3279).
 * A digest whose length names a SHA-1/SHA-2 hash is signed with the
 * deterministic nonce of RFC 6979.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "standard-headers/linux/virtio_crypto.h"
#include "cryptodev-ecdsa.h"
#include <gcrypt.h>

#define DER_INTEGER 0x02
#define DER_BIT_STRING 0x03
#define DER_OCTET_STRING 0x04
#define DER_SEQUENCE 0x30
#define DER_CONTEXT_1 0xa1

/*
 * Bounds of what reaches libgcrypt, whose S-expressions cannot hold more
 * than 64 KiB in one value: a guest must not be able to get near that.
 * A digest is at most as long as SHA-512's, the longest hash the NIST
 * curves are used with; scalars and points are at most P-521's, a DER
 * INTEGER with one leading zero byte.
 */
#define ECDSA_MAX_DIGEST_LEN 64
#define ECDSA_MAX_SCALAR_LEN 66
#define ECDSA_MAX_POINT_LEN (1 + 2 * ECDSA_MAX_SCALAR_LEN)
#define ECDSA_MAX_DER_INTEGER_LEN (ECDSA_MAX_SCALAR_LEN + 1)

struct CryptoDevEcdsaKey {
    gcry_sexp_t key;            /* private or public key for libgcrypt */
    bool private;
    size_t order_len;           /* bytes of the curve's order */
};

typedef struct EcdsaCurve {
    uint32_t id;                /* VIRTIO_CRYPTO_CURVE_* */
    const char *name;           /* libgcrypt's */
    size_t order_len;
} EcdsaCurve;

static const EcdsaCurve curves[] = {
    { VIRTIO_CRYPTO_CURVE_NIST_P192, "NIST P-192", 24 },
    { VIRTIO_CRYPTO_CURVE_NIST_P224, "NIST P-224", 28 },
    { VIRTIO_CRYPTO_CURVE_NIST_P256, "NIST P-256", 32 },
    { VIRTIO_CRYPTO_CURVE_NIST_P384, "NIST P-384", 48 },
    { VIRTIO_CRYPTO_CURVE_NIST_P521, "NIST P-521", 66 },
};

static const EcdsaCurve *curve_find(uint32_t curve_id)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(curves); i++) {
        if (curves[i].id == curve_id) {
            return &curves[i];
        }
    }
    return NULL;
}

bool cryptodev_ecdsa_available(void)
{
    gcry_sexp_t key;
    gcry_error_t err;

    /* the smallest curve is the likeliest to be left out of a build */
    err = gcry_sexp_build(&key, NULL, "(public-key(ecc(curve %s)))",
                          curves[0].name);
    if (err) {
        return false;
    }
    err = gcry_pk_get_nbits(key) ? 0 : GPG_ERR_UNKNOWN_CURVE;
    gcry_sexp_release(key);
    return !err;
}

/* A DER element: tag, then its value; advances *@p past it */
typedef struct DerItem {
    uint8_t tag;
    const uint8_t *val;
    size_t len;
} DerItem;

static bool der_next(const uint8_t **p, const uint8_t *end, DerItem *it)
{
    size_t len, n;

    if (end - *p < 2) {
        return false;
    }
    it->tag = *(*p)++;
    len = *(*p)++;
    if (len & 0x80) {
        n = len & 0x7f;
        /* lengths of at most 3 bytes: no key or signature is longer */
        if (n < 1 || n > 3 || end - *p < n) {
            return false;
        }
        for (len = 0; n; n--) {
            len = len << 8 | *(*p)++;
        }
    }
    if (end - *p < len) {
        return false;
    }
    it->val = *p;
    it->len = len;
    *p += len;
    return true;
}

/* RFC 5915: SEQUENCE { 1, OCTET STRING d, [0] params, [1] publicKey } */
static bool parse_private_key(const uint8_t *der, size_t len, DerItem *d,
                              DerItem *q)
{
    const uint8_t *p = der, *end = der + len, *sp, *send;
    DerItem seq, it;

    if (!der_next(&p, end, &seq) || seq.tag != DER_SEQUENCE || p != end) {
        return false;
    }
    sp = seq.val;
    send = seq.val + seq.len;
    if (!der_next(&sp, send, &it) || it.tag != DER_INTEGER ||
        it.len != 1 || it.val[0] != 1 ||
        !der_next(&sp, send, d) || d->tag != DER_OCTET_STRING || !d->len ||
        d->len > ECDSA_MAX_SCALAR_LEN) {
        return false;
    }
    q->len = 0;
    while (sp < send) {
        if (!der_next(&sp, send, &it)) {
            return false;
        }
        if (it.tag == DER_CONTEXT_1) {
            const uint8_t *bp = it.val;

            /* BIT STRING: a byte of unused bits (0), then the point */
            if (!der_next(&bp, it.val + it.len, q) ||
                q->tag != DER_BIT_STRING || q->len < 2 || q->val[0] ||
                q->len - 1 > ECDSA_MAX_POINT_LEN) {
                return false;
            }
            q->val++;
            q->len--;
        }
    }
    return true;
}

/* A public key's point must lie on its curve */
static bool point_on_curve(gcry_sexp_t key)
{
    gcry_ctx_t ctx;
    gcry_mpi_point_t q;
    bool ok;

    if (gcry_mpi_ec_new(&ctx, key, NULL)) {
        return false;
    }
    q = gcry_mpi_ec_get_point("q", ctx, 1);
    ok = q && gcry_mpi_ec_curve_point(q, ctx);
    gcry_mpi_point_release(q);
    gcry_ctx_release(ctx);
    return ok;
}

int cryptodev_ecdsa_key_new(uint32_t curve_id, uint32_t key_type,
                            const uint8_t *key, size_t key_len,
                            CryptoDevEcdsaKey **keyp)
{
    const EcdsaCurve *c = curve_find(curve_id);
    const char *curve;
    CryptoDevEcdsaKey *k;
    DerItem d, q;
    gcry_error_t err;

    if (!c) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    curve = c->name;
    k = g_new0(CryptoDevEcdsaKey, 1);
    k->order_len = c->order_len;
    switch (key_type) {
    case VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE:
        if (!parse_private_key(key, key_len, &d, &q)) {
            goto bad_key;
        }
        k->private = true;
        err = q.len
            ? gcry_sexp_build(&k->key, NULL,
                              "(private-key(ecc(curve %s)(d %b)(q %b)))",
                              curve, (int)d.len, d.val, (int)q.len, q.val)
            : gcry_sexp_build(&k->key, NULL,
                              "(private-key(ecc(curve %s)(d %b)))",
                              curve, (int)d.len, d.val);
        break;
    case VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC:
        /* the ECPoint's value alone */
        if (!key_len || key_len > ECDSA_MAX_POINT_LEN) {
            goto bad_key;
        }
        err = gcry_sexp_build(&k->key, NULL,
                              "(public-key(ecc(curve %s)(q %b)))",
                              curve, (int)key_len, key);
        break;
    default:
        g_free(k);
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    if (err || (!k->private && !point_on_curve(k->key))) {
        goto bad_key;
    }
    *keyp = k;
    return VIRTIO_CRYPTO_OK;

bad_key:
    cryptodev_ecdsa_key_free(k);
    return VIRTIO_CRYPTO_ERR;
}

void cryptodev_ecdsa_key_free(CryptoDevEcdsaKey *k)
{
    /* libgcrypt wipes secure S-expressions it releases */
    gcry_sexp_release(k->key);
    g_free(k);
}

/* The hash whose digest is @len bytes, for RFC 6979 nonces */
static const char *hash_of_len(size_t len)
{
    switch (len) {
    case 20:
        return "sha1";
    case 28:
        return "sha224";
    case 32:
        return "sha256";
    case 48:
        return "sha384";
    case 64:
        return "sha512";
    default:
        return NULL;
    }
}

/*
 * @digest as the integer ECDSA signs: its leftmost bits, as many as the
 * curve's order has.  The order of every curve but P-521 is whole bytes,
 * and P-521's is longer than any digest we take, so whole bytes suffice.
 * libgcrypt truncates a raw value by its bit length, which leading zero
 * bits shorten: it must not be left to do it.
 */
static gcry_error_t ecdsa_raw_digest(const CryptoDevEcdsaKey *k,
                                     const uint8_t *digest, size_t digest_len,
                                     gcry_sexp_t *data)
{
    return gcry_sexp_build(data, NULL, "(data(flags raw)(value %b))",
                           (int)MIN(digest_len, k->order_len), digest);
}

/* Append a DER INTEGER of the unsigned big-endian @v */
static void der_put_integer(GByteArray *out, const uint8_t *v, size_t len)
{
    uint8_t hdr[3] = { DER_INTEGER };

    while (len > 1 && !v[0]) {
        v++;
        len--;
    }
    /* a set top bit would read as negative: lead with a zero */
    hdr[1] = len + (v[0] & 0x80 ? 1 : 0);
    g_byte_array_append(out, hdr, 2);
    if (v[0] & 0x80) {
        g_byte_array_append(out, &hdr[2], 1);
    }
    g_byte_array_append(out, v, len);
}

static bool sexp_mpi_bytes(gcry_sexp_t sig, const char *name, uint8_t **buf,
                           size_t *len)
{
    gcry_sexp_t t = gcry_sexp_find_token(sig, name, 0);

    *buf = t ? gcry_sexp_nth_buffer(t, 1, len) : NULL;
    gcry_sexp_release(t);
    return *buf != NULL;
}

int cryptodev_ecdsa_sign(CryptoDevEcdsaKey *k, const uint8_t *digest,
                         size_t digest_len, uint8_t *sig, size_t *sig_len)
{
    const char *hash = hash_of_len(digest_len);
    gcry_sexp_t data = NULL, res = NULL;
    uint8_t *r = NULL, *s = NULL;
    size_t rlen, slen, hdr_len;
    g_autoptr(GByteArray) inner = g_byte_array_new();
    int ret = VIRTIO_CRYPTO_ERR;

    if (!k->private || !digest_len || digest_len > ECDSA_MAX_DIGEST_LEN) {
        return VIRTIO_CRYPTO_ERR;
    }
    if ((hash ? gcry_sexp_build(&data, NULL,
                                "(data(flags rfc6979)(hash %s %b))", hash,
                                (int)digest_len, digest)
              : ecdsa_raw_digest(k, digest, digest_len, &data)) ||
        gcry_pk_sign(&res, data, k->key) ||
        !sexp_mpi_bytes(res, "r", &r, &rlen) ||
        !sexp_mpi_bytes(res, "s", &s, &slen)) {
        goto out;
    }
    der_put_integer(inner, r, rlen);
    der_put_integer(inner, s, slen);
    /* SEQUENCE { r, s }: up to 2 * 69 bytes (P-521), so 1 or 2 length bytes */
    hdr_len = inner->len > 127 ? 3 : 2;
    if (inner->len + hdr_len > *sig_len) {
        goto out;
    }
    sig[0] = DER_SEQUENCE;
    if (hdr_len == 3) {
        sig[1] = 0x81;
    }
    sig[hdr_len - 1] = inner->len;
    memcpy(sig + hdr_len, inner->data, inner->len);
    *sig_len = inner->len + hdr_len;
    ret = VIRTIO_CRYPTO_OK;
out:
    gcry_free(r);
    gcry_free(s);
    gcry_sexp_release(data);
    gcry_sexp_release(res);
    return ret;
}

int cryptodev_ecdsa_verify(CryptoDevEcdsaKey *k, const uint8_t *sig,
                           size_t sig_len, const uint8_t *digest,
                           size_t digest_len)
{
    const uint8_t *p = sig, *end = sig + sig_len, *sp;
    gcry_sexp_t s_sig = NULL, data = NULL;
    DerItem seq, r, s;
    gcry_error_t err;

    if (!digest_len || digest_len > ECDSA_MAX_DIGEST_LEN) {
        return VIRTIO_CRYPTO_ERR;
    }
    /* a signature that does not even parse does not verify */
    if (!der_next(&p, end, &seq) || seq.tag != DER_SEQUENCE || p != end) {
        return VIRTIO_CRYPTO_KEY_REJECTED;
    }
    sp = seq.val;
    if (!der_next(&sp, seq.val + seq.len, &r) || r.tag != DER_INTEGER ||
        !der_next(&sp, seq.val + seq.len, &s) || s.tag != DER_INTEGER ||
        sp != seq.val + seq.len || !r.len || !s.len ||
        r.len > ECDSA_MAX_DER_INTEGER_LEN ||
        s.len > ECDSA_MAX_DER_INTEGER_LEN) {
        /* no curve of ours has so long an r or s */
        return VIRTIO_CRYPTO_KEY_REJECTED;
    }
    if (gcry_sexp_build(&s_sig, NULL, "(sig-val(ecdsa(r %b)(s %b)))",
                        (int)r.len, r.val, (int)s.len, s.val) ||
        ecdsa_raw_digest(k, digest, digest_len, &data)) {
        gcry_sexp_release(s_sig);
        return VIRTIO_CRYPTO_ERR;
    }
    err = gcry_pk_verify(s_sig, data, k->key);
    gcry_sexp_release(s_sig);
    gcry_sexp_release(data);
    if (gcry_err_code(err) == GPG_ERR_BAD_SIGNATURE) {
        return VIRTIO_CRYPTO_KEY_REJECTED;
    }
    return err ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
}
