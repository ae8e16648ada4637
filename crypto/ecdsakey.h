/*
 * QEMU Crypto ECDSA keys and signatures
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QCRYPTO_ECDSAKEY_H
#define QCRYPTO_ECDSAKEY_H

#include "qapi/qapi-types-crypto.h"
#include "crypto/akcipher.h"

/*
 * The longest digest signed: SHA-512's.  Only the leftmost bits of a
 * digest, as many as the curve's order has, enter a signature (FIPS
 * 186-5 6.4.1), and no curve here has more than 521.
 */
#define QCRYPTO_ECDSA_MAX_DIGEST_LEN 64

/* Bytes of the longest order and field element here: P-521's */
#define QCRYPTO_ECDSA_MAX_CURVE_LEN 66

/* Bytes of an unsigned big-endian integer, inside the caller's buffer */
typedef struct QCryptoECDSABytes {
    const uint8_t *data;
    size_t len;
} QCryptoECDSABytes;

/*
 * A key: the private scalar d, and the public point's coordinates, each
 * as many bytes as the curve's field elements.  A public key has no d; a
 * private key has the point only when its encoding carries it.
 */
typedef struct QCryptoECDSAKey {
    QCryptoECDSABytes d;
    QCryptoECDSABytes x;
    QCryptoECDSABytes y;
} QCryptoECDSAKey;

/**
 * qcrypto_ecdsa_curve_len:
 * @curve: a NIST prime curve
 *
 * Returns: the bytes of @curve's field elements, which are also those of
 * its order.
 */
size_t qcrypto_ecdsa_curve_len(QCryptoECCurve curve);

/**
 * qcrypto_ecdsa_key_parse:
 * @curve: the curve of the key
 * @type: private or public
 * @key: a private key as an RFC 5915 ECPrivateKey, a public one as the
 *       uncompressed point of SEC 1 2.3.3 (0x04 || X || Y)
 * @keylen: length of @key
 * @out: the key's parts, pointing into @key
 * @errp: error pointer
 *
 * Returns: 0, or -1 for a key that does not parse.  Whether the point is
 * on the curve and the scalar in range is the library's to check.
 */
int qcrypto_ecdsa_key_parse(QCryptoECCurve curve, QCryptoAkCipherKeyType type,
                            const uint8_t *key, size_t keylen,
                            QCryptoECDSAKey *out, Error **errp);

/**
 * qcrypto_ecdsa_sig_parse:
 * @curve: the curve of the key
 * @sig: an ECDSA-Sig-Value (RFC 3279 2.2.3): SEQUENCE { r, s }
 * @sig_len: length of @sig
 * @r: r without leading zeros, pointing into @sig
 * @s: s, likewise
 * @errp: error pointer
 *
 * Returns: 0, or -1 for a signature that does not parse or whose r or s
 * is longer than @curve's order.
 */
int qcrypto_ecdsa_sig_parse(QCryptoECCurve curve,
                            const uint8_t *sig, size_t sig_len,
                            QCryptoECDSABytes *r, QCryptoECDSABytes *s,
                            Error **errp);

/**
 * qcrypto_ecdsa_sig_encode:
 * @r: r as an unsigned big-endian integer
 * @s: s, likewise
 * @out: where the ECDSA-Sig-Value goes
 * @out_len: room in @out
 * @errp: error pointer
 *
 * Returns: the length of the signature, or -1 if @out is too short.
 */
int qcrypto_ecdsa_sig_encode(const QCryptoECDSABytes *r,
                             const QCryptoECDSABytes *s,
                             uint8_t *out, size_t out_len, Error **errp);

/**
 * qcrypto_ecdsa_max_sig_len:
 * @curve: a NIST prime curve
 *
 * Returns: the length of the longest ECDSA-Sig-Value on @curve.
 */
size_t qcrypto_ecdsa_max_sig_len(QCryptoECCurve curve);

/**
 * qcrypto_ecdsa_digest_check:
 * @len: the length of a digest to sign or verify
 * @errp: error pointer
 *
 * Returns: 0 for 1 to QCRYPTO_ECDSA_MAX_DIGEST_LEN bytes, else -1.
 */
int qcrypto_ecdsa_digest_check(size_t len, Error **errp);

/**
 * qcrypto_ecdsa_no_crypt:
 *
 * Every driver's encrypt and decrypt for ECDSA, which has neither: sets
 * an error.
 *
 * Returns: -1
 */
int qcrypto_ecdsa_no_crypt(QCryptoAkCipher *akcipher,
                           const void *in, size_t in_len,
                           void *out, size_t out_len, Error **errp);

#endif /* QCRYPTO_ECDSAKEY_H */
