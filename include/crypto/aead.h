/*
 * QEMU Crypto authenticated encryption with associated data (AEAD)
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QCRYPTO_AEAD_H
#define QCRYPTO_AEAD_H

/**
 * QCryptoAeadAlgo:
 * @QCRYPTO_AEAD_ALGO_AES_GCM: AES in GCM (NIST SP 800-38D), 16, 24 or
 *     32-byte keys; a 12-byte IV, or the 16-byte pre-counter block J0
 *     itself; tags of 4, 8 or 12 to 16 bytes
 * @QCRYPTO_AEAD_ALGO_AES_CCM: AES in CCM (NIST SP 800-38C, RFC 3610),
 *     16, 24 or 32-byte keys; nonces of 7 to 13 bytes; tags of 4 to 16
 *     bytes, even
 * @QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305: ChaCha20-Poly1305 (RFC 8439),
 *     32-byte keys, 12-byte nonces, 16-byte tags
 */
typedef enum QCryptoAeadAlgo {
    QCRYPTO_AEAD_ALGO_AES_GCM,
    QCRYPTO_AEAD_ALGO_AES_CCM,
    QCRYPTO_AEAD_ALGO_CHACHA20_POLY1305,
} QCryptoAeadAlgo;

typedef struct QCryptoAead QCryptoAead;

/**
 * qcrypto_aead_supports:
 * @alg: the AEAD algorithm
 * @nkey: the key length
 *
 * Returns: true if this build can run @alg with keys of @nkey bytes
 */
bool qcrypto_aead_supports(QCryptoAeadAlgo alg, size_t nkey);

/**
 * qcrypto_aead_iv_len_valid:
 * @alg: the AEAD algorithm
 * @niv: an IV (nonce) length
 *
 * Returns: true if @alg takes IVs of @niv bytes
 */
bool qcrypto_aead_iv_len_valid(QCryptoAeadAlgo alg, size_t niv);

/**
 * qcrypto_aead_new:
 * @alg: the AEAD algorithm
 * @key: the key
 * @nkey: its length
 * @tag_len: the length of the tags this context makes and checks
 * @errp: pointer to a NULL-initialized error object
 *
 * The key is scheduled here, once.  A QCryptoAead is used by one thread
 * at a time.
 *
 * Returns: a new AEAD context, or NULL on error
 */
QCryptoAead *qcrypto_aead_new(QCryptoAeadAlgo alg, const uint8_t *key,
                              size_t nkey, size_t tag_len, Error **errp);

/**
 * qcrypto_aead_encrypt:
 * @aead: the AEAD context
 * @iv: the IV (the nonce)
 * @niv: its length
 * @aad: the associated data
 * @naad: its length
 * @in: the plaintext
 * @len: its length
 * @out: where the ciphertext goes: room for @len
 * @tag: where the tag goes: room for the context's tag length
 * @errp: pointer to a NULL-initialized error object
 *
 * The tag is apart from the ciphertext, so that each caller lays the two
 * out as its format does (RFC 5116 2.1 appends the tag to the ciphertext).
 *
 * Returns: 0 on success, -1 on error (an IV length the algorithm does not
 * take, a message too long for it, a failure of the library)
 */
int qcrypto_aead_encrypt(QCryptoAead *aead, const uint8_t *iv, size_t niv,
                         const uint8_t *aad, size_t naad,
                         const uint8_t *in, size_t len, uint8_t *out,
                         uint8_t *tag, Error **errp);

/**
 * qcrypto_aead_decrypt:
 * @aead: the AEAD context
 * @iv: the IV (the nonce)
 * @niv: its length
 * @aad: the associated data
 * @naad: its length
 * @in: the ciphertext
 * @len: its length
 * @tag: the tag to check, of the context's tag length
 * @out: where the plaintext goes: room for @len
 * @errp: pointer to a NULL-initialized error object
 *
 * On any failure, @out holds no plaintext.
 *
 * Returns: 0 on success, -EBADMSG when the tag does not match, -1 on
 * other errors
 */
int qcrypto_aead_decrypt(QCryptoAead *aead, const uint8_t *iv, size_t niv,
                         const uint8_t *aad, size_t naad,
                         const uint8_t *in, size_t len, const uint8_t *tag,
                         uint8_t *out, Error **errp);

/**
 * qcrypto_aead_rekey:
 * @aead: the AEAD context
 * @key: the new key, as long as the one @aead was made with
 * @nkey: its length
 * @errp: pointer to a NULL-initialized error object
 *
 * Replace the key of @aead, which then works as if made by
 * qcrypto_aead_new() with @key: cheaper than a new context where the
 * library can do it (libgcrypt, nettle); where it cannot (gnutls), this
 * fails.  After a failure @aead may only be freed.
 *
 * Returns: 0 on success, -1 on error
 */
int qcrypto_aead_rekey(QCryptoAead *aead, const uint8_t *key, size_t nkey,
                       Error **errp);

/**
 * qcrypto_aead_free:
 * @aead: the AEAD context, or NULL
 *
 * Frees @aead; its keys are wiped.
 */
void qcrypto_aead_free(QCryptoAead *aead);

G_DEFINE_AUTOPTR_CLEANUP_FUNC(QCryptoAead, qcrypto_aead_free)

#endif /* QCRYPTO_AEAD_H */
