/*
 * The algorithms of the builtin cryptodev backend that run on libgcrypt
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef BACKENDS_CRYPTODEV_GCRYPT_H
#define BACKENDS_CRYPTODEV_GCRYPT_H

#include "system/cryptodev.h"

/* The largest keys and results the table allows */
#define CRYPTODEV_GCRYPT_MAX_AUTH_KEY_LEN 512
/*
 * SHAKE's output may be as long as the driver asks: the device's max_size
 * bounds each request's results anyway
 */
#define CRYPTODEV_GCRYPT_MAX_SHAKE_LEN (16 * 1024 * 1024)

/* A session's prepared contexts: keys scheduled once, used per request */
typedef struct CryptoDevGcryptSession CryptoDevGcryptSession;

/*
 * Set the services, algorithm masks and key limits of @conf to what the
 * table offers and the libgcrypt of this process can run.
 */
void cryptodev_gcrypt_probe(CryptoDevBackendConf *conf);

/*
 * Prepare a cipher, chain, hash, MAC or AEAD session (@info->op_code is the
 * create-session opcode of its service).  Returns a VIRTIO_CRYPTO_* status:
 * NOTSUPP for an algorithm, key, IV, digest or tag size the table does not
 * allow.
 */
int cryptodev_gcrypt_session_new(const CryptoDevBackendSessionInfo *info,
                                 CryptoDevGcryptSession **sess);

/*
 * A session for @info from @spare (a wiped session, or NULL), which it
 * takes: @spare rekeyed when it is of the same kind, else a new one.
 */
int cryptodev_gcrypt_session_new_from(CryptoDevGcryptSession *spare,
                                      const CryptoDevBackendSessionInfo *info,
                                      CryptoDevGcryptSession **sess);

/*
 * Overwrite the keys of @sess, which then waits to be rekeyed; false when
 * that failed and @sess must be freed instead.
 */
bool cryptodev_gcrypt_session_wipe(CryptoDevGcryptSession *sess);

/* Free a session; its key material is wiped */
void cryptodev_gcrypt_session_free(CryptoDevGcryptSession *sess);

/*
 * Run one request on @sess; safe from several threads at once.  Returns a
 * VIRTIO_CRYPTO_* status; results are written to @op's dst and
 * digest_result only with VIRTIO_CRYPTO_OK.
 */
int cryptodev_gcrypt_run(CryptoDevGcryptSession *sess, uint32_t op_code,
                         CryptoDevBackendSymOpInfo *op);

/* ECDSA (cryptodev-ecdsa.c) */

typedef struct CryptoDevEcdsaKey CryptoDevEcdsaKey;

/* Does the libgcrypt of this process do ECDSA on the NIST curves? */
bool cryptodev_ecdsa_available(void);

/*
 * A key of @curve_id (VIRTIO_CRYPTO_CURVE_*) as the specification encodes
 * it; a VIRTIO_CRYPTO_* status (ERR for a key that does not parse).
 */
int cryptodev_ecdsa_key_new(uint32_t curve_id, uint32_t key_type,
                            const uint8_t *key, size_t key_len,
                            CryptoDevEcdsaKey **keyp);
void cryptodev_ecdsa_key_free(CryptoDevEcdsaKey *k);

/* Sign @digest; *@sig_len: room in, DER signature length out */
int cryptodev_ecdsa_sign(CryptoDevEcdsaKey *k, const uint8_t *digest,
                         size_t digest_len, uint8_t *sig, size_t *sig_len);

/* VIRTIO_CRYPTO_OK, or KEY_REJECTED for a signature that does not verify */
int cryptodev_ecdsa_verify(CryptoDevEcdsaKey *k, const uint8_t *sig,
                           size_t sig_len, const uint8_t *digest,
                           size_t digest_len);

#endif /* BACKENDS_CRYPTODEV_GCRYPT_H */
