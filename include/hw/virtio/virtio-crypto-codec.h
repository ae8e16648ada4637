/*
 * Virtio crypto request codec: guest descriptor bytes to typed requests
 *
 * The codec knows the wire layouts of the virtio-crypto specification and
 * nothing else: no VirtQueue, no backend, no global state.  Every length and
 * offset a guest sends is checked here, so the device and the backends work
 * on spans that are known to lie inside the guest's buffers.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QEMU_VIRTIO_CRYPTO_CODEC_H
#define QEMU_VIRTIO_CRYPTO_CODEC_H

#include "hw/virtio/virtio-crypto-layouts.h"

/* The fixed-length fields a layout can carry; all are le32 on the wire. */
typedef enum VirtIOCryptoField {
    VIRTIO_CRYPTO_FIELD_OP_TYPE,         /* VIRTIO_CRYPTO_SYM_OP_* */
    VIRTIO_CRYPTO_FIELD_CIPHER_ALGO,
    VIRTIO_CRYPTO_FIELD_CIPHER_KEY_LEN,
    /* VIRTIO_CRYPTO_OP_ENCRYPT / _DECRYPT */
    VIRTIO_CRYPTO_FIELD_CIPHER_OP,
    VIRTIO_CRYPTO_FIELD_HASH_ALGO,       /* hash or MAC algorithm */
    VIRTIO_CRYPTO_FIELD_HASH_RESULT_LEN,
    VIRTIO_CRYPTO_FIELD_AUTH_KEY_LEN,
    VIRTIO_CRYPTO_FIELD_CHAIN_ORDER,
    VIRTIO_CRYPTO_FIELD_HASH_MODE,
    VIRTIO_CRYPTO_FIELD_AAD_LEN,
    VIRTIO_CRYPTO_FIELD_AK_ALGO,         /* asymmetric algorithm */
    VIRTIO_CRYPTO_FIELD_AK_KEY_TYPE,
    VIRTIO_CRYPTO_FIELD_AK_KEY_LEN,
    VIRTIO_CRYPTO_FIELD_AK_PARA0,        /* RSA padding_algo / ECDSA curve_id */
    VIRTIO_CRYPTO_FIELD_AK_PARA1,        /* RSA hash_algo */
    VIRTIO_CRYPTO_FIELD_IV_LEN,
    VIRTIO_CRYPTO_FIELD_SRC_LEN,
    VIRTIO_CRYPTO_FIELD_DST_LEN,
    VIRTIO_CRYPTO_FIELD_CIPHER_START,    /* cipher_start_src_offset */
    VIRTIO_CRYPTO_FIELD_LEN_TO_CIPHER,
    VIRTIO_CRYPTO_FIELD_HASH_START,      /* hash_start_src_offset */
    VIRTIO_CRYPTO_FIELD_LEN_TO_HASH,
    /* an AEAD request's tag_len (0: the session's) */
    VIRTIO_CRYPTO_FIELD_TAG_LEN,
    /* a stateless chain's session aad_len */
    VIRTIO_CRYPTO_FIELD_SESS_AAD_LEN,
    VIRTIO_CRYPTO_FIELD__MAX
} VirtIOCryptoField;

/* The variable-length parts a request can carry. */
typedef enum VirtIOCryptoSegment {
    VIRTIO_CRYPTO_SEG_CIPHER_KEY,        /* device-readable */
    VIRTIO_CRYPTO_SEG_AUTH_KEY,
    VIRTIO_CRYPTO_SEG_AK_KEY,
    VIRTIO_CRYPTO_SEG_IV,
    VIRTIO_CRYPTO_SEG_AAD,
    VIRTIO_CRYPTO_SEG_SRC,
    /* the digest an AKCIPHER verify checks */
    VIRTIO_CRYPTO_SEG_VERIFY_DIGEST,
    VIRTIO_CRYPTO_SEG_DST,               /* device-writable from here on */
    VIRTIO_CRYPTO_SEG_DIGEST,
    VIRTIO_CRYPTO_SEG__MAX
} VirtIOCryptoSegment;

#define VIRTIO_CRYPTO_SEG_FIRST_WRITABLE VIRTIO_CRYPTO_SEG_DST

/* A byte range of the device-readable or device-writable part of a request */
typedef struct VirtIOCryptoSpan {
    size_t offset;
    size_t len;
} VirtIOCryptoSpan;

/* Limits the device enforces on what a guest may ask for */
typedef struct VirtIOCryptoLimits {
    uint64_t max_size;          /* sum of a data request's variable parts */
    uint32_t max_cipher_key_len;
    uint32_t max_auth_key_len;
    uint32_t max_akcipher_key_len;
} VirtIOCryptoLimits;

typedef enum VirtIOCryptoReqKind {
    VIRTIO_CRYPTO_REQ_CREATE_SESSION,
    VIRTIO_CRYPTO_REQ_DESTROY_SESSION,
    VIRTIO_CRYPTO_REQ_DATA,
} VirtIOCryptoReqKind;

/* A decoded request: header values, fixed fields and where the parts lie */
typedef struct VirtIOCryptoDecoded {
    VirtIOCryptoReqKind kind;
    uint32_t opcode;
    uint32_t service;           /* VIRTIO_CRYPTO_SERVICE_* of the opcode */
    uint64_t session_id;        /* destroy and session-mode data requests */
    uint32_t flag;              /* a data request's header flag */
    /* a data request that brings its session parameters and keys */
    bool stateless;
    uint32_t field[VIRTIO_CRYPTO_FIELD__MAX];
    VirtIOCryptoSpan seg[VIRTIO_CRYPTO_SEG__MAX];
    /* The device-readable bytes the request spans: header to last part */
    size_t readable_len;
    /* Where the status (data) or the outcome (control) is written */
    size_t status_offset;
    size_t outcome_len;
} VirtIOCryptoDecoded;

typedef struct VirtIOCryptoDecodeResult {
    uint8_t status;             /* VIRTIO_CRYPTO_OK or the error to report */
    /*
     * False when the guest gave too little device-writable space to hold
     * the status: the request cannot be answered at all.
     */
    bool status_reachable;
} VirtIOCryptoDecodeResult;

/**
 * virtio_crypto_decode_ctrl:
 * @features: the feature bits the driver negotiated
 * @limits: the device's limits on keys and data
 * @out: the device-readable part of the descriptor chain
 * @out_num: the number of elements of @out
 * @in: the device-writable part of the descriptor chain
 * @in_num: the number of elements of @in
 * @req: filled with the decoded request, whatever the result
 *
 * Decode one control queue request, checking every length and offset it
 * carries against the buffers and @limits.
 *
 * Returns: VIRTIO_CRYPTO_OK and where its status goes, or the status to
 * answer with; status_reachable is false when no status can be written.
 */
VirtIOCryptoDecodeResult
virtio_crypto_decode_ctrl(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req);

/**
 * virtio_crypto_decode_data:
 * @features: the feature bits the driver negotiated
 * @limits: the device's limits on keys and data
 * @out: the device-readable part of the descriptor chain
 * @out_num: the number of elements of @out
 * @in: the device-writable part of the descriptor chain
 * @in_num: the number of elements of @in
 * @req: filled with the decoded request, whatever the result
 *
 * Decode one data queue request, session-mode or stateless, as
 * virtio_crypto_decode_ctrl() does a control request.  A chain's cipher
 * and hash ranges are checked to lie inside its source.
 *
 * Returns: as virtio_crypto_decode_ctrl().
 */
VirtIOCryptoDecodeResult
virtio_crypto_decode_data(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req);

/**
 * virtio_crypto_stateless_feature:
 * @service: a VIRTIO_CRYPTO_SERVICE_* value
 *
 * Returns: the VIRTIO_CRYPTO_F_*_STATELESS_MODE bit of @service.
 */
unsigned virtio_crypto_stateless_feature(uint32_t service);

#endif /* QEMU_VIRTIO_CRYPTO_CODEC_H */
