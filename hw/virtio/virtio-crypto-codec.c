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

/*
 * The sizes of the specification's structures (virtio 1.2, 5.9.7): the
 * legacy and the REVISION_1 forms
 */
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

/*
 * The three request formats: legacy, REVISION_1 session-mode layouts
 * and, for a service whose stateless bit is negotiated, the REVISION_1
 * stateless layouts.
 */
typedef enum VirtIOCryptoFormat {
    VC_FMT_LEGACY,
    VC_FMT_REV1,
    VC_FMT_STATELESS,
    VC_FMT__MAX
} VirtIOCryptoFormat;

/*
 * What a request is, from its opcode: the key to its layouts.  Opcodes
 * that share a layout (encrypt and decrypt, say) share a kind.
 */
typedef enum VirtIOCryptoKind {
    VCK_NONE,
    VCK_SYM_SESS,
    VCK_HASH_SESS,
    VCK_MAC_SESS,
    VCK_AEAD_SESS,
    VCK_AK_SESS,
    VCK_DESTROY,
    VCK_SYM_DATA,
    VCK_HASH_DATA,
    VCK_MAC_DATA,
    VCK_AEAD_DATA,
    VCK_AK_DATA,
    VCK_AK_VERIFY,
} VirtIOCryptoKind;

static VirtIOCryptoKind ctrl_kind(uint32_t opcode)
{
    switch (opcode) {
    case VIRTIO_CRYPTO_CIPHER_CREATE_SESSION:
        return VCK_SYM_SESS;
    case VIRTIO_CRYPTO_HASH_CREATE_SESSION:
        return VCK_HASH_SESS;
    case VIRTIO_CRYPTO_MAC_CREATE_SESSION:
        return VCK_MAC_SESS;
    case VIRTIO_CRYPTO_AEAD_CREATE_SESSION:
        return VCK_AEAD_SESS;
    case VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION:
        return VCK_AK_SESS;
    case VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION:
    case VIRTIO_CRYPTO_HASH_DESTROY_SESSION:
    case VIRTIO_CRYPTO_MAC_DESTROY_SESSION:
    case VIRTIO_CRYPTO_AEAD_DESTROY_SESSION:
    case VIRTIO_CRYPTO_AKCIPHER_DESTROY_SESSION:
        return VCK_DESTROY;
    default:
        return VCK_NONE;
    }
}

static VirtIOCryptoKind data_kind(uint32_t opcode)
{
    switch (opcode) {
    case VIRTIO_CRYPTO_CIPHER_ENCRYPT:
    case VIRTIO_CRYPTO_CIPHER_DECRYPT:
        return VCK_SYM_DATA;
    case VIRTIO_CRYPTO_HASH:
        return VCK_HASH_DATA;
    case VIRTIO_CRYPTO_MAC:
        return VCK_MAC_DATA;
    case VIRTIO_CRYPTO_AEAD_ENCRYPT:
    case VIRTIO_CRYPTO_AEAD_DECRYPT:
        return VCK_AEAD_DATA;
    case VIRTIO_CRYPTO_AKCIPHER_ENCRYPT:
    case VIRTIO_CRYPTO_AKCIPHER_DECRYPT:
    case VIRTIO_CRYPTO_AKCIPHER_SIGN:
        return VCK_AK_DATA;
    case VIRTIO_CRYPTO_AKCIPHER_VERIFY:
        return VCK_AK_VERIFY;
    default:
        return VCK_NONE;
    }
}

/* Where one le32 field lies, from the start of the fixed-length part */
typedef struct VirtIOCryptoFieldLoc {
    uint8_t field;              /* VirtIOCryptoField + 1; 0 ends a list */
    uint8_t offset;
} VirtIOCryptoFieldLoc;

typedef struct VirtIOCryptoMatch {
    uint8_t field;              /* VirtIOCryptoField + 1; 0 = no condition */
    uint32_t value;
} VirtIOCryptoMatch;

#define LAYOUT_MAX_FIELD_LISTS 2
#define LAYOUT_MAX_SEGS 8
#define LAYOUT_MAX_MATCH 2

typedef struct VirtIOCryptoLayout {
    VirtIOCryptoKind kind;
    /* the fixed part's length in each format; 0: not in that format */
    uint8_t flf_len[VC_FMT__MAX];
    /* conditions on fields that select this layout among its kind's */
    VirtIOCryptoMatch match[LAYOUT_MAX_MATCH];
    /* where its fields lie: one list, or a shared list and an extra one */
    const VirtIOCryptoFieldLoc *fields[LAYOUT_MAX_FIELD_LISTS];
    uint8_t segs[LAYOUT_MAX_SEGS];   /* VirtIOCryptoSegment + 1, wire order */
} VirtIOCryptoLayout;

#define FLD(f, type, member) \
    { VIRTIO_CRYPTO_FIELD_##f + 1, offsetof(type, member) }
#define S(s) (VIRTIO_CRYPTO_SEG_##s + 1)
#define MATCH(f, v) { VIRTIO_CRYPTO_FIELD_##f + 1, (v) }

/* The length field of each variable part */
static const uint8_t seg_len_field[VIRTIO_CRYPTO_SEG__MAX] = {
    [VIRTIO_CRYPTO_SEG_CIPHER_KEY] = VIRTIO_CRYPTO_FIELD_CIPHER_KEY_LEN,
    [VIRTIO_CRYPTO_SEG_AUTH_KEY] = VIRTIO_CRYPTO_FIELD_AUTH_KEY_LEN,
    [VIRTIO_CRYPTO_SEG_AK_KEY] = VIRTIO_CRYPTO_FIELD_AK_KEY_LEN,
    [VIRTIO_CRYPTO_SEG_IV] = VIRTIO_CRYPTO_FIELD_IV_LEN,
    [VIRTIO_CRYPTO_SEG_AAD] = VIRTIO_CRYPTO_FIELD_AAD_LEN,
    [VIRTIO_CRYPTO_SEG_SRC] = VIRTIO_CRYPTO_FIELD_SRC_LEN,
    [VIRTIO_CRYPTO_SEG_VERIFY_DIGEST] = VIRTIO_CRYPTO_FIELD_DST_LEN,
    [VIRTIO_CRYPTO_SEG_DST] = VIRTIO_CRYPTO_FIELD_DST_LEN,
    [VIRTIO_CRYPTO_SEG_DIGEST] = VIRTIO_CRYPTO_FIELD_HASH_RESULT_LEN,
};

/* Legacy control requests: the 56-byte padded unions of Linux's header */

typedef struct virtio_crypto_sym_create_session_req LegacySymSess;
typedef struct virtio_crypto_hash_create_session_req LegacyHashSess;
typedef struct virtio_crypto_mac_create_session_req LegacyMacSess;
typedef struct virtio_crypto_aead_create_session_req LegacyAeadSess;
typedef struct virtio_crypto_akcipher_create_session_req LegacyAkSess;

static const VirtIOCryptoFieldLoc legacy_cipher_sess[] = {
    FLD(OP_TYPE, LegacySymSess, op_type),
    FLD(CIPHER_ALGO, LegacySymSess, u.cipher.para.algo),
    FLD(CIPHER_KEY_LEN, LegacySymSess, u.cipher.para.keylen),
    FLD(CIPHER_OP, LegacySymSess, u.cipher.para.op),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_chain_sess[] = {
    FLD(OP_TYPE, LegacySymSess, op_type),
    FLD(CHAIN_ORDER, LegacySymSess, u.chain.para.alg_chain_order),
    FLD(HASH_MODE, LegacySymSess, u.chain.para.hash_mode),
    FLD(CIPHER_ALGO, LegacySymSess, u.chain.para.cipher_param.algo),
    FLD(CIPHER_KEY_LEN, LegacySymSess, u.chain.para.cipher_param.keylen),
    FLD(CIPHER_OP, LegacySymSess, u.chain.para.cipher_param.op),
    FLD(HASH_ALGO, LegacySymSess, u.chain.para.u.mac_param.algo),
    FLD(HASH_RESULT_LEN, LegacySymSess,
        u.chain.para.u.mac_param.hash_result_len),
    FLD(AAD_LEN, LegacySymSess, u.chain.para.aad_len),
    { 0 }
};

/* Only the MAC (auth) hash mode has a key */
static const VirtIOCryptoFieldLoc legacy_chain_auth_key[] = {
    FLD(AUTH_KEY_LEN, LegacySymSess, u.chain.para.u.mac_param.auth_key_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_hash_sess[] = {
    FLD(HASH_ALGO, LegacyHashSess, para.algo),
    FLD(HASH_RESULT_LEN, LegacyHashSess, para.hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_mac_sess[] = {
    FLD(HASH_ALGO, LegacyMacSess, para.algo),
    FLD(HASH_RESULT_LEN, LegacyMacSess, para.hash_result_len),
    FLD(AUTH_KEY_LEN, LegacyMacSess, para.auth_key_len),
    { 0 }
};

/* legacy AEAD sessions call the tag length hash_result_len */
static const VirtIOCryptoFieldLoc legacy_aead_sess[] = {
    FLD(CIPHER_ALGO, LegacyAeadSess, para.algo),
    FLD(CIPHER_KEY_LEN, LegacyAeadSess, para.key_len),
    FLD(HASH_RESULT_LEN, LegacyAeadSess, para.hash_result_len),
    FLD(AAD_LEN, LegacyAeadSess, para.aad_len),
    FLD(CIPHER_OP, LegacyAeadSess, para.op),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_ak_sess[] = {
    FLD(AK_ALGO, LegacyAkSess, para.algo),
    FLD(AK_KEY_TYPE, LegacyAkSess, para.keytype),
    FLD(AK_KEY_LEN, LegacyAkSess, para.keylen),
    FLD(AK_PARA0, LegacyAkSess, para.u.rsa.padding_algo),
    FLD(AK_PARA1, LegacyAkSess, para.u.rsa.hash_algo),
    { 0 }
};

/* Legacy data requests: the 48-byte padded unions of Linux's header */

typedef struct virtio_crypto_sym_data_req LegacySymData;
typedef struct virtio_crypto_hash_data_req LegacyHashData;
typedef struct virtio_crypto_mac_data_req LegacyMacData;
typedef struct virtio_crypto_aead_data_req LegacyAeadData;
typedef struct virtio_crypto_akcipher_data_req LegacyAkData;

static const VirtIOCryptoFieldLoc legacy_cipher_data[] = {
    FLD(OP_TYPE, LegacySymData, op_type),
    FLD(IV_LEN, LegacySymData, u.cipher.para.iv_len),
    FLD(SRC_LEN, LegacySymData, u.cipher.para.src_data_len),
    FLD(DST_LEN, LegacySymData, u.cipher.para.dst_data_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_chain_data[] = {
    FLD(OP_TYPE, LegacySymData, op_type),
    FLD(IV_LEN, LegacySymData, u.chain.para.iv_len),
    FLD(SRC_LEN, LegacySymData, u.chain.para.src_data_len),
    FLD(DST_LEN, LegacySymData, u.chain.para.dst_data_len),
    FLD(CIPHER_START, LegacySymData, u.chain.para.cipher_start_src_offset),
    FLD(LEN_TO_CIPHER, LegacySymData, u.chain.para.len_to_cipher),
    FLD(HASH_START, LegacySymData, u.chain.para.hash_start_src_offset),
    FLD(LEN_TO_HASH, LegacySymData, u.chain.para.len_to_hash),
    FLD(AAD_LEN, LegacySymData, u.chain.para.aad_len),
    FLD(HASH_RESULT_LEN, LegacySymData, u.chain.para.hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_hash_data[] = {
    FLD(SRC_LEN, LegacyHashData, para.src_data_len),
    FLD(HASH_RESULT_LEN, LegacyHashData, para.hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_mac_data[] = {
    FLD(SRC_LEN, LegacyMacData, para.hash.src_data_len),
    FLD(HASH_RESULT_LEN, LegacyMacData, para.hash.hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_aead_data[] = {
    FLD(IV_LEN, LegacyAeadData, para.iv_len),
    FLD(AAD_LEN, LegacyAeadData, para.aad_len),
    FLD(SRC_LEN, LegacyAeadData, para.src_data_len),
    FLD(DST_LEN, LegacyAeadData, para.dst_data_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc legacy_ak_data[] = {
    FLD(SRC_LEN, LegacyAkData, para.src_data_len),
    FLD(DST_LEN, LegacyAkData, para.dst_data_len),
    { 0 }
};

/*
 * REVISION_1 control requests lay their fields out as the legacy ones do,
 * unpadded: the legacy field lists serve both.
 */
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_sym_create_session_flf,
                           op_type) != offsetof(LegacySymSess, op_type));
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_alg_chain_session_flf,
                           aad_len) !=
                  offsetof(LegacySymSess, u.chain.para.aad_len));
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_mac_create_session_flf,
                           auth_key_len) !=
                  offsetof(LegacyMacSess, para.auth_key_len));
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_aead_create_session_flf,
                           op) != offsetof(LegacyAeadSess, para.op));
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_akcipher_create_session_flf,
                           algo_flf) != offsetof(LegacyAkSess, para.u));

/* And so do the session-mode data requests, but for AEAD's tag_len */
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_sym_data_flf, op_type) !=
                  offsetof(LegacySymData, op_type));
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_mac_data_flf,
                           hdr.hash_result_len) !=
                  offsetof(LegacyMacData, para.hash.hash_result_len));
QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_aead_data_flf, dst_data_len)
                  != offsetof(LegacyAeadData, para.dst_data_len));

static const VirtIOCryptoFieldLoc rev1_aead_data_tag[] = {
    FLD(TAG_LEN, struct virtio_crypto_aead_data_flf, tag_len),
    { 0 }
};

/* REVISION_1 stateless data requests: session parameters inline */

typedef struct virtio_crypto_sym_data_flf_stateless SymStateless;
typedef struct virtio_crypto_cipher_data_flf_stateless CipherStateless;
typedef struct virtio_crypto_alg_chain_data_flf_stateless ChainStateless;
typedef struct virtio_crypto_hash_data_flf_stateless HashStateless;
typedef struct virtio_crypto_mac_data_flf_stateless MacStateless;
typedef struct virtio_crypto_aead_data_flf_stateless AeadStateless;
typedef struct virtio_crypto_akcipher_data_flf_stateless AkStateless;

static const VirtIOCryptoFieldLoc stateless_cipher_data[] = {
    FLD(OP_TYPE, SymStateless, op_type),
    FLD(CIPHER_ALGO, CipherStateless, sess_para.algo),
    FLD(CIPHER_KEY_LEN, CipherStateless, sess_para.key_len),
    FLD(CIPHER_OP, CipherStateless, sess_para.op),
    FLD(IV_LEN, CipherStateless, iv_len),
    FLD(SRC_LEN, CipherStateless, src_data_len),
    FLD(DST_LEN, CipherStateless, dst_data_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc stateless_chain_data[] = {
    FLD(OP_TYPE, SymStateless, op_type),
    FLD(CHAIN_ORDER, ChainStateless, sess_para.alg_chain_order),
    FLD(SESS_AAD_LEN, ChainStateless, sess_para.aad_len),
    FLD(CIPHER_ALGO, ChainStateless, sess_para.cipher.algo),
    FLD(CIPHER_KEY_LEN, ChainStateless, sess_para.cipher.key_len),
    FLD(CIPHER_OP, ChainStateless, sess_para.cipher.op),
    FLD(HASH_ALGO, ChainStateless, sess_para.hash.algo),
    FLD(AUTH_KEY_LEN, ChainStateless, sess_para.hash.auth_key_len),
    FLD(HASH_MODE, ChainStateless, sess_para.hash.hash_mode),
    FLD(IV_LEN, ChainStateless, iv_len),
    FLD(SRC_LEN, ChainStateless, src_data_len),
    FLD(DST_LEN, ChainStateless, dst_data_len),
    FLD(CIPHER_START, ChainStateless, cipher_start_src_offset),
    FLD(LEN_TO_CIPHER, ChainStateless, len_to_cipher),
    FLD(HASH_START, ChainStateless, hash_start_src_offset),
    FLD(LEN_TO_HASH, ChainStateless, len_to_hash),
    FLD(AAD_LEN, ChainStateless, aad_len),
    FLD(HASH_RESULT_LEN, ChainStateless, hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc stateless_hash_data[] = {
    FLD(HASH_ALGO, HashStateless, sess_para.algo),
    FLD(SRC_LEN, HashStateless, src_data_len),
    FLD(HASH_RESULT_LEN, HashStateless, hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc stateless_mac_data[] = {
    FLD(HASH_ALGO, MacStateless, sess_para.algo),
    FLD(AUTH_KEY_LEN, MacStateless, sess_para.auth_key_len),
    FLD(SRC_LEN, MacStateless, src_data_len),
    FLD(HASH_RESULT_LEN, MacStateless, hash_result_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc stateless_aead_data[] = {
    FLD(CIPHER_ALGO, AeadStateless, sess_para.algo),
    FLD(CIPHER_KEY_LEN, AeadStateless, sess_para.key_len),
    FLD(CIPHER_OP, AeadStateless, sess_para.op),
    FLD(IV_LEN, AeadStateless, iv_len),
    FLD(TAG_LEN, AeadStateless, tag_len),
    FLD(AAD_LEN, AeadStateless, aad_len),
    FLD(SRC_LEN, AeadStateless, src_data_len),
    FLD(DST_LEN, AeadStateless, dst_data_len),
    { 0 }
};

static const VirtIOCryptoFieldLoc stateless_ak_data[] = {
    FLD(AK_ALGO, AkStateless, sess_para.algo),
    FLD(AK_KEY_TYPE, AkStateless, sess_para.key_type),
    FLD(AK_KEY_LEN, AkStateless, sess_para.key_len),
    FLD(AK_PARA0, AkStateless, sess_para.u.rsa.padding_algo),
    FLD(AK_PARA1, AkStateless, sess_para.u.rsa.hash_algo),
    FLD(SRC_LEN, AkStateless, src_data_len),
    FLD(DST_LEN, AkStateless, dst_data_len),
    { 0 }
};

#define CTRL_FLF(rev1_struct) \
    { [VC_FMT_LEGACY] = LEGACY_CTRL_FLF_LEN, \
      [VC_FMT_REV1] = sizeof(struct rev1_struct) }
#define DATA_FLF(rev1_struct) \
    { [VC_FMT_LEGACY] = LEGACY_DATA_FLF_LEN, \
      [VC_FMT_REV1] = sizeof(struct rev1_struct) }
#define STATELESS_FLF(stateless_struct) \
    { [VC_FMT_STATELESS] = sizeof(struct stateless_struct) }
#define SYM_FLF CTRL_FLF(virtio_crypto_sym_create_session_flf)
#define SYM_DATA_FLF DATA_FLF(virtio_crypto_sym_data_flf)
#define SYM_STATELESS_FLF STATELESS_FLF(virtio_crypto_sym_data_flf_stateless)

static const VirtIOCryptoLayout layouts[] = {
    /* Control queue: legacy and REVISION_1 */
    {
        .kind = VCK_SYM_SESS, .flf_len = SYM_FLF,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_CIPHER) },
        .fields = { legacy_cipher_sess },
        .segs = { S(CIPHER_KEY) },
    }, {
        .kind = VCK_SYM_SESS, .flf_len = SYM_FLF,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING),
                   MATCH(HASH_MODE, VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN) },
        .fields = { legacy_chain_sess },
        .segs = { S(CIPHER_KEY) },
    }, {
        .kind = VCK_SYM_SESS, .flf_len = SYM_FLF,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING),
                   MATCH(HASH_MODE, VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH) },
        .fields = { legacy_chain_sess, legacy_chain_auth_key },
        .segs = { S(CIPHER_KEY), S(AUTH_KEY) },
    }, {
        .kind = VCK_HASH_SESS,
        .flf_len = CTRL_FLF(virtio_crypto_hash_create_session_flf),
        .fields = { legacy_hash_sess },
    }, {
        .kind = VCK_MAC_SESS,
        .flf_len = CTRL_FLF(virtio_crypto_mac_create_session_flf),
        .fields = { legacy_mac_sess },
        .segs = { S(AUTH_KEY) },
    }, {
        .kind = VCK_AEAD_SESS,
        .flf_len = CTRL_FLF(virtio_crypto_aead_create_session_flf),
        .fields = { legacy_aead_sess },
        .segs = { S(CIPHER_KEY) },
    }, {
        .kind = VCK_AK_SESS,
        .flf_len = CTRL_FLF(virtio_crypto_akcipher_create_session_flf),
        .fields = { legacy_ak_sess },
        .segs = { S(AK_KEY) },
    }, {
        /* the session id is le64: read apart from the le32 fields */
        .kind = VCK_DESTROY,
        .flf_len = CTRL_FLF(virtio_crypto_destroy_session_flf),
    },

    /* Data queue: legacy and REVISION_1 session mode */
    {
        .kind = VCK_SYM_DATA, .flf_len = SYM_DATA_FLF,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_CIPHER) },
        .fields = { legacy_cipher_data },
        .segs = { S(IV), S(SRC), S(DST) },
    }, {
        .kind = VCK_SYM_DATA,
        .flf_len = { [VC_FMT_LEGACY] = LEGACY_DATA_FLF_LEN },
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING) },
        .fields = { legacy_chain_data },
        /* legacy chains carry iv, aad, src */
        .segs = { S(IV), S(AAD), S(SRC), S(DST), S(DIGEST) },
    }, {
        .kind = VCK_SYM_DATA,
        .flf_len = { [VC_FMT_REV1] =
                     sizeof(struct virtio_crypto_sym_data_flf) },
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING) },
        .fields = { legacy_chain_data },
        /* the standard's session chains carry iv, src, aad */
        .segs = { S(IV), S(SRC), S(AAD), S(DST), S(DIGEST) },
    }, {
        .kind = VCK_HASH_DATA,
        .flf_len = DATA_FLF(virtio_crypto_hash_data_flf),
        .fields = { legacy_hash_data },
        .segs = { S(SRC), S(DIGEST) },
    }, {
        .kind = VCK_MAC_DATA,
        .flf_len = DATA_FLF(virtio_crypto_mac_data_flf),
        .fields = { legacy_mac_data },
        .segs = { S(SRC), S(DIGEST) },
    }, {
        /* iv, src, aad; legacy requests have no tag_len */
        .kind = VCK_AEAD_DATA,
        .flf_len = { [VC_FMT_LEGACY] = LEGACY_DATA_FLF_LEN },
        .fields = { legacy_aead_data },
        .segs = { S(IV), S(SRC), S(AAD), S(DST) },
    }, {
        .kind = VCK_AEAD_DATA,
        .flf_len = { [VC_FMT_REV1] =
                     sizeof(struct virtio_crypto_aead_data_flf) },
        .fields = { legacy_aead_data, rev1_aead_data_tag },
        .segs = { S(IV), S(SRC), S(AAD), S(DST) },
    }, {
        .kind = VCK_AK_DATA,
        .flf_len = DATA_FLF(virtio_crypto_akcipher_data_flf),
        .fields = { legacy_ak_data },
        .segs = { S(SRC), S(DST) },
    }, {
        /* verify reads signature and digest, writes only the status */
        .kind = VCK_AK_VERIFY,
        .flf_len = DATA_FLF(virtio_crypto_akcipher_data_flf),
        .fields = { legacy_ak_data },
        .segs = { S(SRC), S(VERIFY_DIGEST) },
    },

    /* Data queue: REVISION_1 stateless layouts (keys first) */
    {
        .kind = VCK_SYM_DATA, .flf_len = SYM_STATELESS_FLF,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_CIPHER) },
        .fields = { stateless_cipher_data },
        .segs = { S(CIPHER_KEY), S(IV), S(SRC), S(DST) },
    }, {
        .kind = VCK_SYM_DATA, .flf_len = SYM_STATELESS_FLF,
        .match = { MATCH(OP_TYPE, VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING) },
        .fields = { stateless_chain_data },
        /* cipher key, auth key, iv, aad, src */
        .segs = { S(CIPHER_KEY), S(AUTH_KEY), S(IV), S(AAD), S(SRC),
                  S(DST), S(DIGEST) },
    }, {
        .kind = VCK_HASH_DATA,
        .flf_len = STATELESS_FLF(virtio_crypto_hash_data_flf_stateless),
        .fields = { stateless_hash_data },
        .segs = { S(SRC), S(DIGEST) },
    }, {
        .kind = VCK_MAC_DATA,
        .flf_len = STATELESS_FLF(virtio_crypto_mac_data_flf_stateless),
        .fields = { stateless_mac_data },
        .segs = { S(AUTH_KEY), S(SRC), S(DIGEST) },
    }, {
        .kind = VCK_AEAD_DATA,
        .flf_len = STATELESS_FLF(virtio_crypto_aead_data_flf_stateless),
        .fields = { stateless_aead_data },
        .segs = { S(CIPHER_KEY), S(IV), S(SRC), S(AAD), S(DST) },
    }, {
        .kind = VCK_AK_DATA,
        .flf_len = STATELESS_FLF(virtio_crypto_akcipher_data_flf_stateless),
        .fields = { stateless_ak_data },
        .segs = { S(AK_KEY), S(SRC), S(DST) },
    }, {
        .kind = VCK_AK_VERIFY,
        .flf_len = STATELESS_FLF(virtio_crypto_akcipher_data_flf_stateless),
        .fields = { stateless_ak_data },
        .segs = { S(AK_KEY), S(SRC), S(VERIFY_DIGEST) },
    },
};

/* The stateless feature bit of each service */
static const uint8_t stateless_feature[] = {
    [VIRTIO_CRYPTO_SERVICE_CIPHER] = VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_HASH] = VIRTIO_CRYPTO_F_HASH_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_MAC] = VIRTIO_CRYPTO_F_MAC_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_AEAD] = VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_AKCIPHER] = VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE,
};

static bool has_feature(uint64_t features, unsigned bit)
{
    return features & (1ull << bit);
}

unsigned virtio_crypto_stateless_feature(uint32_t service)
{
    assert(service < ARRAY_SIZE(stateless_feature));
    return stateless_feature[service];
}

static VirtIOCryptoFormat ctrl_format(uint64_t features)
{
    return has_feature(features, VIRTIO_CRYPTO_F_REVISION_1) ? VC_FMT_REV1
                                                             : VC_FMT_LEGACY;
}

/* a service with its stateless bit always uses the stateless layouts */
static VirtIOCryptoFormat data_format(uint64_t features, uint32_t service)
{
    if (!has_feature(features, VIRTIO_CRYPTO_F_REVISION_1)) {
        return VC_FMT_LEGACY;
    }
    if (service < ARRAY_SIZE(stateless_feature) &&
        has_feature(features, stateless_feature[service])) {
        return VC_FMT_STATELESS;
    }
    return VC_FMT_REV1;
}

/* Read every field of @l from @flf into @field (VIRTIO_CRYPTO_FIELD_*) */
static void load_fields(const VirtIOCryptoLayout *l, const uint8_t *flf,
                        uint32_t *field)
{
    int i;
    const VirtIOCryptoFieldLoc *f;

    for (i = 0; i < LAYOUT_MAX_FIELD_LISTS && l->fields[i]; i++) {
        for (f = l->fields[i]; f->field; f++) {
            field[f->field - 1] = ldl_le_p(flf + f->offset);
        }
    }
}

/* Where @l keeps field @field (VirtIOCryptoField + 1); NULL: nowhere */
static const VirtIOCryptoFieldLoc *field_loc(const VirtIOCryptoLayout *l,
                                             uint8_t field)
{
    int i;
    const VirtIOCryptoFieldLoc *f;

    for (i = 0; i < LAYOUT_MAX_FIELD_LISTS && l->fields[i]; i++) {
        for (f = l->fields[i]; f->field; f++) {
            if (f->field == field) {
                return f;
            }
        }
    }
    return NULL;
}

/* Does @flf meet @l's conditions?  Read from @flf, so nothing is undone. */
static bool layout_matches(const VirtIOCryptoLayout *l, const uint8_t *flf)
{
    int i;

    for (i = 0; i < LAYOUT_MAX_MATCH && l->match[i].field; i++) {
        const VirtIOCryptoFieldLoc *f = field_loc(l, l->match[i].field);

        if (!f || ldl_le_p(flf + f->offset) != l->match[i].value) {
            return false;
        }
    }
    return true;
}

/*
 * The first layout of one kind and format, from index @from on; its index,
 * or ARRAY_SIZE(layouts) when there is none.  Every layout of a kind and
 * format has the same fixed-length part.
 */
static size_t next_layout(VirtIOCryptoKind kind, VirtIOCryptoFormat format,
                          size_t from)
{
    size_t i;

    for (i = from; i < ARRAY_SIZE(layouts); i++) {
        if (layouts[i].kind == kind && layouts[i].flf_len[format]) {
            break;
        }
    }
    return i;
}

/*
 * Find the layout of @kind in @format, from index @first on, whose
 * conditions @flf meets, and load its fields into @req (zeroed).
 */
static const VirtIOCryptoLayout *
find_layout(VirtIOCryptoKind kind, VirtIOCryptoFormat format, size_t first,
            const uint8_t *flf, VirtIOCryptoDecoded *req)
{
    size_t i;

    for (i = first; i < ARRAY_SIZE(layouts);
         i = next_layout(kind, format, i + 1)) {
        if (layout_matches(&layouts[i], flf)) {
            load_fields(&layouts[i], flf, req->field);
            return &layouts[i];
        }
    }
    return NULL;
}

static uint32_t seg_limit(VirtIOCryptoSegment seg,
                          const VirtIOCryptoLimits *limits)
{
    switch (seg) {
    case VIRTIO_CRYPTO_SEG_CIPHER_KEY:
        return limits->max_cipher_key_len;
    case VIRTIO_CRYPTO_SEG_AUTH_KEY:
        return limits->max_auth_key_len;
    case VIRTIO_CRYPTO_SEG_AK_KEY:
        return limits->max_akcipher_key_len;
    default:
        return UINT32_MAX;
    }
}

/*
 * Place the variable parts of @l: the readable ones from @out_pos on, the
 * writable ones from 0.  Fails with VIRTIO_CRYPTO_ERR when a length exceeds
 * a limit or the buffers.
 */
static uint8_t place_segments(const VirtIOCryptoLayout *l,
                              size_t out_pos, size_t out_len,
                              size_t in_reserved, size_t in_len,
                              const VirtIOCryptoLimits *limits, bool is_data,
                              VirtIOCryptoDecoded *req)
{
    uint64_t r = out_pos, w = 0, total = 0;
    int i;

    /* the decoders zeroed req->seg */
    for (i = 0; i < LAYOUT_MAX_SEGS && l->segs[i]; i++) {
        VirtIOCryptoSegment s = l->segs[i] - 1;
        uint32_t len = req->field[seg_len_field[s]];

        if (len > seg_limit(s, limits)) {
            return VIRTIO_CRYPTO_ERR;
        }
        /* 32-bit lengths summed in 64 bits cannot overflow */
        total += len;
        if (s >= VIRTIO_CRYPTO_SEG_FIRST_WRITABLE) {
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
    req->readable_len = r;
    return VIRTIO_CRYPTO_OK;
}

/* Where a status byte goes: the last of @in_len writable bytes */
static size_t status_offset(size_t in_len)
{
    return in_len ? in_len - 1 : 0;
}

/*
 * The longest fixed-length part of any layout.  Not more: QEMU builds with
 * -ftrivial-auto-var-init=zero, so every byte of the buffer is zeroed on
 * each request.
 */
#define MAX_FLF_LEN sizeof(struct virtio_crypto_sym_data_flf_stateless)

VirtIOCryptoDecodeResult
virtio_crypto_decode_ctrl(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req)
{
    VirtIOCryptoFormat format = ctrl_format(features);
    size_t out_len = iov_size(out, out_num);
    size_t in_len = iov_size(in, in_num);
    struct virtio_crypto_ctrl_header hdr;
    uint8_t flf[MAX_FLF_LEN];
    const VirtIOCryptoLayout *l;
    VirtIOCryptoKind kind;
    size_t first, flf_len;
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

    kind = ctrl_kind(req->opcode);
    first = next_layout(kind, format, 0);
    if (first == ARRAY_SIZE(layouts)) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        goto reply_shape;
    }
    flf_len = layouts[first].flf_len[format];
    assert(flf_len <= sizeof(flf));
    req->kind = kind == VCK_DESTROY ? VIRTIO_CRYPTO_REQ_DESTROY_SESSION
                                    : VIRTIO_CRYPTO_REQ_CREATE_SESSION;
    if (iov_to_buf(out, out_num, sizeof(hdr), flf, flf_len) != flf_len) {
        goto reply_shape;
    }
    if (kind == VCK_DESTROY) {
        req->session_id = ldq_le_p(flf);
        res.status = VIRTIO_CRYPTO_OK;
        goto reply_shape;
    }

    l = find_layout(kind, format, first, flf, req);
    if (!l) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        goto reply_shape;
    }
    res.status = place_segments(l, sizeof(hdr) + flf_len, out_len,
                                sizeof(struct virtio_crypto_session_input),
                                in_len, limits, false, req);

reply_shape:
    if (req->kind == VIRTIO_CRYPTO_REQ_CREATE_SESSION) {
        /* { le64 session_id; le32 status; le32 padding } */
        req->outcome_len = sizeof(struct virtio_crypto_session_input);
        req->status_offset = offsetof(struct virtio_crypto_session_input,
                                      status);
        res.status_reachable = in_len >= req->outcome_len;
    } else {
        /* the status byte, then zeros up to 8 bytes */
        req->outcome_len = MIN(in_len, 8);
        req->status_offset = 0;
        res.status_reachable = in_len >= 1;
    }
    if (!res.status_reachable) {
        /* a request that cannot be answered is not a valid one */
        res.status = VIRTIO_CRYPTO_ERR;
    }
    return res;
}

/* A chain's cipher and hash ranges must lie inside its source data */
static bool chain_ranges_valid(const VirtIOCryptoDecoded *req)
{
    uint64_t src = req->field[VIRTIO_CRYPTO_FIELD_SRC_LEN];

    return (uint64_t)req->field[VIRTIO_CRYPTO_FIELD_CIPHER_START] +
               req->field[VIRTIO_CRYPTO_FIELD_LEN_TO_CIPHER] <= src &&
           (uint64_t)req->field[VIRTIO_CRYPTO_FIELD_HASH_START] +
               req->field[VIRTIO_CRYPTO_FIELD_LEN_TO_HASH] <= src;
}

VirtIOCryptoDecodeResult
virtio_crypto_decode_data(uint64_t features, const VirtIOCryptoLimits *limits,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          VirtIOCryptoDecoded *req)
{
    size_t out_len = iov_size(out, out_num);
    size_t in_len = iov_size(in, in_num);
    struct virtio_crypto_op_header hdr;
    uint8_t flf[MAX_FLF_LEN];
    const VirtIOCryptoLayout *l;
    VirtIOCryptoFormat format;
    VirtIOCryptoKind kind;
    size_t first, flf_len;
    VirtIOCryptoDecodeResult res = { VIRTIO_CRYPTO_ERR, in_len >= 1 };

    memset(req, 0, sizeof(*req));
    req->kind = VIRTIO_CRYPTO_REQ_DATA;
    req->status_offset = status_offset(in_len);
    if (!res.status_reachable) {
        return res;
    }

    if (iov_to_buf(out, out_num, 0, &hdr, sizeof(hdr)) != sizeof(hdr)) {
        return res;
    }
    req->opcode = le32_to_cpu(hdr.opcode);
    req->service = req->opcode >> 8;
    req->session_id = le64_to_cpu(hdr.session_id);
    req->flag = le32_to_cpu(hdr.flag);

    kind = data_kind(req->opcode);
    format = data_format(features, req->service);
    switch (format) {
    case VC_FMT_LEGACY:
        /* flag is ignored, everything is session mode */
        break;
    case VC_FMT_REV1:
        /* without the stateless bit only session mode is served */
        if (kind != VCK_NONE && req->flag != VIRTIO_CRYPTO_FLAG_SESSION_MODE) {
            res.status = VIRTIO_CRYPTO_NOTSUPP;
            return res;
        }
        break;
    case VC_FMT_STATELESS:
        /* the flag chooses between session_id and sess_para */
        if (req->flag == 0) {
            req->stateless = true;
        } else if (req->flag != VIRTIO_CRYPTO_FLAG_SESSION_MODE) {
            return res;
        }
        break;
    default:
        g_assert_not_reached();
    }

    first = next_layout(kind, format, 0);
    if (first == ARRAY_SIZE(layouts)) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        return res;
    }
    flf_len = layouts[first].flf_len[format];
    assert(flf_len <= sizeof(flf));
    if (iov_to_buf(out, out_num, sizeof(hdr), flf, flf_len) != flf_len) {
        return res;
    }
    l = find_layout(kind, format, first, flf, req);
    if (!l) {
        res.status = VIRTIO_CRYPTO_NOTSUPP;
        return res;
    }
    /* one writable byte is reserved for the status */
    res.status = place_segments(l, sizeof(hdr) + flf_len, out_len, 1,
                                in_len, limits, true, req);
    if (res.status == VIRTIO_CRYPTO_OK &&
        req->field[VIRTIO_CRYPTO_FIELD_OP_TYPE] ==
            VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING &&
        !chain_ranges_valid(req)) {
        res.status = VIRTIO_CRYPTO_ERR;
    }
    return res;
}
