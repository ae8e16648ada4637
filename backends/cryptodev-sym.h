/*
 * The symmetric algorithms of the builtin cryptodev backend
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef BACKENDS_CRYPTODEV_SYM_H
#define BACKENDS_CRYPTODEV_SYM_H

#include "system/cryptodev.h"

/* The largest keys and results the table allows */
#define CRYPTODEV_SYM_MAX_AUTH_KEY_LEN 512
/*
 * SHAKE's output may be as long as the driver asks: the device's max_size
 * bounds each request's results anyway
 */
#define CRYPTODEV_SYM_MAX_SHAKE_LEN (16 * 1024 * 1024)

/* A session's prepared contexts: keys scheduled once, used per request */
typedef struct CryptoDevSymSession CryptoDevSymSession;

/*
 * Set the services, algorithm masks and key limits of @conf to what the
 * table offers and QEMU's crypto API can run in this build.
 */
void cryptodev_sym_probe(CryptoDevBackendConf *conf);

/*
 * Closed sessions kept so that new sessions of the same algorithms re-key
 * their contexts instead of making them; safe from several threads
 */
typedef struct CryptoDevSymSpares CryptoDevSymSpares;

CryptoDevSymSpares *cryptodev_sym_spares_new(void);

/* Free @spares and the sessions it keeps */
void cryptodev_sym_spares_free(CryptoDevSymSpares *spares);

/*
 * Prepare a cipher, chain, hash, MAC or AEAD session (@info->op_code is the
 * create-session opcode of its service), from a spare of @spares if one
 * fits (@spares may be NULL).  Returns a VIRTIO_CRYPTO_* status: NOTSUPP
 * for an algorithm, key, IV, digest or tag size the table or this build
 * does not allow.
 */
int cryptodev_sym_session_new(const CryptoDevBackendSessionInfo *info,
                              CryptoDevSymSpares *spares,
                              CryptoDevSymSession **sess);

/* Done with a session: keep it in @spares (may be NULL), or free it */
void cryptodev_sym_session_close(CryptoDevSymSpares *spares,
                                 CryptoDevSymSession *sess);

/* Free a session and its contexts, whose keys are wiped */
void cryptodev_sym_session_free(CryptoDevSymSession *sess);

/*
 * Run one request on @sess; safe from several threads at once.  Returns a
 * VIRTIO_CRYPTO_* status; results are written to @op's dst and
 * digest_result only with VIRTIO_CRYPTO_OK.  The caller has checked @op's
 * lengths against the session (the virtio-crypto device does, when it
 * admits a request): a cipher's dst as long as its src, a chain's ranges
 * inside src, digest_result as long as the session's result.  An AEAD
 * request's dst is as long as its src, and its tag is digest_result:
 * written by an encryption, checked by a decryption.
 */
int cryptodev_sym_run(CryptoDevSymSession *sess, uint32_t op_code,
                      CryptoDevBackendSymOpInfo *op);

#endif /* BACKENDS_CRYPTODEV_SYM_H */
