/*
 * QEMU Crypto: the 3GPP confidentiality and integrity algorithms
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QCRYPTO_3GPP_H
#define QCRYPTO_3GPP_H

/**
 * QCrypto3GPPAlgo:
 * @QCRYPTO_3GPP_ALGO_KASUMI_F8: KASUMI f8 (3GPP TS 35.201); the IV is
 *     the 64-bit register COUNT || BEARER || DIRECTION || 0...0
 * @QCRYPTO_3GPP_ALGO_KASUMI_F9: KASUMI f9 (3GPP TS 35.201); the message
 *     is the padded string PS = COUNT || FRESH || MESSAGE || DIRECTION ||
 *     1 || 0...0, whole 64-bit blocks
 * @QCRYPTO_3GPP_ALGO_SNOW3G_UEA2: SNOW 3G UEA2 (ETSI/SAGE UEA2 & UIA2
 *     specification, Document 1); the IV is SNOW 3G's 128 bits, which
 *     UEA2 makes of COUNT || BEARER || DIRECTION || 0...0 twice
 * @QCRYPTO_3GPP_ALGO_ZUC_EEA3: ZUC 128-EEA3 (ETSI/SAGE 128-EEA3 &
 *     128-EIA3 specification, Document 1); the IV is ZUC's 128 bits, made
 *     the same way
 *
 * None of QEMU's crypto libraries has these; they come from Intel's
 * ipsec-mb where it is built in.  Lengths are whole bytes: a message of
 * LENGTH bits is the leading LENGTH bits of ceil(LENGTH / 8) bytes, and
 * the ciphers' output bits beyond LENGTH are keystream the caller ignores.
 */
typedef enum QCrypto3GPPAlgo {
    QCRYPTO_3GPP_ALGO_KASUMI_F8,
    QCRYPTO_3GPP_ALGO_KASUMI_F9,
    QCRYPTO_3GPP_ALGO_SNOW3G_UEA2,
    QCRYPTO_3GPP_ALGO_ZUC_EEA3,
    QCRYPTO_3GPP_ALGO__MAX,
} QCrypto3GPPAlgo;

/* Every one of them takes a 128-bit key */
#define QCRYPTO_3GPP_KEY_LEN 16
/* KASUMI f9's MAC-I */
#define QCRYPTO_3GPP_MAC_LEN 4

typedef struct QCrypto3GPP QCrypto3GPP;

/**
 * qcrypto_3gpp_supports:
 * @alg: the algorithm
 *
 * Returns: true if this build, on this CPU, can run @alg
 */
bool qcrypto_3gpp_supports(QCrypto3GPPAlgo alg);

/**
 * qcrypto_3gpp_iv_len:
 * @alg: the algorithm
 *
 * Returns: the length of @alg's IV: 8 for KASUMI f8, 16 for SNOW 3G and
 * ZUC, 0 for KASUMI f9 (its COUNT and FRESH are in the message)
 */
size_t qcrypto_3gpp_iv_len(QCrypto3GPPAlgo alg);

/**
 * qcrypto_3gpp_max_len:
 * @alg: the algorithm
 *
 * Returns: the longest message @alg takes, in bytes: 2500 for KASUMI
 * (TS 35.201's 20000 bits), 8188 for ZUC (65504 bits, ipsec-mb's
 * limit), 2^29 - 1 for SNOW 3G
 */
size_t qcrypto_3gpp_max_len(QCrypto3GPPAlgo alg);

/**
 * qcrypto_3gpp_new:
 * @alg: the algorithm
 * @key: the key
 * @nkey: its length, QCRYPTO_3GPP_KEY_LEN
 * @errp: pointer to a NULL-initialized error object
 *
 * The key is scheduled here, once.
 *
 * Returns: a new context, or NULL on error
 */
QCrypto3GPP *qcrypto_3gpp_new(QCrypto3GPPAlgo alg, const uint8_t *key,
                              size_t nkey, Error **errp);

/**
 * qcrypto_3gpp_crypt:
 * @ctx: a KASUMI f8, SNOW 3G UEA2 or ZUC EEA3 context
 * @iv: the IV
 * @niv: its length, qcrypto_3gpp_iv_len()
 * @in: the input
 * @out: the output, which may be @in
 * @len: their length, 0 to qcrypto_3gpp_max_len()
 * @errp: pointer to a NULL-initialized error object
 *
 * XOR the keystream of @iv onto @in: this encrypts and decrypts.  @ctx
 * is only read, so several threads may use it at once.
 *
 * Returns: 0 on success, -1 on error (a bad IV or length)
 */
int qcrypto_3gpp_crypt(const QCrypto3GPP *ctx, const uint8_t *iv,
                       size_t niv, const uint8_t *in, uint8_t *out,
                       size_t len, Error **errp);

/**
 * qcrypto_3gpp_macv:
 * @ctx: a KASUMI f9 context
 * @iov: the padded string PS, in pieces of any length
 * @niov: the number of pieces
 * @out: where the MAC goes
 * @out_len: how much of it: 1 to QCRYPTO_3GPP_MAC_LEN, the leading bytes
 * @errp: pointer to a NULL-initialized error object
 *
 * PS is at least two 64-bit blocks (COUNT || FRESH, then DIRECTION and
 * the padding) and at most qcrypto_3gpp_max_len() bytes.  @ctx is only
 * read, so several threads may use it at once.
 *
 * Returns: 0 on success, -1 on error (PS not whole blocks, too short or
 * too long, a bad @out_len)
 */
int qcrypto_3gpp_macv(const QCrypto3GPP *ctx, const struct iovec *iov,
                      size_t niov, uint8_t *out, size_t out_len,
                      Error **errp);

/**
 * qcrypto_3gpp_free:
 * @ctx: the context, or NULL
 *
 * Frees @ctx; its key schedule is wiped.
 */
void qcrypto_3gpp_free(QCrypto3GPP *ctx);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QCrypto3GPP, qcrypto_3gpp_free)

#endif /* QCRYPTO_3GPP_H */
