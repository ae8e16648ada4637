/*
 * Virtio crypto request codec
 *
 * Each wire layout is one entry of a table: where its fixed-length fields
 * lie and in which order its variable-length parts follow.  One walker reads
 * any entry, so every length check and every offset sum happens in one
 * place.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/iov.h"
#include "hw/virtio/virtio-crypto-codec.h"

/* The legacy forms Linux and DPDK send: fixed 72-byte requests */
#define LEGACY_CTRL_FLF_LEN VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY
#define LEGACY_DATA_FLF_LEN VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY

/* The sizes of ../shared/spec/sizes.md: legacy and REVISION_1 forms */
#define VC_SIZE(name, n) \
    QEMU_BUILD_BUG_ON(sizeof(struct virtio_crypto_##name) != (n))
VC_SIZE(ctrl_header, 16);
VC_SIZE(session_input, 16);
VC_SIZE(create_session_input, 16);
VC_SIZE(cipher_session_para, 16);
VC_SIZE(cipher_session_req, 48);
VC_SIZE(cipher_session_flf, 16);
VC_SIZE(hash_session_para, 16);
VC_SIZE(hash_create_session_req, 56);
VC_SIZE(hash_create_session_flf, 8);
VC_SIZE(mac_session_para, 16);
VC_SIZE(mac_create_session_req, 56);
VC_SIZE(mac_create_session_flf, 16);
VC_SIZE(aead_session_para, 24);
VC_SIZE(aead_create_session_req, 56);
VC_SIZE(aead_create_session_flf, 24);
VC_SIZE(alg_chain_session_para, 48);
VC_SIZE(alg_chain_session_req, 48);
VC_SIZE(alg_chain_session_flf, 48);
VC_SIZE(sym_create_session_req, 56);
VC_SIZE(sym_create_session_flf, 56);
VC_SIZE(rsa_session_para, 8);
VC_SIZE(ecdsa_session_para, 8);
VC_SIZE(ecdsa_session_flf, 4);
VC_SIZE(akcipher_session_para, 20);
VC_SIZE(akcipher_create_session_req, 56);
VC_SIZE(akcipher_create_session_flf, 56);
VC_SIZE(destroy_session_req, 56);
VC_SIZE(destroy_session_flf, 8);
VC_SIZE(destroy_session_input, 1);
VC_SIZE(op_ctrl_req, 72);
VC_SIZE(op_header, 24);
VC_SIZE(cipher_para, 16);
VC_SIZE(cipher_data_req, 40);
VC_SIZE(cipher_data_flf, 16);
VC_SIZE(cipher_data_flf_stateless, 24);
VC_SIZE(hash_para, 8);
VC_SIZE(hash_data_req, 48);
VC_SIZE(hash_data_flf, 8);
VC_SIZE(hash_data_flf_stateless, 16);
VC_SIZE(mac_para, 8);
VC_SIZE(mac_data_req, 48);
VC_SIZE(mac_data_flf, 8);
VC_SIZE(mac_data_flf_stateless, 16);
VC_SIZE(alg_chain_data_para, 40);
VC_SIZE(alg_chain_data_req, 40);
VC_SIZE(alg_chain_data_flf, 40);
VC_SIZE(alg_chain_data_flf_stateless, 72);
VC_SIZE(sym_data_req, 48);
VC_SIZE(sym_data_flf, 48);
VC_SIZE(sym_data_flf_stateless, 76);
VC_SIZE(aead_para, 16);
VC_SIZE(aead_data_req, 48);
VC_SIZE(aead_data_flf, 24);
VC_SIZE(aead_data_flf_stateless, 32);
VC_SIZE(akcipher_para, 8);
VC_SIZE(akcipher_data_req, 48);
VC_SIZE(akcipher_data_flf, 8);
VC_SIZE(akcipher_data_flf_stateless, 28);
VC_SIZE(op_data_req, 72);
VC_SIZE(config, 56);
VC_SIZE(inhdr, 1);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_op_ctrl_req, u) != 16);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_op_data_req, u) != 24);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_sym_data_req, op_type) != 40);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_sym_data_flf, op_type) != 40);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_sym_data_flf_stateless,
                           op_type) != 72);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_config, akcipher_algo) != 44);
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_config, max_size) != 48);
QEMU_BUILD_BUG_ON(sizeof(struct virtio_crypto_ctrl_header) +
                  LEGACY_CTRL_FLF_LEN != 72);
QEMU_BUILD_BUG_ON(sizeof(struct virtio_crypto_op_header) +
                  LEGACY_DATA_FLF_LEN != 72);

typedef enum VirtIOCryptoFormat {
    VC_FMT_LEGACY,
} VirtIOCryptoFormat;

#define LAYOUT_MAX_FIELDS 12
#define LAYOUT_MAX_SEGS   6
#define LAYOUT_MAX_MATCH  2

typedef struct VirtIOCryptoFieldLoc {
    uint8_t field;              /* VirtIOCryptoField + 1; 0 ends the list */
    uint8_t offset;             /* from the start of the flf */
} VirtIOCryptoFieldLoc;

typedef struct VirtIOCryptoMatch {
    uint8_t field;              /* VirtIOCryptoField + 1; 0 = no condition */
    uint32_t value;
} VirtIOCryptoMatch;

typedef struct VirtIOCryptoLayout {
    uint32_t opcode;
    VirtIOCryptoFormat format;
    uint8_t flf_len;
    /* conditions on fields that select this layout among the opcode's */
    VirtIOCryptoMatch match[LAYOUT_MAX_MATCH];
    VirtIOCryptoFieldLoc fields[LAYOUT_MAX_FIELDS];
    uint8_t segs[LAYOUT_MAX_SEGS];   /* VirtIOCryptoSegment + 1, wire order */
} VirtIOCryptoLayout;

#define FLD(f, type, member) { VCF_##f + 1, offsetof(type, member) }
#define SEGS(...) { __VA_ARGS__ }
#define S(s) (VCS_##s + 1)
#define MATCH(f, v) { VCF_##f + 1, (v) }

/* The length field of each variable part */
static const uint8_t seg_len_field[VCS__MAX] = {
    [VCS_CIPHER_KEY] = VCF_CIPHER_KEY_LEN,
    [VCS_AUTH_KEY] = VCF_AUTH_KEY_LEN,
    [VCS_AK_KEY] = VCF_AK_KEY_LEN,
    [VCS_IV] = VCF_IV_LEN,
    [VCS_AAD] = VCF_AAD_LEN,
    [VCS_SRC] = VCF_SRC_LEN,
    [VCS_VERIFY_DIGEST] = VCF_DST_LEN,
    [VCS_DST] = VCF_DST_LEN,
    [VCS_DIGEST] = VCF_HASH_RESULT_LEN,
};

typedef struct virtio_crypto_sym_create_session_req LegacySymSess;
typedef struct virtio_crypto_hash_create_session_req LegacyHashSess;
typedef struct virtio_crypto_mac_create_session_req LegacyMacSess;
typedef struct virtio_crypto_aead_create_session_req LegacyAeadSess;
typedef struct virtio_crypto_akcipher_create_session_req LegacyAkSess;
typedef struct virtio_crypto_sym_data_req LegacySymData;
typedef struct virtio_crypto_hash_data_req LegacyHashData;
typedef struct virtio_crypto_mac_data_req LegacyMacData;
typedef struct virtio_crypto_aead_data_req LegacyAeadData;
typedef struct virtio_crypto_akcipher_data_req LegacyAkData;

#define LEGACY_CHAIN_SESS_FIELDS(extra...)                                   \
    FLD(OP_TYPE, LegacySymSess, op_type),                                    \
    FLD(CHAIN_ORDER, LegacySymSess, u.chain.para.alg_chain_order),           \
    FLD(HASH_MODE, LegacySymSess, u.chain.para.hash_mode),                   \
    FLD(CIPHER_ALGO, LegacySymSess, u.chain.para.cipher_param.algo),         \
    FLD(CIPHER_KEY_LEN, LegacySymSess, u.chain.para.cipher_param.keylen),    \
    FLD(CIPHER_OP, LegacySymSess, u.chain.para.cipher_param.op),             \
    FLD(HASH_ALGO, LegacySymSess, u.chain.para.u.mac_param.algo),            \
    FLD(HASH_RESULT_LEN, LegacySymSess,                                      \
        u.chain.para.u.mac_param.hash_result_len),                           \
    FLD(AAD_LEN, LegacySymSess, u.chain.para.aad_len), ##extra

#define LEGACY_AK_DATA_FIELDS                                                \
    FLD(SRC_LEN, LegacyAkData, para.src_data_len),                           \
    FLD(DST_LEN, LegacyAkData, para.dst_data_len)

static const VirtIOCryptoLayout ctrl_layouts[] = {
    {
        .opcode = VIRTIO_CRYPTO_CIPHER_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_CIPHER) },
        .fields = {
            FLD(OP_TYPE, LegacySymSess, op_type),
            FLD(CIPHER_ALGO, LegacySymSess, u.cipher.para.algo),
            FLD(CIPHER_KEY_LEN, LegacySymSess, u.cipher.para.keylen),
            FLD(CIPHER_OP, LegacySymSess, u.cipher.para.op),
        },
        .segs = SEGS(S(CIPHER_KEY)),
    }, {
        .opcode = VIRTIO_CRYPTO_CIPHER_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING),
                   MATCH(HASH_MODE, VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN) },
        .fields = { LEGACY_CHAIN_SESS_FIELDS() },
        .segs = SEGS(S(CIPHER_KEY)),
    }, {
        .opcode = VIRTIO_CRYPTO_CIPHER_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING),
                   MATCH(HASH_MODE, VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH) },
        .fields = { LEGACY_CHAIN_SESS_FIELDS(
            FLD(AUTH_KEY_LEN, LegacySymSess,
                u.chain.para.u.mac_param.auth_key_len)) },
        .segs = SEGS(S(CIPHER_KEY), S(AUTH_KEY)),
    }, {
        .opcode = VIRTIO_CRYPTO_HASH_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .fields = {
            FLD(HASH_ALGO, LegacyHashSess, para.algo),
            FLD(HASH_RESULT_LEN, LegacyHashSess, para.hash_result_len),
        },
    }, {
        .opcode = VIRTIO_CRYPTO_MAC_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .fields = {
            FLD(HASH_ALGO, LegacyMacSess, para.algo),
            FLD(HASH_RESULT_LEN, LegacyMacSess, para.hash_result_len),
            FLD(AUTH_KEY_LEN, LegacyMacSess, para.auth_key_len),
        },
        .segs = SEGS(S(AUTH_KEY)),
    }, {
        .opcode = VIRTIO_CRYPTO_AEAD_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .fields = {
            FLD(CIPHER_ALGO, LegacyAeadSess, para.algo),
            FLD(CIPHER_KEY_LEN, LegacyAeadSess, para.key_len),
            FLD(HASH_RESULT_LEN, LegacyAeadSess, para.hash_result_len),
            FLD(AAD_LEN, LegacyAeadSess, para.aad_len),
            FLD(CIPHER_OP, LegacyAeadSess, para.op),
        },
        .segs = SEGS(S(CIPHER_KEY)),
    }, {
        .opcode = VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_CTRL_FLF_LEN,
        .fields = {
            FLD(AK_ALGO, LegacyAkSess, para.algo),
            FLD(AK_KEY_TYPE, LegacyAkSess, para.keytype),
            FLD(AK_KEY_LEN, LegacyAkSess, para.keylen),
            FLD(AK_PARA0, LegacyAkSess, para.u.rsa.padding_algo),
            FLD(AK_PARA1, LegacyAkSess, para.u.rsa.hash_algo),
        },
        .segs = SEGS(S(AK_KEY)),
    },
};

static const VirtIOCryptoLayout data_layouts[] = {
#define LEGACY_CIPHER_DATA(op)                                               \
    {                                                                        \
        .opcode = (op),                                                      \
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,             \
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_CIPHER) },            \
        .fields = {                                                          \
            FLD(OP_TYPE, LegacySymData, op_type),                            \
            FLD(IV_LEN, LegacySymData, u.cipher.para.iv_len),                \
            FLD(SRC_LEN, LegacySymData, u.cipher.para.src_data_len),         \
            FLD(DST_LEN, LegacySymData, u.cipher.para.dst_data_len),         \
        },                                                                   \
        .segs = SEGS(S(IV), S(SRC), S(DST)),                                 \
    }, {                                                                     \
        .opcode = (op),                                                      \
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,             \
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING) },\
        .fields = {                                                          \
            FLD(OP_TYPE, LegacySymData, op_type),                            \
            FLD(IV_LEN, LegacySymData, u.chain.para.iv_len),                 \
            FLD(SRC_LEN, LegacySymData, u.chain.para.src_data_len),          \
            FLD(DST_LEN, LegacySymData, u.chain.para.dst_data_len),          \
            FLD(CIPHER_START, LegacySymData,                                 \
                u.chain.para.cipher_start_src_offset),                       \
            FLD(LEN_TO_CIPHER, LegacySymData, u.chain.para.len_to_cipher),   \
            FLD(HASH_START, LegacySymData,                                   \
                u.chain.para.hash_start_src_offset),                         \
            FLD(LEN_TO_HASH, LegacySymData, u.chain.para.len_to_hash),       \
            FLD(AAD_LEN, LegacySymData, u.chain.para.aad_len),               \
            FLD(HASH_RESULT_LEN, LegacySymData, u.chain.para.hash_result_len),\
        },                                                                   \
        /* D6: legacy chains carry iv, aad, src */                           \
        .segs = SEGS(S(IV), S(AAD), S(SRC), S(DST), S(DIGEST)),              \
    }
    LEGACY_CIPHER_DATA(VIRTIO_CRYPTO_CIPHER_ENCRYPT),
    LEGACY_CIPHER_DATA(VIRTIO_CRYPTO_CIPHER_DECRYPT),
    {
        .opcode = VIRTIO_CRYPTO_HASH,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,
        .fields = {
            FLD(SRC_LEN, LegacyHashData, para.src_data_len),
            FLD(HASH_RESULT_LEN, LegacyHashData, para.hash_result_len),
        },
        .segs = SEGS(S(SRC), S(DIGEST)),
    }, {
        .opcode = VIRTIO_CRYPTO_MAC,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,
        .fields = {
            FLD(SRC_LEN, LegacyMacData, para.hash.src_data_len),
            FLD(HASH_RESULT_LEN, LegacyMacData, para.hash.hash_result_len),
        },
        .segs = SEGS(S(SRC), S(DIGEST)),
    },
#define LEGACY_AEAD_DATA(op)                                                 \
    {                                                                        \
        .opcode = (op),                                                      \
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,             \
        .fields = {                                                          \
            FLD(IV_LEN, LegacyAeadData, para.iv_len),                        \
            FLD(AAD_LEN, LegacyAeadData, para.aad_len),                      \
            FLD(SRC_LEN, LegacyAeadData, para.src_data_len),                 \
            FLD(DST_LEN, LegacyAeadData, para.dst_data_len),                 \
        },                                                                   \
        /* D7: iv, src, aad */                                               \
        .segs = SEGS(S(IV), S(SRC), S(AAD), S(DST)),                         \
    }
    LEGACY_AEAD_DATA(VIRTIO_CRYPTO_AEAD_ENCRYPT),
    LEGACY_AEAD_DATA(VIRTIO_CRYPTO_AEAD_DECRYPT),
#define LEGACY_AK_DATA(op)                                                   \
    {                                                                        \
        .opcode = (op),                                                      \
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,             \
        .fields = { LEGACY_AK_DATA_FIELDS },                                 \
        .segs = SEGS(S(SRC), S(DST)),                                        \
    }
    LEGACY_AK_DATA(VIRTIO_CRYPTO_AKCIPHER_ENCRYPT),
    LEGACY_AK_DATA(VIRTIO_CRYPTO_AKCIPHER_DECRYPT),
    LEGACY_AK_DATA(VIRTIO_CRYPTO_AKCIPHER_SIGN),
    {
        /* D8: verify reads signature ‖ digest and writes only the status */
        .opcode = VIRTIO_CRYPTO_AKCIPHER_VERIFY,
        .format = VC_FMT_LEGACY, .flf_len = LEGACY_DATA_FLF_LEN,
        .fields = { LEGACY_AK_DATA_FIELDS },
        .segs = SEGS(S(SRC), S(VERIFY_DIGEST)),
    },
};

static VirtIOCryptoFormat format_of(uint64_t features)
{
    return VC_FMT_LEGACY;
}

static bool layout_matches(const VirtIOCryptoLayout *l, uint32_t opcode,
                           VirtIOCryptoFormat format, const uint8_t *flf)
{
    int i, j;

    if (l->opcode != opcode || l->format != format) {
        return false;
    }
    for (i = 0; i < LAYOUT_MAX_MATCH && l->match[i].field; i++) {
        for (j = 0; j < LAYOUT_MAX_FIELDS && l->fields[j].field; j++) {
            if (l->fields[j].field == l->match[i].field) {
                break;
            }
        }
        /* a condition on a field the layout does not have is a table bug */
        assert(j < LAYOUT_MAX_FIELDS && l->fields[j].field);
        if (ldl_le_p(flf + l->fields[j].offset) != l->match[i].value) {
            return false;
        }
    }
    return true;
}

/*
 * Find the layout for @opcode in @format.  The fixed part of every layout of
 * one opcode and format has the same length, so @flf holds enough bytes to
 * test every candidate's conditions.
 */
static const VirtIOCryptoLayout *
find_layout(const VirtIOCryptoLayout *table, size_t n, uint32_t opcode,
            VirtIOCryptoFormat format, const uint8_t *flf, size_t flf_avail)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (table[i].opcode == opcode && table[i].format == format &&
            table[i].flf_len <= flf_avail &&
            layout_matches(&table[i], opcode, format, flf)) {
            return &table[i];
        }
    }
    return NULL;
}

static bool opcode_known(const VirtIOCryptoLayout *table, size_t n,
                         uint32_t opcode, VirtIOCryptoFormat format,
                         uint8_t *flf_len)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (table[i].opcode == opcode && table[i].format == format) {
            *flf_len = table[i].flf_len;
            return true;
        }
    }
    return false;
}

static uint32_t seg_limit(VirtIOCryptoSegment seg,
                          const VirtIOCryptoLimits *limits)
{
    switch (seg) {
    case VCS_CIPHER_KEY:
        return limits->max_cipher_key_len;
    case VCS_AUTH_KEY:
        return limits->max_auth_key_len;
    case VCS_AK_KEY:
        return limits->max_akcipher_key_len;
    default:
        return UINT32_MAX;
    }
}

/*
 * Load the fixed fields of @l from @flf and place its variable parts: the
 * readable ones from @out_pos on, the writable ones from 0.  Fails with
 * VIRTIO_CRYPTO_ERR when a length exceeds a limit or the buffers.
 */
static uint8_t walk_layout(const VirtIOCryptoLayout *l, const uint8_t *flf,
                           size_t out_pos, size_t out_len,
                           size_t in_reserved, size_t in_len,
                           const VirtIOCryptoLimits *limits, bool is_data,
                           VirtIOCryptoDecoded *req)
{
    uint64_t r = out_pos, w = 0, total = 0;
    int i;

    memset(req->field, 0, sizeof(req->field));
    memset(req->seg, 0, sizeof(req->seg));
    for (i = 0; i < LAYOUT_MAX_FIELDS && l->fields[i].field; i++) {
        req->field[l->fields[i].field - 1] = ldl_le_p(flf + l->fields[i].offset);
    }
    for (i = 0; i < LAYOUT_MAX_SEGS && l->segs[i]; i++) {
        VirtIOCryptoSegment s = l->segs[i] - 1;
        uint32_t len = req->field[seg_len_field[s]];

        if (len > seg_limit(s, limits)) {
            return VIRTIO_CRYPTO_ERR;
        }
        /* 32-bit lengths summed in 64 bits cannot overflow */
        total += len;
        if (s >= VCS_FIRST_WRITABLE) {
            req->seg[s] = (VirtIOCryptoSpan) { .offset = w, .len = len };
            w += len;
        } else {
            req->seg[s] = (VirtIOCryptoSpan) { .offset = r, .len = len };
            r += len;
        }
    }
    if (is_data && total > limits->max_size) {
        return VIRTIO_CRYPTO_ERR;
    }
    if (r > out_len || w + in_reserved > in_len) {
        return VIRTIO_CRYPTO_ERR;
    }
    return VIRTIO_CRYPTO_OK;
}

size_t virtio_crypto_status_offset(const struct iovec *in, unsigned in_num)
{
    size_t len = iov_size(in, in_num);

    return len ? len - 1 : 0;
}

static bool ctrl_opcode_kind(uint32_t opcode, VirtIOCryptoReqKind *kind)
{
    switch (opcode) {
    case VIRTIO_CRYPTO_CIPHER_CREATE_SESSION:
    case VIRTIO_CRYPTO_HASH_CREATE_SESSION:
    case VIRTIO_CRYPTO_MAC_CREATE_SESSION:
    case VIRTIO_CRYPTO_AEAD_CREATE_SESSION:
    case VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION:
        *kind = VIRTIO_CRYPTO_REQ_CREATE_SESSION;
        return true;
    case VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION:
    case VIRTIO_CRYPTO_HASH_DESTROY_SESSION:
    case VIRTIO_CRYPTO_MAC_DESTROY_SESSION:
    case VIRTIO_CRYPTO_AEAD_DESTROY_SESSION:
    case VIRTIO_CRYPTO_AKCIPHER_DESTROY_SESSION:
        *kind = VIRTIO_CRYPTO_REQ_DESTROY_SESSION;
        return true;
    default:
        return false;
    }
}

#define MAX_FLF_LEN 128

VirtIOCryptoDecodeResult
virtio_crypto_decode_ctrl(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req)
{
    VirtIOCryptoFormat format = format_of(features);
    size_t out_len = iov_size(out, out_num);
    size_t in_len = iov_size(in, in_num);
    struct virtio_crypto_ctrl_header hdr;
    uint8_t flf[MAX_FLF_LEN];
    const VirtIOCryptoLayout *l;
    uint8_t flf_len = LEGACY_CTRL_FLF_LEN;
    VirtIOCryptoDecodeResult res = { VIRTIO_CRYPTO_ERR, true };

    memset(req, 0, sizeof(*req));
    /*
     * Until the opcode says otherwise, answer in the create form when the
     * guest left room for it, else in the destroy form.
     */
    req->kind = in_len >= sizeof(struct virtio_crypto_session_input)
                ? VIRTIO_CRYPTO_REQ_CREATE_SESSION
                : VIRTIO_CRYPTO_REQ_DESTROY_SESSION;

    if (iov_to_buf(out, out_num, 0, &hdr, sizeof(hdr)) != sizeof(hdr)) {
        goto reply_shape;
    }
    req->opcode = le32_to_cpu(hdr.opcode);
    req->service = req->opcode >> 8;
    req->header_algo = le32_to_cpu(hdr.algo);

    if (!ctrl_opcode_kind(req->opcode, &req->kind)) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        goto reply_shape;
    }
    if (req->kind == VIRTIO_CRYPTO_REQ_CREATE_SESSION &&
        !opcode_known(ctrl_layouts, ARRAY_SIZE(ctrl_layouts), req->opcode,
                      format, &flf_len)) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        goto reply_shape;
    }
    if (iov_to_buf(out, out_num, sizeof(hdr), flf, flf_len) != flf_len) {
        goto reply_shape;
    }

    if (req->kind == VIRTIO_CRYPTO_REQ_DESTROY_SESSION) {
        req->session_id = ldq_le_p(flf);
        res.status = VIRTIO_CRYPTO_OK;
        goto reply_shape;
    }

    l = find_layout(ctrl_layouts, ARRAY_SIZE(ctrl_layouts), req->opcode,
                    format, flf, flf_len);
    if (!l) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        goto reply_shape;
    }
    res.status = walk_layout(l, flf, sizeof(hdr) + flf_len, out_len,
                             sizeof(struct virtio_crypto_session_input),
                             in_len, limits, false, req);

reply_shape:
    if (req->kind == VIRTIO_CRYPTO_REQ_CREATE_SESSION) {
        /* D5: { le64 session_id; le32 status; le32 padding } */
        req->outcome_len = sizeof(struct virtio_crypto_session_input);
        req->status_offset = offsetof(struct virtio_crypto_session_input,
                                      status);
        res.status_reachable = in_len >= req->outcome_len;
    } else {
        /* D5: the status byte, then zeros up to 8 bytes */
        req->outcome_len = MIN(in_len, 8);
        req->status_offset = 0;
        res.status_reachable = in_len >= 1;
    }
    return res;
}

static bool data_opcode_known(uint32_t opcode)
{
    switch (opcode) {
    case VIRTIO_CRYPTO_CIPHER_ENCRYPT:
    case VIRTIO_CRYPTO_CIPHER_DECRYPT:
    case VIRTIO_CRYPTO_HASH:
    case VIRTIO_CRYPTO_MAC:
    case VIRTIO_CRYPTO_AEAD_ENCRYPT:
    case VIRTIO_CRYPTO_AEAD_DECRYPT:
    case VIRTIO_CRYPTO_AKCIPHER_ENCRYPT:
    case VIRTIO_CRYPTO_AKCIPHER_DECRYPT:
    case VIRTIO_CRYPTO_AKCIPHER_SIGN:
    case VIRTIO_CRYPTO_AKCIPHER_VERIFY:
        return true;
    default:
        return false;
    }
}

/* A chain's cipher and hash ranges must lie inside its source data */
static bool chain_ranges_valid(const VirtIOCryptoDecoded *req)
{
    uint64_t src = req->field[VCF_SRC_LEN];

    return (uint64_t)req->field[VCF_CIPHER_START] +
               req->field[VCF_LEN_TO_CIPHER] <= src &&
           (uint64_t)req->field[VCF_HASH_START] +
               req->field[VCF_LEN_TO_HASH] <= src;
}

VirtIOCryptoDecodeResult
virtio_crypto_decode_data(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req)
{
    VirtIOCryptoFormat format = format_of(features);
    size_t out_len = iov_size(out, out_num);
    size_t in_len = iov_size(in, in_num);
    struct virtio_crypto_op_header hdr;
    uint8_t flf[MAX_FLF_LEN];
    uint8_t flf_len;
    const VirtIOCryptoLayout *l;
    VirtIOCryptoDecodeResult res = { VIRTIO_CRYPTO_ERR, in_len >= 1 };

    memset(req, 0, sizeof(*req));
    req->kind = VIRTIO_CRYPTO_REQ_DATA;
    req->status_offset = virtio_crypto_status_offset(in, in_num);
    if (!res.status_reachable) {
        return res;
    }

    if (iov_to_buf(out, out_num, 0, &hdr, sizeof(hdr)) != sizeof(hdr)) {
        return res;
    }
    req->opcode = le32_to_cpu(hdr.opcode);
    req->service = req->opcode >> 8;
    req->header_algo = le32_to_cpu(hdr.algo);
    /* legacy requests are always session mode (D2) */
    req->session_id = le64_to_cpu(hdr.session_id);

    if (!data_opcode_known(req->opcode) ||
        !opcode_known(data_layouts, ARRAY_SIZE(data_layouts), req->opcode,
                      format, &flf_len)) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        return res;
    }
    if (iov_to_buf(out, out_num, sizeof(hdr), flf, flf_len) != flf_len) {
        return res;
    }
    l = find_layout(data_layouts, ARRAY_SIZE(data_layouts), req->opcode,
                    format, flf, flf_len);
    if (!l) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        return res;
    }
    /* one writable byte is reserved for the status */
    res.status = walk_layout(l, flf, sizeof(hdr) + flf_len, out_len, 1,
                             in_len, limits, true, req);
    if (res.status == VIRTIO_CRYPTO_OK &&
        req->field[VCF_OP_TYPE] == VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING &&
        !chain_ranges_valid(req)) {
        res.status = VIRTIO_CRYPTO_ERR;
    }
    return res;
}
