/*
 * QEMU Crypto ECDSA keys and signatures
 *
 * The encodings every library driver shares: keys as SEC 1 and RFC 5915
 * give them, signatures as RFC 3279 does.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "der.h"
#include "ecdsakey.h"

/* A DER INTEGER of the longest order here: a sign byte, then the order */
#define ECDSA_MAX_INT_LEN (1 + QCRYPTO_ECDSA_MAX_CURVE_LEN)

size_t qcrypto_ecdsa_curve_len(QCryptoECCurve curve)
{
    switch (curve) {
    case QCRYPTO_EC_CURVE_NIST_P192:
        return 24;
    case QCRYPTO_EC_CURVE_NIST_P224:
        return 28;
    case QCRYPTO_EC_CURVE_NIST_P256:
        return 32;
    case QCRYPTO_EC_CURVE_NIST_P384:
        return 48;
    case QCRYPTO_EC_CURVE_NIST_P521:
        return QCRYPTO_ECDSA_MAX_CURVE_LEN;
    default:
        g_assert_not_reached();
    }
}

size_t qcrypto_ecdsa_max_sig_len(QCryptoECCurve curve)
{
    /* two INTEGERs of a sign byte and the order's bytes */
    size_t inner = 2 * (2 + 1 + qcrypto_ecdsa_curve_len(curve));

    return (inner > 127 ? 3 : 2) + inner;
}

static int ecdsa_save(void *opaque, const uint8_t *value, size_t vlen,
                      Error **errp)
{
    QCryptoECDSABytes *b = opaque;

    b->data = value;
    b->len = vlen;
    return 0;
}

/* SEC 1 2.3.3: 0x04 || X || Y, each of the curve's length */
static int ecdsa_point_parse(size_t curve_len, const uint8_t *p, size_t len,
                             QCryptoECDSAKey *out, Error **errp)
{
    if (len != 1 + 2 * curve_len || p[0] != 0x04) {
        error_setg(errp, "ECDSA public key is not an uncompressed point");
        return -1;
    }
    out->x.data = p + 1;
    out->y.data = p + 1 + curve_len;
    out->x.len = out->y.len = curve_len;
    return 0;
}

/*
 * RFC 5915 3:
 * ECPrivateKey ::= SEQUENCE {
 *     version        INTEGER { ecPrivkeyVer1(1) },
 *     privateKey     OCTET STRING,
 *     parameters [0] ECParameters {{ NamedCurve }} OPTIONAL,
 *     publicKey  [1] BIT STRING OPTIONAL
 * }
 * The curve is the caller's: parameters are skipped.
 */
static int ecdsa_private_parse(size_t curve_len, const uint8_t *key,
                               size_t keylen, QCryptoECDSAKey *out,
                               Error **errp)
{
    QCryptoECDSABytes seq, version, tagged, bits;
    const uint8_t *p;
    size_t n;

    if (qcrypto_der_decode_seq(&key, &keylen, ecdsa_save, &seq, errp) < 0) {
        return -1;
    }
    p = seq.data;
    n = seq.len;
    if (keylen ||
        qcrypto_der_decode_int(&p, &n, ecdsa_save, &version, errp) < 0 ||
        version.len != 1 || version.data[0] != 1 ||
        qcrypto_der_decode_octet_str(&p, &n, ecdsa_save, &out->d, errp) < 0 ||
        !out->d.len || out->d.len > curve_len) {
        goto bad;
    }
    if (n && p[0] == 0xa0 &&
        qcrypto_der_decode_ctx_tag(&p, &n, 0, NULL, NULL, errp) < 0) {
        return -1;
    }
    if (n && p[0] == 0xa1) {
        const uint8_t *bp;
        size_t bn;

        if (qcrypto_der_decode_ctx_tag(&p, &n, 1, ecdsa_save, &tagged,
                                       errp) < 0) {
            return -1;
        }
        bp = tagged.data;
        bn = tagged.len;
        if (qcrypto_der_decode_bit_str(&bp, &bn, ecdsa_save, &bits,
                                       errp) < 0) {
            return -1;
        }
        /* a whole number of bytes: no unused bits */
        if (bn || bits.len < 1 || bits.data[0] ||
            ecdsa_point_parse(curve_len, bits.data + 1, bits.len - 1, out,
                              errp) < 0) {
            goto bad;
        }
    }
    if (n) {
        goto bad;
    }
    return 0;

bad:
    /* the decoders set no error for what parses but is not a key */
    if (errp && !*errp) {
        error_setg(errp, "ECDSA private key is not an ECPrivateKey");
    }
    return -1;
}

int qcrypto_ecdsa_key_parse(QCryptoECCurve curve, QCryptoAkCipherKeyType type,
                            const uint8_t *key, size_t keylen,
                            QCryptoECDSAKey *out, Error **errp)
{
    size_t curve_len = qcrypto_ecdsa_curve_len(curve);

    memset(out, 0, sizeof(*out));
    switch (type) {
    case QCRYPTO_AK_CIPHER_KEY_TYPE_PRIVATE:
        return ecdsa_private_parse(curve_len, key, keylen, out, errp);
    case QCRYPTO_AK_CIPHER_KEY_TYPE_PUBLIC:
        return ecdsa_point_parse(curve_len, key, keylen, out, errp);
    default:
        error_setg(errp, "Unknown ECDSA key type %d", type);
        return -1;
    }
}

/* An INTEGER of the signature: positive, at most the order's length */
static bool ecdsa_sig_int(size_t curve_len, QCryptoECDSABytes *v)
{
    if (!v->len || v->data[0] & 0x80) {
        return false;
    }
    while (v->len > 1 && !v->data[0]) {
        v->data++;
        v->len--;
    }
    return v->len <= curve_len;
}

int qcrypto_ecdsa_sig_parse(QCryptoECCurve curve,
                            const uint8_t *sig, size_t sig_len,
                            QCryptoECDSABytes *r, QCryptoECDSABytes *s,
                            Error **errp)
{
    size_t curve_len = qcrypto_ecdsa_curve_len(curve);
    QCryptoECDSABytes seq;
    const uint8_t *p;
    size_t n;

    if (qcrypto_der_decode_seq(&sig, &sig_len, ecdsa_save, &seq, errp) < 0) {
        return -1;
    }
    p = seq.data;
    n = seq.len;
    if (qcrypto_der_decode_int(&p, &n, ecdsa_save, r, errp) < 0 ||
        qcrypto_der_decode_int(&p, &n, ecdsa_save, s, errp) < 0) {
        return -1;
    }
    if (sig_len || n ||
        !ecdsa_sig_int(curve_len, r) || !ecdsa_sig_int(curve_len, s)) {
        error_setg(errp, "ECDSA signature is not an ECDSA-Sig-Value");
        return -1;
    }
    return 0;
}

/* @v as a DER INTEGER's value: no leading zeros but a sign byte */
static size_t ecdsa_der_int(const QCryptoECDSABytes *v,
                            uint8_t out[ECDSA_MAX_INT_LEN])
{
    const uint8_t *d = v->data;
    size_t len = v->len;
    size_t sign;

    while (len > 1 && !d[0]) {
        d++;
        len--;
    }
    sign = d[0] & 0x80 ? 1 : 0;
    g_assert(len && len + sign <= ECDSA_MAX_INT_LEN);
    out[0] = 0;
    memcpy(out + sign, d, len);
    return len + sign;
}

int qcrypto_ecdsa_sig_encode(const QCryptoECDSABytes *r,
                             const QCryptoECDSABytes *s,
                             uint8_t *out, size_t out_len, Error **errp)
{
    /* the encoder keeps pointers to the values until it flushes */
    uint8_t rbuf[ECDSA_MAX_INT_LEN], sbuf[ECDSA_MAX_INT_LEN];
    uint8_t der[3 + 2 * (2 + ECDSA_MAX_INT_LEN)];
    QCryptoEncodeContext *ctx = qcrypto_der_encode_ctx_new();
    size_t len;

    qcrypto_der_encode_seq_begin(ctx);
    qcrypto_der_encode_int(ctx, rbuf, ecdsa_der_int(r, rbuf));
    qcrypto_der_encode_int(ctx, sbuf, ecdsa_der_int(s, sbuf));
    qcrypto_der_encode_seq_end(ctx);
    len = qcrypto_der_encode_ctx_buffer_len(ctx);
    g_assert(len <= sizeof(der));
    qcrypto_der_encode_ctx_flush_and_free(ctx, der);
    if (len > out_len) {
        error_setg(errp, "ECDSA signature needs %zu bytes, not %zu",
                   len, out_len);
        return -1;
    }
    memcpy(out, der, len);
    return len;
}

int qcrypto_ecdsa_digest_check(size_t len, Error **errp)
{
    if (!len || len > QCRYPTO_ECDSA_MAX_DIGEST_LEN) {
        error_setg(errp, "ECDSA digest of %zu bytes, not 1 to %d",
                   len, QCRYPTO_ECDSA_MAX_DIGEST_LEN);
        return -1;
    }
    return 0;
}

int qcrypto_ecdsa_no_crypt(QCryptoAkCipher *akcipher,
                           const void *in, size_t in_len,
                           void *out, size_t out_len, Error **errp)
{
    error_setg(errp, "ECDSA neither encrypts nor decrypts");
    return -1;
}
