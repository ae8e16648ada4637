/*
 * Virtio crypto requests to and from the cryptodev backend API
 *
 * A decoded request (virtio-crypto-codec.h) names where its parts lie in
 * the guest's buffers; these helpers gather those parts into the backend's
 * structures and scatter the results back.  Like the codec they know no
 * VirtQueue and no backend instance, so a benchmark can run the device's
 * request path on its own.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QEMU_VIRTIO_CRYPTO_REQUEST_H
#define QEMU_VIRTIO_CRYPTO_REQUEST_H

#include "hw/virtio/virtio-crypto-codec.h"
#include "system/cryptodev.h"

/**
 * virtio_crypto_session_info:
 * @dec: a decoded create-session request, or stateless data request
 * @head: the request's readable bytes, up to its keys at least
 * @info: filled with the session's description; its keys point into @head
 *
 * Describe to the backend the session @dec asks for: a create-session
 * request's, or the one a stateless data request brings inline.
 */
void virtio_crypto_session_info(const VirtIOCryptoDecoded *dec,
                                uint8_t *head,
                                CryptoDevBackendSessionInfo *info);

/**
 * virtio_crypto_keys_end:
 * @dec: a decoded request
 *
 * Returns: how many leading readable bytes of @dec hold its keys.
 */
size_t virtio_crypto_keys_end(const VirtIOCryptoDecoded *dec);

/**
 * virtio_crypto_copy_head:
 * @out: the request's device-readable part
 * @out_num: the number of elements of @out
 * @len: how many leading bytes to copy (header, fixed part, keys)
 *
 * Returns: a copy of the first @len bytes, for virtio_crypto_free_head().
 */
uint8_t *virtio_crypto_copy_head(const struct iovec *out, unsigned out_num,
                                 size_t len);

/**
 * virtio_crypto_free_head:
 * @head: a copy from virtio_crypto_copy_head(), or NULL
 * @len: its length
 *
 * Wipe and free @head: the guest's keys do not outlive their use.
 */
void virtio_crypto_free_head(uint8_t *head, size_t len);

/**
 * virtio_crypto_session_shape:
 * @service: the session's VIRTIO_CRYPTO_SERVICE_*
 * @info: the session's description
 * @result_len: set to its hash result or AEAD tag length
 * @chain: set to whether it chains a cipher to a hash
 *
 * What the requests on a session are checked against, with
 * virtio_crypto_check_lengths().
 */
void virtio_crypto_session_shape(uint32_t service,
                                 const CryptoDevBackendSessionInfo *info,
                                 uint32_t *result_len, bool *chain);

/**
 * virtio_crypto_check_lengths:
 * @dec: a decoded data request
 * @result_len: its session's hash result or AEAD tag length
 * @chain: whether its session chains a cipher to a hash
 *
 * Check the lengths of @dec that depend on its session: a cipher's output
 * as long as its input, a plain cipher request on a plain session and a
 * chain's on a chain's, a digest as long as the session's result, an
 * AEAD tag length (when given) that is the session's and room for the
 * text and tag.  With the codec's checks, these are all a
 * backend relies on.  An AEAD request's tag length is set to its
 * session's: the legacy format leaves it out.
 *
 * Returns: VIRTIO_CRYPTO_OK or VIRTIO_CRYPTO_ERR.
 */
uint8_t virtio_crypto_check_lengths(VirtIOCryptoDecoded *dec,
                                    uint32_t result_len, bool chain);

/**
 * virtio_crypto_gather:
 * @dec: a decoded data request
 * @out: its device-readable part
 * @out_num: the number of elements of @out
 * @in: its device-writable part
 * @in_num: the number of elements of @in
 * @op: filled for the backend
 * @sym: a symmetric request's operation, allocated here, freed by the
 *     caller
 * @asym: an asymmetric request's operation, whose src the caller frees
 *
 * Gather @dec's parts for the backend.  A symmetric request's large parts
 * may point into @out and @in, which must stay mapped until the answer is
 * scattered.  An AEAD request's tag, which the wire format puts after the
 * text, is @sym's digest_result, of @dec's tag length: a session-mode
 * request's is known once virtio_crypto_check_lengths() has passed it.
 *
 * Returns: VIRTIO_CRYPTO_OK, or the status to answer with.
 */
uint8_t virtio_crypto_gather(const VirtIOCryptoDecoded *dec,
                             const struct iovec *out, unsigned out_num,
                             const struct iovec *in, unsigned in_num,
                             CryptoDevBackendOpInfo *op,
                             CryptoDevBackendSymOpInfo **sym,
                             CryptoDevBackendAsymOpInfo *asym);

/**
 * virtio_crypto_scatter_results:
 * @dec: a decoded data request
 * @in: its device-writable part
 * @in_num: the number of elements of @in
 * @sym: its symmetric operation, or NULL
 * @asym: its asymmetric operation
 * @status: the status to answer with
 *
 * Write a data request's answer: the results it produced when @status is
 * OK, and nothing after them in a larger buffer, then the status byte,
 * the last writable one.
 *
 * Returns: the used length: with OK, the result bytes the operation
 * produced plus one for the status (RSA, ECDSA and AEAD decryption may
 * produce less than their buffer); else the whole writable part, of which
 * only the status means anything.
 */
size_t virtio_crypto_scatter_results(const VirtIOCryptoDecoded *dec,
                                     const struct iovec *in, unsigned in_num,
                                     const CryptoDevBackendSymOpInfo *sym,
                                     const CryptoDevBackendAsymOpInfo *asym,
                                     uint8_t status);

#endif /* QEMU_VIRTIO_CRYPTO_REQUEST_H */
