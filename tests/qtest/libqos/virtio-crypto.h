/*
 * libqos driver for virtio-crypto
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TESTS_LIBQOS_VIRTIO_CRYPTO_H
#define TESTS_LIBQOS_VIRTIO_CRYPTO_H

#include "qgraph.h"
#include "virtio.h"
#include "virtio-pci.h"

/* The id of the cryptodev backend object every test device is given */
#define QVIRTIO_CRYPTO_BACKEND_ID "qvc-cryptodev0"

/*
 * With QVIRTIO_CRYPTO_IOTHREAD=1 in the environment, every test device
 * serves its data queues in an IOThread: its options end with this.
 */
#define QVIRTIO_CRYPTO_IOTHREAD "QVIRTIO_CRYPTO_IOTHREAD"
#define QVIRTIO_CRYPTO_IOTHREAD_OPT ",iothread=qvc-iothread0"
bool qvirtio_crypto_in_iothread(void);

/*
 * Does the builtin backend serve @algo of @service (VIRTIO_CRYPTO_*) in
 * this build, with keys of @key_len bytes (0: with some key length)?  The
 * crypto library QEMU is built with decides; what each one offers is
 * written down here, apart from the device's own probe, so that the tests
 * hold the config space and the answers to it.
 */
bool qvirtio_crypto_serves(uint32_t service, uint32_t algo,
                           uint32_t key_len);

/* RSA with @padding (VIRTIO_CRYPTO_RSA_*_PADDING) and @hash (..._RSA_*) */
bool qvirtio_crypto_serves_rsa(uint32_t padding, uint32_t hash);

/* Are ECDSA signatures those of RFC 6979 on this build? */
bool qvirtio_crypto_ecdsa_deterministic(void);

typedef struct QVirtioCrypto {
    QVirtioDevice *vdev;
} QVirtioCrypto;

typedef struct QVirtioCryptoPCI {
    QVirtioPCIDevice pci_vdev;
    QVirtioCrypto crypto;
} QVirtioCryptoPCI;

typedef struct QVirtioCryptoDevice {
    QOSGraphObject obj;
    QVirtioCrypto crypto;
} QVirtioCryptoDevice;

/* The most data queues a test driver sets up */
#define QVIRTIO_CRYPTO_MAX_DATAQS 8

/* A started device, as a test driver sees it: its queues */
typedef struct QVirtioCryptoQueues {
    QTestState *qts;
    QVirtioDevice *dev;
    QGuestAllocator *alloc;
    QVirtQueue *dataq;          /* the first data queue */
    QVirtQueue *ctrlq;
    QVirtQueue *dataqs[QVIRTIO_CRYPTO_MAX_DATAQS];
    uint32_t num_dataqs;
    FILE *record;               /* QVIRTIO_CRYPTO_RECORD's trace, or NULL */
    uint64_t features;          /* the device feature bits negotiated */
} QVirtioCryptoQueues;

/*
 * With QVIRTIO_CRYPTO_RECORD=DIR in the environment, each device a test
 * starts writes a trace file to DIR: the negotiated features, then every
 * request sent with qvirtio_crypto_submit() and the answer it got.  The
 * traces are the corpus of the virtqueue fuzzer (virtio-crypto-fuzz-test).
 *
 * A trace: "QVCTRACE", le64 features; then per request: a byte (1 for the
 * control queue), le32 readable length, le32 writable length, the
 * readable bytes, the writable bytes as the device left them.
 */
#define QVIRTIO_CRYPTO_RECORD "QVIRTIO_CRYPTO_RECORD"
#define QVIRTIO_CRYPTO_TRACE_MAGIC "QVCTRACE"

/* What qvirtio_crypto_post() fills a request's writable part with */
#define QVIRTIO_CRYPTO_FILL 0xa5

/* A request on its way: posted, not yet collected */
typedef struct QVirtioCryptoPending {
    QVirtQueue *vq;
    uint32_t head;
    uint64_t out_addr;
    uint64_t in_addr;
    size_t in_len;
    bool done;
    uint32_t used_len;
} QVirtioCryptoPending;

/* The device-specific feature bits */
#define QVIRTIO_CRYPTO_DEVICE_FEATURES 0xffffffull

/* The transport features a test driver takes */
uint64_t qvirtio_crypto_transport_features(QVirtioDevice *dev);

/* Negotiate the device feature bits @features (all must be offered) */
QVirtioCryptoQueues qvirtio_crypto_start(QTestState *qts, QVirtioDevice *dev,
                                         QGuestAllocator *alloc,
                                         uint64_t features);
void qvirtio_crypto_stop(QVirtioCryptoQueues *q);

/*
 * Send one request: @out_len device-readable bytes of @out, then @in_len
 * device-writable bytes, read back into @in.  Returns the length the device
 * reported as written.
 */
uint32_t qvirtio_crypto_submit(QVirtioCryptoQueues *q, QVirtQueue *vq,
                               const void *out, size_t out_len,
                               void *in, size_t in_len);

/*
 * Like qvirtio_crypto_submit(), with the readable bytes split over
 * descriptors of @out_lens[@out_n] bytes and the writable ones over
 * @in_lens[@in_n]; a length may be 0.
 */
uint32_t qvirtio_crypto_submit_split(QVirtioCryptoQueues *q, QVirtQueue *vq,
                                     const void *out, const uint32_t *out_lens,
                                     unsigned out_n, void *in,
                                     const uint32_t *in_lens, unsigned in_n);

/*
 * Queue one request like qvirtio_crypto_submit() and kick, without waiting.
 */
void qvirtio_crypto_post(QVirtioCryptoQueues *q, QVirtQueue *vq,
                         const void *out, size_t out_len, size_t in_len,
                         QVirtioCryptoPending *p);

/*
 * Take the answers the device has put in @vq's used ring and mark them in
 * @p[@n], in any order; an answer to nothing pending, or a second answer,
 * fails the test.  Returns how many of @p are done.
 */
unsigned qvirtio_crypto_collect(QVirtioCryptoQueues *q, QVirtQueue *vq,
                                QVirtioCryptoPending *p, unsigned n);

/* Wait until all of @p[@n] (each on its own vq) are answered */
void qvirtio_crypto_collect_all(QVirtioCryptoQueues *q,
                                QVirtioCryptoPending *p, unsigned n);

/* Read a done request's device-writable bytes into @in and free it */
void qvirtio_crypto_finish(QVirtioCryptoQueues *q, QVirtioCryptoPending *p,
                           void *in);

/*
 * A create-session request of @req_len bytes (header, fixed and variable
 * parts); returns the status and sets *@session_id.
 */
uint32_t qvirtio_crypto_create_session(QVirtioCryptoQueues *q,
                                       const void *req, size_t req_len,
                                       uint64_t *session_id);

/*
 * A data request of @req_len bytes; @result_len device-writable bytes come
 * back in @result (may be NULL).  Returns the status byte that follows
 * them, and asserts that the used length counts them all and the status.
 */
uint8_t qvirtio_crypto_data(QVirtioCryptoQueues *q, const void *req,
                            size_t req_len, void *result, size_t result_len);

/*
 * The same for a result that may be shorter than its buffer: *@used is
 * the used length, the bytes produced plus one for the status.
 */
uint8_t qvirtio_crypto_data_used(QVirtioCryptoQueues *q, const void *req,
                                 size_t req_len, void *result,
                                 size_t result_len, uint32_t *used);

/*
 * Building requests.  The request builders below lay a request out as the
 * features @q negotiated ask: without VIRTIO_CRYPTO_F_REVISION_1 the fixed
 * part is padded to the legacy format's size.
 */

/* The bytes of hex string @hex (NULL: none), @rep times (0: once) */
GByteArray *qvirtio_crypto_unhex(const char *hex, unsigned rep);

/* Append @len bytes of @data to @b (none when @len is 0) */
void qvirtio_crypto_put(GByteArray *b, const void *data, size_t len);

/* Append @data's bytes to @b (none when @data is NULL) */
void qvirtio_crypto_put_bytes(GByteArray *b, const GByteArray *data);

/*
 * The header and fixed part (@flf_len bytes of @flf) of a control request;
 * its keys are appended to what this returns.
 */
GByteArray *qvirtio_crypto_ctrl_req(const QVirtioCryptoQueues *q,
                                    uint32_t opcode, uint32_t algo,
                                    const void *flf, size_t flf_len);

/*
 * The header and fixed part of a data request; @flag is the header's
 * (VIRTIO_CRYPTO_FLAG_*, which only REVISION_1 reads).  Its variable part
 * is appended to what this returns.
 */
GByteArray *qvirtio_crypto_data_req(const QVirtioCryptoQueues *q,
                                    uint32_t opcode, uint32_t algo,
                                    uint64_t session_id, uint32_t flag,
                                    const void *flf, size_t flf_len);

/*
 * A cipher-only CIPHER session of @algo for @op (VIRTIO_CRYPTO_OP_*) with
 * @key; returns the status and sets *@session_id
 */
uint32_t qvirtio_crypto_cipher_session(QVirtioCryptoQueues *q, uint32_t algo,
                                       uint32_t op, const void *key,
                                       size_t key_len, uint64_t *session_id);

/*
 * An AKCIPHER session of @algo with a @key_type key: @para0 is RSA's
 * padding or ECDSA's curve, @para1 RSA's hash.  Returns the status.
 */
uint32_t qvirtio_crypto_akcipher_session(QVirtioCryptoQueues *q,
                                         uint32_t algo, uint32_t key_type,
                                         uint32_t para0, uint32_t para1,
                                         const void *key, size_t key_len,
                                         uint64_t *session_id);

/*
 * The session-mode data request of a cipher-only CIPHER session: @iv,
 * then @src_len bytes of @src; the fixed part claims @src_data_len bytes
 * of source and @dst_len of destination.
 */
GByteArray *qvirtio_crypto_cipher_req(const QVirtioCryptoQueues *q,
                                      uint32_t opcode, uint64_t session_id,
                                      uint32_t flag,
                                      const void *iv, uint32_t iv_len,
                                      const void *src, uint32_t src_len,
                                      uint32_t src_data_len,
                                      uint32_t dst_len);

/*
 * Destroy session @session_id with @opcode (a service's DESTROY_SESSION);
 * returns the status, after checking the 8-byte outcome the device wrote.
 */
uint8_t qvirtio_crypto_destroy_session(QVirtioCryptoQueues *q,
                                       uint32_t opcode, uint64_t session_id);

#endif
