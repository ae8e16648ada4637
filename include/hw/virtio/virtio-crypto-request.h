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

/*
 * Describe a session to the backend: from a create-session request, or
 * from a stateless data request's inline parameters.  @head holds the
 * request's readable bytes up to its keys at least; @info points into it.
 */
void virtio_crypto_session_info(const VirtIOCryptoDecoded *dec,
                                uint8_t *head,
                                CryptoDevBackendSessionInfo *info);

/* How many leading readable bytes hold a request's keys */
size_t virtio_crypto_keys_end(const VirtIOCryptoDecoded *dec);

/*
 * A copy of the first @len readable bytes of a request (header, fixed part,
 * keys), which virtio_crypto_free_head() frees
 */
uint8_t *virtio_crypto_copy_head(const struct iovec *out, unsigned out_num,
                                 size_t len);

/* Free a copied head; the guest's keys do not outlive their use */
void virtio_crypto_free_head(uint8_t *head, size_t len);

/*
 * What the requests on a session of @service, described by @info, are
 * checked against: *@result_len, the hash result or AEAD tag length, and
 * *@chain, whether it chains a cipher to a hash
 */
void virtio_crypto_session_shape(uint32_t service,
                                 const CryptoDevBackendSessionInfo *info,
                                 uint32_t *result_len, bool *chain);

/*
 * Check the lengths of data request @dec that depend on its session:
 * @result_len is the session's hash result or AEAD tag length, @chain
 * whether it chains a cipher to a hash.  With the codec's checks, these
 * are all a backend relies on.  Returns VIRTIO_CRYPTO_OK or ERR.
 */
uint8_t virtio_crypto_check_lengths(const VirtIOCryptoDecoded *dec,
                                    uint32_t result_len, bool chain);

/*
 * Fill @op for the data request @dec: a symmetric one in *@sym (allocated
 * here, freed by the caller), an asymmetric one in @asym (whose src the
 * caller frees).  A symmetric request's large parts may point into @out
 * and @in, which must stay mapped until the answer is scattered.  Returns
 * VIRTIO_CRYPTO_OK or the status to answer with.
 */
uint8_t virtio_crypto_gather(const VirtIOCryptoDecoded *dec,
                             const struct iovec *out, unsigned out_num,
                             const struct iovec *in, unsigned in_num,
                             CryptoDevBackendOpInfo *op,
                             CryptoDevBackendSymOpInfo **sym,
                             CryptoDevBackendAsymOpInfo *asym);

/*
 * Write a data request's answer: its results when @status is OK, then the
 * status byte, the last writable one.  Returns the used length: with OK,
 * the result bytes the operation produced plus one for the status (RSA,
 * ECDSA and AEAD decryption may produce less than their buffer); else the
 * whole writable part, of which only the status means anything.
 */
size_t virtio_crypto_scatter_results(const VirtIOCryptoDecoded *dec,
                                     const struct iovec *in, unsigned in_num,
                                     const CryptoDevBackendSymOpInfo *sym,
                                     const CryptoDevBackendAsymOpInfo *asym,
                                     uint8_t status);

#endif /* QEMU_VIRTIO_CRYPTO_REQUEST_H */
