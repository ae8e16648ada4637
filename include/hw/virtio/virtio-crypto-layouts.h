/*
 * Virtio crypto: what the virtio specification adds to Linux's header
 *
 * include/standard-headers/linux/virtio_crypto.h is imported from Linux,
 * which declares the legacy request layouts only.  This header adds the
 * feature bits, the VIRTIO_CRYPTO_F_REVISION_1 layouts (fixed part "flf",
 * variable parts "vlf") and stateless requests of the virtio specification,
 * version 1.3, section "Crypto Device", with the names of the v19 draft
 * that drivers were written against.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QEMU_VIRTIO_CRYPTO_LAYOUTS_H
#define QEMU_VIRTIO_CRYPTO_LAYOUTS_H

#include "standard-headers/linux/virtio_crypto.h"

/*
 * Feature bits ("Feature bits").  Bit 0 is VIRTIO_CRYPTO_F_REVISION_1 in
 * the standard and VIRTIO_CRYPTO_F_MUX_MODE in the v19 draft: same bit.
 * Bits 1-5 require bit 0.
 */
#define VIRTIO_CRYPTO_F_REVISION_1              0
#define VIRTIO_CRYPTO_F_MUX_MODE                VIRTIO_CRYPTO_F_REVISION_1
#define VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE   1
#define VIRTIO_CRYPTO_F_HASH_STATELESS_MODE     2
#define VIRTIO_CRYPTO_F_MAC_STATELESS_MODE      3
#define VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE     4
#define VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE 5

/* A MAC algorithm of the standard that Linux's header lacks */
#define VIRTIO_CRYPTO_MAC_ZUC_EIA3              54

/*
 * The standard numbers ECDSA 2 ("AKCIPHER services"); Linux's header has
 * DSA 2, which the standard does not define, and ECDSA 3, which is no
 * algorithm of the standard.  The device speaks the standard.
 */
#define VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD        2

/*
 * Sizes of the padded unions of the legacy requests, which a driver sends
 * without VIRTIO_CRYPTO_F_REVISION_1: what follows the header is always
 * this long, whatever the request.
 */
#define VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY  56
#define VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY  48

/*
 * A data request header's flag, with VIRTIO_CRYPTO_F_REVISION_1 only:
 * SESSION_MODE uses session_id, 0 brings the session's parameters and keys
 * (v19 called it VIRTIO_CRYPTO_FLAG_STATELESS_MODE, without a value).
 */
#define VIRTIO_CRYPTO_FLAG_SESSION_MODE         1
#define VIRTIO_CRYPTO_FLAG_STATELESS_MODE       0

/*
 * VIRTIO_CRYPTO_F_REVISION_1 request layouts (virtio 1.3, "Crypto Device").
 *
 * Linux's header declares the legacy form, as Linux and DPDK drivers send
 * it when VIRTIO_CRYPTO_F_REVISION_1 is not negotiated: a 16-byte
 * virtio_crypto_ctrl_header + a 56-byte padded union (controlq), a 24-byte
 * virtio_crypto_op_header + a 48-byte padded union (dataq).
 *
 * With VIRTIO_CRYPTO_F_REVISION_1 a request is
 *   header | op_flf (the unpadded struct below) | op_vlf | outcome
 * where op_vlf is a sequence of variable-length byte arrays.  The vlf parts
 * are not declared as C structs; their order is given in the comment above
 * each flf struct, "->" separating the device-readable part from the
 * device-writable part.  All fields are little endian.
 *
 * Controlq outcome: struct virtio_crypto_create_session_input (16 bytes)
 * for create-session requests, struct virtio_crypto_destroy_session_input
 * (status byte) for destroy-session requests.  Dataq outcome: results
 * (dst_data, hash_result) first, struct virtio_crypto_inhdr (the status
 * byte) last.
 *
 * Data requests of a service whose VIRTIO_CRYPTO_F_<SERVICE>_STATELESS_MODE
 * bit is negotiated always use the *_stateless layouts; the header's flag
 * then selects the mode: VIRTIO_CRYPTO_FLAG_SESSION_MODE uses session_id
 * and ignores sess_para (key bytes that sess_para declares are skipped);
 * 0 (VIRTIO_CRYPTO_FLAG_STATELESS_MODE) uses sess_para and the inline keys.
 */

/* Controlq outcome of a create-session request (same as session_input) */
struct virtio_crypto_create_session_input {
    uint64_t session_id;
    uint32_t status;
    uint32_t padding;
};

/*
 * Destroy session: op_flf, no vlf.
 * The standard's outcome is the 1-byte struct below; v19's was
 * { le32 status; le32 padding; }.  Both are served by writing the status
 * byte and zero-filling the rest of the writable area up to 8 bytes.
 */
struct virtio_crypto_destroy_session_flf {
    /* Device read only portion */
    uint64_t session_id;
};

struct virtio_crypto_destroy_session_input {
    /* Device write only portion */
    uint8_t status;
};

/* HASH session: no vlf */
struct virtio_crypto_hash_create_session_flf {
    /* See VIRTIO_CRYPTO_HASH_* */
    uint32_t algo;
    /* hash result length */
    uint32_t hash_result_len;
};

/* MAC session, vlf: auth_key[auth_key_len] */
struct virtio_crypto_mac_create_session_flf {
    /* See VIRTIO_CRYPTO_MAC_* */
    uint32_t algo;
    /* hash result length */
    uint32_t hash_result_len;
    /* length of authenticated key */
    uint32_t auth_key_len;
    uint32_t padding;
};

/* CIPHER session, vlf: cipher_key[key_len] */
struct virtio_crypto_cipher_session_flf {
    /* See VIRTIO_CRYPTO_CIPHER_* */
    uint32_t algo;
    /* length of key */
    uint32_t key_len;
    /* encryption or decryption, see VIRTIO_CRYPTO_OP_* */
    uint32_t op;
    uint32_t padding;
};

/*
 * Algorithm chaining session, vlf: cipher_key[cipher_hdr.key_len],
 * auth_key[auth_key_len of the MAC flf in algo_flf] (no auth_key for
 * VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN).
 */
struct virtio_crypto_alg_chain_session_flf {
    /* See VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_* */
    uint32_t alg_chain_order;
    /* See VIRTIO_CRYPTO_SYM_HASH_MODE_* */
    uint32_t hash_mode;
    struct virtio_crypto_cipher_session_flf cipher_hdr;

#define VIRTIO_CRYPTO_ALG_CHAIN_SESS_OP_SPEC_HDR_SIZE  16
    /*
     * Selected by hash_mode: struct virtio_crypto_hash_create_session_flf
     * or struct virtio_crypto_mac_create_session_flf, rest ignored.
     */
    uint8_t algo_flf[VIRTIO_CRYPTO_ALG_CHAIN_SESS_OP_SPEC_HDR_SIZE];

    /* length of the additional authenticated data (AAD) in bytes */
    uint32_t aad_len;
    uint32_t padding;
};

/*
 * Symmetric session (VIRTIO_CRYPTO_CIPHER_CREATE_SESSION), vlf: that of
 * the struct in op_flf (cipher: cipher_key; chain: cipher_key, auth_key).
 */
struct virtio_crypto_sym_create_session_flf {
#define VIRTIO_CRYPTO_SYM_SESS_OP_SPEC_HDR_SIZE  48
    /*
     * Selected by op_type: struct virtio_crypto_cipher_session_flf or
     * struct virtio_crypto_alg_chain_session_flf, rest ignored.
     */
    uint8_t op_flf[VIRTIO_CRYPTO_SYM_SESS_OP_SPEC_HDR_SIZE];

    /* See VIRTIO_CRYPTO_SYM_OP_* */
    uint32_t op_type;
    uint32_t padding;
};

/*
 * AEAD session, vlf: key[key_len].
 * tag_len is what the legacy virtio_crypto_aead_session_para calls
 * hash_result_len.
 */
struct virtio_crypto_aead_create_session_flf {
    /* See VIRTIO_CRYPTO_AEAD_* */
    uint32_t algo;
    /* length of key */
    uint32_t key_len;
    /* Authentication tag length */
    uint32_t tag_len;
    /* length of the additional authenticated data (AAD) in bytes */
    uint32_t aad_len;
    /* encryption or decryption, see VIRTIO_CRYPTO_OP_* */
    uint32_t op;
    uint32_t padding;
};

/*
 * The standard's ECDSA parameters: 4 bytes.  Its name in the standard,
 * virtio_crypto_ecdsa_session_para, is Linux's 8-byte layout (curve_id +
 * padding); the curve_id offset is the same in both.
 */
struct virtio_crypto_ecdsa_session_flf {
    /* See VIRTIO_CRYPTO_CURVE_* */
    uint32_t curve_id;
};

/*
 * AKCIPHER session, vlf: key[key_len]; RSA: DER RSAPrivateKey or
 * RSAPublicKey (PKCS#1); ECDSA: DER ECPrivateKey (RFC 5915) or the value
 * part of the DER ECPoint (SEC1).
 */
struct virtio_crypto_akcipher_create_session_flf {
    /* See VIRTIO_CRYPTO_AKCIPHER_* */
    uint32_t algo;
    /* See VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_* */
    uint32_t key_type;
    /* length of key */
    uint32_t key_len;

#define VIRTIO_CRYPTO_AKCIPHER_SESS_ALGO_SPEC_HDR_SIZE 44
    /*
     * Selected by algo: struct virtio_crypto_rsa_session_para or
     * struct virtio_crypto_ecdsa_session_flf, rest ignored.
     */
    uint8_t algo_flf[VIRTIO_CRYPTO_AKCIPHER_SESS_ALGO_SPEC_HDR_SIZE];
};

/* HASH data, vlf: src_data -> hash_result */
struct virtio_crypto_hash_data_flf {
    /* length of source data */
    uint32_t src_data_len;
    /* hash result length */
    uint32_t hash_result_len;
};

/* sess_para of struct virtio_crypto_hash_data_flf_stateless */
struct virtio_crypto_hash_stateless_sess_para {
    /* See VIRTIO_CRYPTO_HASH_* */
    uint32_t algo;
};

/* Stateless HASH data, vlf: src_data -> hash_result */
struct virtio_crypto_hash_data_flf_stateless {
    struct virtio_crypto_hash_stateless_sess_para sess_para;

    /* length of source data */
    uint32_t src_data_len;
    /* hash result length */
    uint32_t hash_result_len;
    uint32_t reserved;
};

/* MAC data, vlf: src_data -> hash_result */
struct virtio_crypto_mac_data_flf {
    struct virtio_crypto_hash_data_flf hdr;
};

/* sess_para of struct virtio_crypto_mac_data_flf_stateless */
struct virtio_crypto_mac_stateless_sess_para {
    /* See VIRTIO_CRYPTO_MAC_* */
    uint32_t algo;
    /* length of authenticated key */
    uint32_t auth_key_len;
};

/* Stateless MAC data, vlf: auth_key, src_data -> hash_result */
struct virtio_crypto_mac_data_flf_stateless {
    struct virtio_crypto_mac_stateless_sess_para sess_para;

    /* length of source data */
    uint32_t src_data_len;
    /* hash result length */
    uint32_t hash_result_len;
};

/*
 * CIPHER data (VIRTIO_CRYPTO_SYM_OP_CIPHER), vlf: iv, src_data -> dst_data
 * Same layout as the legacy struct virtio_crypto_cipher_para.
 */
struct virtio_crypto_cipher_data_flf {
    /* Byte length of valid IV/Counter data */
    uint32_t iv_len;
    /* length of source data */
    uint32_t src_data_len;
    /* length of destination data */
    uint32_t dst_data_len;
    uint32_t padding;
};

/*
 * sess_para of struct virtio_crypto_cipher_data_flf_stateless, also the
 * cipher part of struct virtio_crypto_alg_chain_stateless_sess_para.
 */
struct virtio_crypto_cipher_stateless_sess_para {
    /* See VIRTIO_CRYPTO_CIPHER_* */
    uint32_t algo;
    /* length of key */
    uint32_t key_len;
    /* See VIRTIO_CRYPTO_OP_* */
    uint32_t op;
};

/* Stateless CIPHER data, vlf: cipher_key, iv, src_data -> dst_data */
struct virtio_crypto_cipher_data_flf_stateless {
    struct virtio_crypto_cipher_stateless_sess_para sess_para;

    /* Byte length of valid IV/Counter data */
    uint32_t iv_len;
    /* length of source data */
    uint32_t src_data_len;
    /* length of destination data */
    uint32_t dst_data_len;
};

/*
 * Algorithm chaining data (VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING),
 * vlf (REVISION_1, session mode): iv, src_data, aad -> dst_data,
 * hash_result.  The legacy request (struct virtio_crypto_alg_chain_data_para,
 * same 40-byte layout) orders the device-readable part iv, aad, src_data,
 * as QEMU and DPDK have always done.
 */
struct virtio_crypto_alg_chain_data_flf {
    uint32_t iv_len;
    /* Length of source data */
    uint32_t src_data_len;
    /* Length of destination data */
    uint32_t dst_data_len;
    /* Starting point for cipher processing in source data */
    uint32_t cipher_start_src_offset;
    /* Length of the source data that the cipher will be computed on */
    uint32_t len_to_cipher;
    /* Starting point for hash processing in source data */
    uint32_t hash_start_src_offset;
    /* Length of the source data that the hash will be computed on */
    uint32_t len_to_hash;
    /* Length of the additional auth data */
    uint32_t aad_len;
    /* Length of the hash result */
    uint32_t hash_result_len;
    uint32_t reserved;
};

/* hash part of struct virtio_crypto_alg_chain_stateless_sess_para */
struct virtio_crypto_alg_chain_stateless_hash_para {
    /* See VIRTIO_CRYPTO_HASH_* or VIRTIO_CRYPTO_MAC_* */
    uint32_t algo;
    /* length of authenticated key */
    uint32_t auth_key_len;
    /* See VIRTIO_CRYPTO_SYM_HASH_MODE_* */
    uint32_t hash_mode;
};

/* sess_para of struct virtio_crypto_alg_chain_data_flf_stateless */
struct virtio_crypto_alg_chain_stateless_sess_para {
    /* See VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_* */
    uint32_t alg_chain_order;
    /* length of the additional authenticated data in bytes */
    uint32_t aad_len;
    struct virtio_crypto_cipher_stateless_sess_para cipher;
    struct virtio_crypto_alg_chain_stateless_hash_para hash;
};

/*
 * Stateless algorithm chaining data, vlf: cipher_key, auth_key, iv, aad,
 * src_data -> dst_data, hash_result
 */
struct virtio_crypto_alg_chain_data_flf_stateless {
    struct virtio_crypto_alg_chain_stateless_sess_para sess_para;

    uint32_t iv_len;
    /* Length of source data */
    uint32_t src_data_len;
    /* Length of destination data */
    uint32_t dst_data_len;
    /* Starting point for cipher processing in source data */
    uint32_t cipher_start_src_offset;
    /* Length of the source data that the cipher will be computed on */
    uint32_t len_to_cipher;
    /* Starting point for hash processing in source data */
    uint32_t hash_start_src_offset;
    /* Length of the source data that the hash will be computed on */
    uint32_t len_to_hash;
    /* Length of the additional auth data */
    uint32_t aad_len;
    /* Length of the hash result */
    uint32_t hash_result_len;
    uint32_t reserved;
};

/*
 * Symmetric data (VIRTIO_CRYPTO_CIPHER_ENCRYPT/DECRYPT), vlf: that of the
 * struct in op_type_flf (see virtio_crypto_cipher_data_flf and
 * virtio_crypto_alg_chain_data_flf).
 */
struct virtio_crypto_sym_data_flf {
#define VIRTIO_CRYPTO_SYM_DATA_REQ_HDR_SIZE    40
    /*
     * Selected by op_type: struct virtio_crypto_cipher_data_flf or
     * struct virtio_crypto_alg_chain_data_flf, rest ignored.
     */
    uint8_t op_type_flf[VIRTIO_CRYPTO_SYM_DATA_REQ_HDR_SIZE];

    /* See VIRTIO_CRYPTO_SYM_OP_* */
    uint32_t op_type;
    uint32_t padding;
};

/*
 * Stateless symmetric data, vlf: that of the struct in op_type_flf (see
 * virtio_crypto_cipher_data_flf_stateless and
 * virtio_crypto_alg_chain_data_flf_stateless).  76 bytes: unlike the
 * session form there is no trailing padding.
 */
struct virtio_crypto_sym_data_flf_stateless {
#define VIRTIO_CRYPTO_SYM_DATA_REQ_HDR_STATELESS_SIZE    72
/* The standard's spelling */
#define VIRTIO_CRYPTO_SYM_DATE_REQ_HDR_STATELESS_SIZE \
    VIRTIO_CRYPTO_SYM_DATA_REQ_HDR_STATELESS_SIZE
    /*
     * Selected by op_type: struct virtio_crypto_cipher_data_flf_stateless
     * or struct virtio_crypto_alg_chain_data_flf_stateless, rest ignored.
     */
    uint8_t op_type_flf[VIRTIO_CRYPTO_SYM_DATA_REQ_HDR_STATELESS_SIZE];

    /* See VIRTIO_CRYPTO_SYM_OP_* */
    uint32_t op_type;
};

/*
 * AEAD data, vlf: iv, src_data, aad -> dst_data (every mode puts src
 * before aad).  Encrypt: dst_data = ciphertext || tag, dst_data_len >=
 * src_data_len + tag_len.  Decrypt: src_data = ciphertext || tag,
 * dst_data = plaintext.  A non-zero tag_len must equal the session's.
 * The legacy struct virtio_crypto_aead_para is 16 bytes (no tag_len).
 */
struct virtio_crypto_aead_data_flf {
    /*
     * Byte Length of valid IV data.
     *
     * For GCM mode, this is either 12 (for 96-bit IVs) or 16, in which
     *   case iv points to J0.
     * For CCM mode, this is the length of the nonce, which can be in the
     *   range 7 to 13 inclusive.
     */
    uint32_t iv_len;
    /* length of additional auth data */
    uint32_t aad_len;
    /* length of source data */
    uint32_t src_data_len;
    /* length of dst data, this should be at least src_data_len + tag_len */
    uint32_t dst_data_len;
    /* Authentication tag length */
    uint32_t tag_len;
    uint32_t reserved;
};

/* sess_para of struct virtio_crypto_aead_data_flf_stateless */
struct virtio_crypto_aead_stateless_sess_para {
    /* See VIRTIO_CRYPTO_AEAD_* */
    uint32_t algo;
    /* length of key */
    uint32_t key_len;
    /* encrypt or decrypt, see VIRTIO_CRYPTO_OP_* */
    uint32_t op;
};

/* Stateless AEAD data, vlf: key, iv, src_data, aad -> dst_data */
struct virtio_crypto_aead_data_flf_stateless {
    struct virtio_crypto_aead_stateless_sess_para sess_para;

    /* Byte Length of valid IV data. */
    uint32_t iv_len;
    /* Authentication tag length */
    uint32_t tag_len;
    /* length of additional auth data */
    uint32_t aad_len;
    /* length of source data */
    uint32_t src_data_len;
    /* length of dst data, this should be at least src_data_len + tag_len */
    uint32_t dst_data_len;
};

/*
 * AKCIPHER data, vlf: src_data -> dst_data.
 * Verify: src_data = signature || signed data (digest), src_data_len =
 * signature length, dst_data_len = digest length, nothing is written to
 * dst_data; a bad signature gives VIRTIO_CRYPTO_KEY_REJECTED.
 * Same layout as the legacy struct virtio_crypto_akcipher_para.
 */
struct virtio_crypto_akcipher_data_flf {
    /* length of source data */
    uint32_t src_data_len;
    /* length of dst data */
    uint32_t dst_data_len;
};

/* sess_para of struct virtio_crypto_akcipher_data_flf_stateless */
struct virtio_crypto_akcipher_stateless_sess_para {
    /* See VIRTIO_CRYPTO_AKCIPHER_* */
    uint32_t algo;
    /* See VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_* */
    uint32_t key_type;
    /* length of key */
    uint32_t key_len;

    /* algorithm specific parameters, selected by algo */
    union {
        struct virtio_crypto_rsa_session_para rsa;
        struct virtio_crypto_ecdsa_session_flf ecdsa;
    } u;
};

/*
 * Stateless AKCIPHER data, vlf: akcipher_key, src_data -> dst_data.
 * The standard also spells it virtio_crypto_akcipher_data_flf_statless.
 */
struct virtio_crypto_akcipher_data_flf_stateless {
    struct virtio_crypto_akcipher_stateless_sess_para sess_para;

    /* length of source data */
    uint32_t src_data_len;
    /* length of destination data */
    uint32_t dst_data_len;
};

#endif /* QEMU_VIRTIO_CRYPTO_LAYOUTS_H */
