/*
 * ECDSA of the builtin cryptodev backend
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef BACKENDS_CRYPTODEV_ECDSA_H
#define BACKENDS_CRYPTODEV_ECDSA_H

typedef struct CryptoDevEcdsaKey CryptoDevEcdsaKey;

/* Does this build do ECDSA on the NIST curves? */
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

#endif /* BACKENDS_CRYPTODEV_ECDSA_H */
