/*
 * ECDSA of the builtin cryptodev backend, in builds without libgcrypt:
 * not offered (QEMU's akcipher API has RSA only)
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "standard-headers/linux/virtio_crypto.h"
#include "cryptodev-ecdsa.h"

bool cryptodev_ecdsa_available(void)
{
    return false;
}

int cryptodev_ecdsa_key_new(uint32_t curve_id, uint32_t key_type,
                            const uint8_t *key, size_t key_len,
                            CryptoDevEcdsaKey **keyp)
{
    return VIRTIO_CRYPTO_NOTSUPP;
}

void cryptodev_ecdsa_key_free(CryptoDevEcdsaKey *k)
{
    g_assert(!k);
}

int cryptodev_ecdsa_sign(CryptoDevEcdsaKey *k, const uint8_t *digest,
                         size_t digest_len, uint8_t *sig, size_t *sig_len)
{
    g_assert_not_reached();
}

int cryptodev_ecdsa_verify(CryptoDevEcdsaKey *k, const uint8_t *sig,
                           size_t sig_len, const uint8_t *digest,
                           size_t digest_len)
{
    g_assert_not_reached();
}
