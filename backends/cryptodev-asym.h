/*
 * The asymmetric algorithms of the builtin cryptodev backend
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef BACKENDS_CRYPTODEV_ASYM_H
#define BACKENDS_CRYPTODEV_ASYM_H

#include "system/cryptodev.h"

/* A session's key, parsed once, used per request */
typedef struct CryptoDevAsymSession CryptoDevAsymSession;

/*
 * Add to @conf the AKCIPHER service and the algorithms (RSA, ECDSA) that
 * QEMU's crypto API can run in this build.
 */
void cryptodev_asym_probe(CryptoDevBackendConf *conf);

/*
 * Prepare an RSA or ECDSA session.  Returns a VIRTIO_CRYPTO_* status:
 * NOTSUPP for a padding, hash, curve or key type this build does not
 * run, ERR for a key that does not parse.
 */
int cryptodev_asym_session_new(const CryptoDevBackendAsymSessionInfo *info,
                               CryptoDevAsymSession **sess);

/* Free a session, NULL or not */
void cryptodev_asym_session_free(CryptoDevAsymSession *sess);

/*
 * Run one request on @sess; safe from several threads at once.  Returns a
 * VIRTIO_CRYPTO_* status: KEY_REJECTED for a signature that does not
 * verify.  An encryption, decryption or signature shrinks @op's dst_len
 * to the bytes it wrote.
 */
int cryptodev_asym_run(CryptoDevAsymSession *sess, uint32_t op_code,
                       CryptoDevBackendAsymOpInfo *op);

#endif /* BACKENDS_CRYPTODEV_ASYM_H */
