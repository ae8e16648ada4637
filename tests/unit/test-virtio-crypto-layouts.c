/*
 * Every request layout of the virtio-crypto codec, in every format and
 * mode, built from the specification's structures (include/standard-
 * headers) rather than the codec's own table: each variable part must land
 * where the specification's order puts it, and each length field is tried
 * at 0, at its limit, one past it and at values whose sums overflow.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bitops.h"
#include "qemu/bswap.h"
#include "hw/virtio/virtio-crypto-codec.h"

static const VirtIOCryptoLimits limits = {
    .max_size = 4096,
    .max_cipher_key_len = 64,
    .max_auth_key_len = 128,
    .max_akcipher_key_len = 1024,
};

#define REV1 BIT_ULL(VIRTIO_CRYPTO_F_REVISION_1)
#define STATELESS (REV1 | BIT_ULL(VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE) | \
                   BIT_ULL(VIRTIO_CRYPTO_F_HASH_STATELESS_MODE) | \
                   BIT_ULL(VIRTIO_CRYPTO_F_MAC_STATELESS_MODE) | \
                   BIT_ULL(VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE) | \
                   BIT_ULL(VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE))

/*
 * The variable parts, by letter: k cipher key, a auth key, K akcipher key,
 * i iv, A aad, s src, v verify digest; then writable: d dst, r result.
 */
enum { L_K, L_A, L_AK, L_IV, L_AAD, L_SRC, L_VER, L_DST, L_RES, L__MAX };
static const char letters[L__MAX + 1] = "kaKiAsvdr";
static const VirtIOCryptoSegment seg_of[L__MAX] = {
    VIRTIO_CRYPTO_SEG_CIPHER_KEY, VIRTIO_CRYPTO_SEG_AUTH_KEY,
    VIRTIO_CRYPTO_SEG_AK_KEY, VIRTIO_CRYPTO_SEG_IV, VIRTIO_CRYPTO_SEG_AAD,
    VIRTIO_CRYPTO_SEG_SRC, VIRTIO_CRYPTO_SEG_VERIFY_DIGEST,
    VIRTIO_CRYPTO_SEG_DST, VIRTIO_CRYPTO_SEG_DIGEST,
};

typedef struct Case {
    const char *name;
    bool ctrl;
    uint64_t features;
    uint32_t opcode;
    uint32_t flag;
    /* fill the fixed part with @len[] and return its length */
    size_t (*build)(const struct Case *c, uint8_t *flf, const uint32_t *len);
    const char *order;          /* the specification's order of the parts */
} Case;

#define F(x) ((x) & STATELESS)
#define LEGACY(c) (!((c)->features & REV1))
#define IS_STATELESS(c) ((c)->features == STATELESS && !(c)->ctrl)

/* Control requests */

static size_t b_cipher_sess(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_sym_create_session_flf *f = (void *)flf;
    struct virtio_crypto_cipher_session_flf *p = (void *)f->op_flf;

    f->op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
    p->algo = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_AES_CBC);
    p->key_len = cpu_to_le32(len[L_K]);
    /* the legacy form is the same 56 bytes */
    return sizeof(*f);
}

static size_t b_chain_sess(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_sym_create_session_flf *f = (void *)flf;
    struct virtio_crypto_alg_chain_session_flf *p = (void *)f->op_flf;
    struct virtio_crypto_mac_create_session_flf *m = (void *)p->algo_flf;
    bool auth = strchr(c->order, 'a');

    f->op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
    p->hash_mode = cpu_to_le32(auth ? VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH
                                    : VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN);
    p->cipher_hdr.key_len = cpu_to_le32(len[L_K]);
    m->auth_key_len = cpu_to_le32(auth ? len[L_A] : 0x7777);
    return sizeof(*f);
}

static size_t b_hash_sess(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_hash_create_session_flf *f = (void *)flf;

    f->algo = cpu_to_le32(VIRTIO_CRYPTO_HASH_SHA1);
    return LEGACY(c) ? VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
}

static size_t b_mac_sess(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_mac_create_session_flf *f = (void *)flf;

    f->auth_key_len = cpu_to_le32(len[L_A]);
    return LEGACY(c) ? VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
}

static size_t b_aead_sess(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_aead_create_session_flf *f = (void *)flf;

    f->key_len = cpu_to_le32(len[L_K]);
    return LEGACY(c) ? VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
}

static size_t b_ak_sess(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_akcipher_create_session_flf *f = (void *)flf;

    f->key_len = cpu_to_le32(len[L_AK]);
    return sizeof(*f);
}

/* Data requests */

static size_t b_cipher(const Case *c, uint8_t *flf, const uint32_t *len)
{
    if (IS_STATELESS(c)) {
        struct virtio_crypto_sym_data_flf_stateless *f = (void *)flf;
        struct virtio_crypto_cipher_data_flf_stateless *p =
            (void *)f->op_type_flf;

        f->op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        p->sess_para.key_len = cpu_to_le32(len[L_K]);
        p->iv_len = cpu_to_le32(len[L_IV]);
        p->src_data_len = cpu_to_le32(len[L_SRC]);
        p->dst_data_len = cpu_to_le32(len[L_DST]);
        return sizeof(*f);
    } else {
        struct virtio_crypto_sym_data_flf *f = (void *)flf;
        struct virtio_crypto_cipher_data_flf *p = (void *)f->op_type_flf;

        f->op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        p->iv_len = cpu_to_le32(len[L_IV]);
        p->src_data_len = cpu_to_le32(len[L_SRC]);
        p->dst_data_len = cpu_to_le32(len[L_DST]);
        return sizeof(*f);
    }
}

static size_t b_chain(const Case *c, uint8_t *flf, const uint32_t *len)
{
    struct virtio_crypto_alg_chain_data_flf *p;

    if (IS_STATELESS(c)) {
        struct virtio_crypto_sym_data_flf_stateless *f = (void *)flf;
        struct virtio_crypto_alg_chain_data_flf_stateless *s =
            (void *)f->op_type_flf;

        f->op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
        s->sess_para.cipher.key_len = cpu_to_le32(len[L_K]);
        s->sess_para.hash.auth_key_len = cpu_to_le32(len[L_A]);
        s->sess_para.hash.hash_mode =
            cpu_to_le32(VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH);
        /* the data part follows the session parameters */
        p = (void *)&s->iv_len;
        QEMU_BUILD_BUG_ON(offsetof(struct virtio_crypto_alg_chain_data_flf,
                                   iv_len) != 0);
        p->iv_len = cpu_to_le32(len[L_IV]);
        p->src_data_len = cpu_to_le32(len[L_SRC]);
        p->dst_data_len = cpu_to_le32(len[L_DST]);
        p->aad_len = cpu_to_le32(len[L_AAD]);
        p->hash_result_len = cpu_to_le32(len[L_RES]);
        return sizeof(*f);
    } else {
        struct virtio_crypto_sym_data_flf *f = (void *)flf;

        p = (void *)f->op_type_flf;
        f->op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
        p->iv_len = cpu_to_le32(len[L_IV]);
        p->src_data_len = cpu_to_le32(len[L_SRC]);
        p->dst_data_len = cpu_to_le32(len[L_DST]);
        p->aad_len = cpu_to_le32(len[L_AAD]);
        p->hash_result_len = cpu_to_le32(len[L_RES]);
        return sizeof(*f);
    }
}

static size_t b_hash(const Case *c, uint8_t *flf, const uint32_t *len)
{
    if (IS_STATELESS(c)) {
        struct virtio_crypto_hash_data_flf_stateless *f = (void *)flf;

        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->hash_result_len = cpu_to_le32(len[L_RES]);
        return sizeof(*f);
    } else {
        struct virtio_crypto_hash_data_flf *f = (void *)flf;

        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->hash_result_len = cpu_to_le32(len[L_RES]);
        return LEGACY(c) ? VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
    }
}

static size_t b_mac(const Case *c, uint8_t *flf, const uint32_t *len)
{
    if (IS_STATELESS(c)) {
        struct virtio_crypto_mac_data_flf_stateless *f = (void *)flf;

        f->sess_para.auth_key_len = cpu_to_le32(len[L_A]);
        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->hash_result_len = cpu_to_le32(len[L_RES]);
        return sizeof(*f);
    } else {
        struct virtio_crypto_mac_data_flf *f = (void *)flf;

        f->hdr.src_data_len = cpu_to_le32(len[L_SRC]);
        f->hdr.hash_result_len = cpu_to_le32(len[L_RES]);
        return LEGACY(c) ? VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
    }
}

static size_t b_aead(const Case *c, uint8_t *flf, const uint32_t *len)
{
    if (IS_STATELESS(c)) {
        struct virtio_crypto_aead_data_flf_stateless *f = (void *)flf;

        f->sess_para.key_len = cpu_to_le32(len[L_K]);
        f->iv_len = cpu_to_le32(len[L_IV]);
        f->aad_len = cpu_to_le32(len[L_AAD]);
        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->dst_data_len = cpu_to_le32(len[L_DST]);
        return sizeof(*f);
    } else {
        /* the legacy para is this flf's first 16 bytes, padded */
        struct virtio_crypto_aead_data_flf *f = (void *)flf;

        f->iv_len = cpu_to_le32(len[L_IV]);
        f->aad_len = cpu_to_le32(len[L_AAD]);
        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->dst_data_len = cpu_to_le32(len[L_DST]);
        return LEGACY(c) ? VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
    }
}

static size_t b_ak(const Case *c, uint8_t *flf, const uint32_t *len)
{
    uint32_t second = strchr(c->order, 'v') ? len[L_VER] : len[L_DST];

    if (IS_STATELESS(c)) {
        struct virtio_crypto_akcipher_data_flf_stateless *f = (void *)flf;

        f->sess_para.key_len = cpu_to_le32(len[L_AK]);
        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->dst_data_len = cpu_to_le32(second);
        return sizeof(*f);
    } else {
        struct virtio_crypto_akcipher_data_flf *f = (void *)flf;

        f->src_data_len = cpu_to_le32(len[L_SRC]);
        f->dst_data_len = cpu_to_le32(second);
        return LEGACY(c) ? VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY : sizeof(*f);
    }
}

static const Case cases[] = {
    /* control requests: the keys their fixed parts declare */
    { "ctrl/legacy/cipher", true, 0,
      VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, 0, b_cipher_sess, "k" },
    { "ctrl/legacy/chain-plain", true, 0,
      VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, 0, b_chain_sess, "k" },
    { "ctrl/legacy/chain-auth", true, 0,
      VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, 0, b_chain_sess, "ka" },
    { "ctrl/legacy/hash", true, 0,
      VIRTIO_CRYPTO_HASH_CREATE_SESSION, 0, b_hash_sess, "" },
    { "ctrl/legacy/mac", true, 0,
      VIRTIO_CRYPTO_MAC_CREATE_SESSION, 0, b_mac_sess, "a" },
    { "ctrl/legacy/aead", true, 0,
      VIRTIO_CRYPTO_AEAD_CREATE_SESSION, 0, b_aead_sess, "k" },
    { "ctrl/legacy/akcipher", true, 0,
      VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION, 0, b_ak_sess, "K" },
    { "ctrl/rev1/cipher", true, REV1,
      VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, 0, b_cipher_sess, "k" },
    { "ctrl/rev1/chain-plain", true, REV1,
      VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, 0, b_chain_sess, "k" },
    { "ctrl/rev1/chain-auth", true, REV1,
      VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, 0, b_chain_sess, "ka" },
    { "ctrl/rev1/hash", true, REV1,
      VIRTIO_CRYPTO_HASH_CREATE_SESSION, 0, b_hash_sess, "" },
    { "ctrl/rev1/mac", true, REV1,
      VIRTIO_CRYPTO_MAC_CREATE_SESSION, 0, b_mac_sess, "a" },
    { "ctrl/rev1/aead", true, REV1,
      VIRTIO_CRYPTO_AEAD_CREATE_SESSION, 0, b_aead_sess, "k" },
    { "ctrl/rev1/akcipher", true, REV1,
      VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION, 0, b_ak_sess, "K" },

    /* legacy; its chains carry iv, aad, src */
    { "data/legacy/cipher", false, 0, VIRTIO_CRYPTO_CIPHER_ENCRYPT, 0,
      b_cipher, "is|d" },
    { "data/legacy/chain", false, 0, VIRTIO_CRYPTO_CIPHER_DECRYPT, 0,
      b_chain, "iAs|dr" },
    { "data/legacy/hash", false, 0, VIRTIO_CRYPTO_HASH, 0, b_hash, "s|r" },
    { "data/legacy/mac", false, 0, VIRTIO_CRYPTO_MAC, 0, b_mac, "s|r" },
    { "data/legacy/aead", false, 0, VIRTIO_CRYPTO_AEAD_DECRYPT, 0,
      b_aead, "isA|d" },
    { "data/legacy/akcipher", false, 0, VIRTIO_CRYPTO_AKCIPHER_SIGN, 0,
      b_ak, "s|d" },
    { "data/legacy/akcipher-verify", false, 0, VIRTIO_CRYPTO_AKCIPHER_VERIFY,
      0, b_ak, "sv|" },

    /* REVISION_1 session mode: iv, src, aad */
    { "data/rev1/cipher", false, REV1, VIRTIO_CRYPTO_CIPHER_DECRYPT, 1,
      b_cipher, "is|d" },
    { "data/rev1/chain", false, REV1, VIRTIO_CRYPTO_CIPHER_ENCRYPT, 1,
      b_chain, "isA|dr" },
    { "data/rev1/hash", false, REV1, VIRTIO_CRYPTO_HASH, 1, b_hash, "s|r" },
    { "data/rev1/mac", false, REV1, VIRTIO_CRYPTO_MAC, 1, b_mac, "s|r" },
    { "data/rev1/aead", false, REV1, VIRTIO_CRYPTO_AEAD_ENCRYPT, 1,
      b_aead, "isA|d" },
    { "data/rev1/akcipher", false, REV1, VIRTIO_CRYPTO_AKCIPHER_DECRYPT, 1,
      b_ak, "s|d" },
    { "data/rev1/akcipher-verify", false, REV1, VIRTIO_CRYPTO_AKCIPHER_VERIFY,
      1, b_ak, "sv|" },

    /* REVISION_1 stateless, flag 0 and flag 1 (keys still on the wire) */
    { "data/stateless/cipher", false, STATELESS, VIRTIO_CRYPTO_CIPHER_ENCRYPT,
      0, b_cipher, "kis|d" },
    { "data/stateless/chain", false, STATELESS, VIRTIO_CRYPTO_CIPHER_ENCRYPT,
      0, b_chain, "kaiAs|dr" },
    { "data/stateless/hash", false, STATELESS, VIRTIO_CRYPTO_HASH, 0,
      b_hash, "s|r" },
    { "data/stateless/mac", false, STATELESS, VIRTIO_CRYPTO_MAC, 0,
      b_mac, "as|r" },
    { "data/stateless/aead", false, STATELESS, VIRTIO_CRYPTO_AEAD_DECRYPT, 0,
      b_aead, "kisA|d" },
    { "data/stateless/akcipher", false, STATELESS, VIRTIO_CRYPTO_AKCIPHER_SIGN,
      0, b_ak, "Ks|d" },
    { "data/stateless/akcipher-verify", false, STATELESS,
      VIRTIO_CRYPTO_AKCIPHER_VERIFY, 0, b_ak, "Ksv|" },
    { "data/stateless-session/cipher", false, STATELESS,
      VIRTIO_CRYPTO_CIPHER_DECRYPT, 1, b_cipher, "kis|d" },
    { "data/stateless-session/mac", false, STATELESS, VIRTIO_CRYPTO_MAC, 1,
      b_mac, "as|r" },
};

/* Build @c with @len and decode it; the parts get distinct fill bytes */
static VirtIOCryptoDecodeResult run(const Case *c, const uint32_t *len,
                                    VirtIOCryptoDecoded *d)
{
    uint8_t out[8192] = { 0 }, in[8192];
    uint8_t *flf = out + (c->ctrl ? 16 : 24);
    uint64_t readable = 0, writable = 0;
    size_t flf_len;
    const char *p;
    struct iovec out_iov, in_iov;

    if (c->ctrl) {
        struct virtio_crypto_ctrl_header *h = (void *)out;

        h->opcode = cpu_to_le32(c->opcode);
    } else {
        struct virtio_crypto_op_header *h = (void *)out;

        h->opcode = cpu_to_le32(c->opcode);
        h->flag = cpu_to_le32(c->flag);
    }
    flf_len = c->build(c, flf, len);
    for (p = c->order; *p && *p != '|'; p++) {
        readable += len[strchr(letters, *p) - letters];
    }
    for (p = strchr(c->order, '|'); p && *++p;) {
        writable += len[strchr(letters, *p) - letters];
    }
    /* give the buffers the request claims, as far as they go */
    out_iov = (struct iovec) {
        out, MIN(flf - out + flf_len + readable, sizeof(out))
    };
    in_iov = (struct iovec) {
        in, c->ctrl ? 16 : MIN(writable + 1, sizeof(in))
    };
    if (c->ctrl) {
        return virtio_crypto_decode_ctrl(c->features, &limits, &out_iov, 1,
                                         &in_iov, 1, d);
    }
    return virtio_crypto_decode_data(c->features, &limits, &out_iov, 1,
                                     &in_iov, 1, d);
}

/* The parts land in the specification's order, nothing between them */
static void test_placement(const void *opaque)
{
    const Case *c = opaque;
    uint32_t len[L__MAX];
    VirtIOCryptoDecoded d;
    VirtIOCryptoDecodeResult res;
    size_t r, w = 0;
    const char *p;
    int i;

    for (i = 0; i < L__MAX; i++) {
        len[i] = 3 + i;         /* distinct, small, inside every limit */
    }
    res = run(c, len, &d);
    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_OK);
    r = (c->ctrl ? 16 : 24) + c->build(c, (uint8_t[256]) { 0 }, len);
    for (p = c->order; *p; p++) {
        if (*p == '|') {
            continue;
        }
        i = strchr(letters, *p) - letters;
        g_assert_cmpuint(d.seg[seg_of[i]].len, ==, len[i]);
        if (p > strchr(c->order, '|') && strchr(c->order, '|')) {
            g_assert_cmpuint(d.seg[seg_of[i]].offset, ==, w);
            w += len[i];
        } else {
            g_assert_cmpuint(d.seg[seg_of[i]].offset, ==, r);
            r += len[i];
        }
    }
    /* a stateless layout with flag 0 is a stateless request */
    g_assert_cmpint(d.stateless, ==, IS_STATELESS(c) && c->flag == 0);
}

/* Each length at 0, at its limit, one past it, and overflowing sums */
static void test_lengths(const void *opaque)
{
    const Case *c = opaque;
    const char *p;

    for (p = c->order; *p; p++) {
        uint32_t len[L__MAX] = { 0 };
        uint32_t limit;
        VirtIOCryptoDecoded d;
        int i;

        if (*p == '|') {
            continue;
        }
        i = strchr(letters, *p) - letters;
        limit = i == L_K ? limits.max_cipher_key_len :
                i == L_A ? limits.max_auth_key_len :
                i == L_AK ? limits.max_akcipher_key_len :
                /* control requests carry keys only */
                limits.max_size;

        len[i] = 0;
        g_assert_cmpuint(run(c, len, &d).status, ==, VIRTIO_CRYPTO_OK);
        len[i] = limit;
        g_assert_cmpuint(run(c, len, &d).status, ==, VIRTIO_CRYPTO_OK);
        len[i] = limit + 1;
        g_assert_cmpuint(run(c, len, &d).status, ==, VIRTIO_CRYPTO_ERR);
        len[i] = UINT32_MAX;
        g_assert_cmpuint(run(c, len, &d).status, ==, VIRTIO_CRYPTO_ERR);
        /* two halves whose 32-bit sum wraps to a small number */
        if (p[1] && p[1] != '|') {
            len[i] = 0x80000000u;
            len[strchr(letters, p[1]) - letters] = 0x80000010u;
            g_assert_cmpuint(run(c, len, &d).status, ==, VIRTIO_CRYPTO_ERR);
        }
    }
}

int main(int argc, char **argv)
{
    size_t i;

    g_test_init(&argc, &argv, NULL);
    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        g_autofree char *place = g_strdup_printf(
            "/virtio-crypto-layouts/%s/placement", cases[i].name);
        g_autofree char *lens = g_strdup_printf(
            "/virtio-crypto-layouts/%s/lengths", cases[i].name);

        g_test_add_data_func(place, &cases[i], test_placement);
        g_test_add_data_func(lens, &cases[i], test_lengths);
    }
    return g_test_run();
}
