/*
 * QEMU Crypto ARC4 (RC4) stream cipher
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QCRYPTO_ARC4_H
#define QCRYPTO_ARC4_H

/*
 * ARC4 is broken (RFC 7465 prohibits it in TLS) and is here only for
 * devices whose guests may ask for it, such as virtio-crypto.  It is
 * written once, in C, rather than bound to each library: gnutls takes
 * only 128-bit keys, and it is a few lines.
 */

#define QCRYPTO_ARC4_MIN_KEY_LEN 1
#define QCRYPTO_ARC4_MAX_KEY_LEN 256

typedef struct QCryptoArc4 QCryptoArc4;

/**
 * qcrypto_arc4_new:
 * @key: the key
 * @nkey: its length, QCRYPTO_ARC4_MIN_KEY_LEN to QCRYPTO_ARC4_MAX_KEY_LEN
 * @errp: pointer to a NULL-initialized error object
 *
 * The key is scheduled here, once.
 *
 * Returns: a new ARC4 context, or NULL on error
 */
QCryptoArc4 *qcrypto_arc4_new(const uint8_t *key, size_t nkey, Error **errp);

/**
 * qcrypto_arc4_crypt:
 * @arc4: the ARC4 context
 * @in: the input
 * @out: the output, which may be @in
 * @len: their length
 *
 * XOR the keystream onto @in, starting the keystream afresh from the key:
 * every message is its first.  @arc4 is only read, so several threads may
 * use it at once.
 */
void qcrypto_arc4_crypt(const QCryptoArc4 *arc4, const uint8_t *in,
                        uint8_t *out, size_t len);

/**
 * qcrypto_arc4_free:
 * @arc4: the ARC4 context, or NULL
 *
 * Frees @arc4; its key schedule is wiped.
 */
void qcrypto_arc4_free(QCryptoArc4 *arc4);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QCryptoArc4, qcrypto_arc4_free)

#endif /* QCRYPTO_ARC4_H */
