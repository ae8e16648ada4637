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

#include "standard-headers/linux/virtio_crypto.h"

/* The fixed-length fields a layout can carry; all are le32 on the wire. */
typedef enum VirtIOCryptoField {
    VCF_OP_TYPE,            /* VIRTIO_CRYPTO_SYM_OP_* */
    VCF_CIPHER_ALGO,
    VCF_CIPHER_KEY_LEN,
    VCF_CIPHER_OP,          /* VIRTIO_CRYPTO_OP_ENCRYPT / _DECRYPT */
    VCF_HASH_ALGO,          /* hash or MAC algorithm */
    VCF_HASH_RESULT_LEN,
    VCF_AUTH_KEY_LEN,
    VCF_CHAIN_ORDER,
    VCF_HASH_MODE,
    VCF_AAD_LEN,
    VCF_AK_ALGO,            /* asymmetric algorithm */
    VCF_AK_KEY_TYPE,
    VCF_AK_KEY_LEN,
    VCF_AK_PARA0,           /* RSA padding_algo / ECDSA curve_id */
    VCF_AK_PARA1,           /* RSA hash_algo */
    VCF_IV_LEN,
    VCF_SRC_LEN,
    VCF_DST_LEN,
    VCF_CIPHER_START,       /* cipher_start_src_offset */
    VCF_LEN_TO_CIPHER,
    VCF_HASH_START,         /* hash_start_src_offset */
    VCF_LEN_TO_HASH,
    VCF_TAG_LEN,            /* an AEAD request's tag_len (0: the session's) */
    VCF_SESS_AAD_LEN,       /* a stateless chain's session aad_len */
    VCF__MAX
} VirtIOCryptoField;

/* The variable-length parts a request can carry. */
typedef enum VirtIOCryptoSegment {
    VCS_CIPHER_KEY,         /* device-readable */
    VCS_AUTH_KEY,
    VCS_AK_KEY,
    VCS_IV,
    VCS_AAD,
    VCS_SRC,
    VCS_VERIFY_DIGEST,      /* the digest an AKCIPHER verify checks */
    VCS_DST,                /* device-writable from here on */
    VCS_DIGEST,
    VCS__MAX
} VirtIOCryptoSegment;

#define VCS_FIRST_WRITABLE VCS_DST

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
    uint32_t field[VCF__MAX];
    VirtIOCryptoSpan seg[VCS__MAX];
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

/*
 * Decode one control queue request.  @out is the device-readable part,
 * @in the device-writable part of the descriptor chain.
 */
VirtIOCryptoDecodeResult
virtio_crypto_decode_ctrl(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req);

/* Decode one data queue request; see virtio_crypto_decode_ctrl(). */
VirtIOCryptoDecodeResult
virtio_crypto_decode_data(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req);

/* The VIRTIO_CRYPTO_F_*_STATELESS_MODE bit of a VIRTIO_CRYPTO_SERVICE_* */
unsigned virtio_crypto_stateless_feature(uint32_t service);

#endif /* QEMU_VIRTIO_CRYPTO_CODEC_H */
