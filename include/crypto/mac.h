/*
 * QEMU Crypto MACs built on a block cipher
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QCRYPTO_MAC_H
#define QCRYPTO_MAC_H

#include "crypto/cipher.h"

/**
 * QCryptoMacAlgo:
 * @QCRYPTO_MAC_ALGO_CMAC: CMAC (NIST SP 800-38B; RFC 4493 for AES-128),
 *     on AES or 3DES
 * @QCRYPTO_MAC_ALGO_XCBC: AES-XCBC-MAC (RFC 3566), on AES-128
 * @QCRYPTO_MAC_ALGO_CBC_MAC: CBC-MAC with a zero IV, on AES: the
 *     message is whole blocks (none gives the zero block)
 *
 * These MACs are written once, over the cipher API, so every crypto
 * library that has the block cipher has them.
 */
typedef enum QCryptoMacAlgo {
    QCRYPTO_MAC_ALGO_CMAC,
    QCRYPTO_MAC_ALGO_XCBC,
    QCRYPTO_MAC_ALGO_CBC_MAC,
} QCryptoMacAlgo;

typedef struct QCryptoMac QCryptoMac;

/**
 * qcrypto_mac_supports:
 * @alg: the MAC
 * @cipher: the block cipher it runs on
 *
 * Returns: true if this build can compute @alg on @cipher
 */
bool qcrypto_mac_supports(QCryptoMacAlgo alg, QCryptoCipherAlgo cipher);

/**
 * qcrypto_mac_new:
 * @alg: the MAC
 * @cipher: the block cipher; @nkey must be its key length
 * @key: the key
 * @nkey: its length
 * @errp: pointer to a NULL-initialized error object
 *
 * The subkeys are derived here, once.  A QCryptoMac is used by one
 * thread at a time.
 *
 * Returns: a new MAC context, or NULL on error
 */
QCryptoMac *qcrypto_mac_new(QCryptoMacAlgo alg, QCryptoCipherAlgo cipher,
                            const uint8_t *key, size_t nkey, Error **errp);

/**
 * qcrypto_mac_get_len:
 * @mac: the MAC context
 *
 * Returns: the length of a whole MAC, the cipher's block length
 */
size_t qcrypto_mac_get_len(QCryptoMac *mac);

/**
 * qcrypto_mac_bytesv:
 * @mac: the MAC context
 * @iov: the message, in pieces of any length
 * @niov: the number of pieces
 * @out: where the MAC goes
 * @out_len: how much of it: 1 to qcrypto_mac_get_len(), the leading
 *     bytes of a truncated MAC
 * @errp: pointer to a NULL-initialized error object
 *
 * Returns: 0 on success, -1 on error (a CBC-MAC message that is not whole
 * blocks, a bad @out_len, a failure of the cipher)
 */
int qcrypto_mac_bytesv(QCryptoMac *mac, const struct iovec *iov, size_t niov,
                       uint8_t *out, size_t out_len, Error **errp);

/**
 * qcrypto_mac_free:
 * @mac: the MAC context, or NULL
 *
 * Frees @mac; its keys are wiped.
 */
void qcrypto_mac_free(QCryptoMac *mac);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QCryptoMac, qcrypto_mac_free)

#endif /* QCRYPTO_MAC_H */
