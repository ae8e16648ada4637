/*
 * Unit tests for the virtio-crypto request codec: valid requests of each
 * legacy layout, and hostile ones (short, split, swapped, overflowing).
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

/* A request as the guest lays it out: readable bytes and a writable size */
typedef struct Wire {
    uint8_t out[8192];
    size_t out_len;
    uint8_t in[8192];
    size_t in_len;
} Wire;

static void put(Wire *w, const void *p, size_t len)
{
    g_assert_cmpuint(w->out_len + len, <=, sizeof(w->out));
    memcpy(w->out + w->out_len, p, len);
    w->out_len += len;
}

static void put_zeros(Wire *w, size_t len)
{
    g_assert_cmpuint(w->out_len + len, <=, sizeof(w->out));
    memset(w->out + w->out_len, 0x5a, len);
    w->out_len += len;
}

static VirtIOCryptoDecodeResult decode_f(uint64_t features, const Wire *w,
                                         bool ctrl, VirtIOCryptoDecoded *req)
{
    struct iovec out = { (void *)w->out, w->out_len };
    struct iovec in = { (void *)w->in, w->in_len };
    unsigned out_num = w->out_len ? 1 : 0, in_num = w->in_len ? 1 : 0;

    if (ctrl) {
        return virtio_crypto_decode_ctrl(features, &limits, &out, out_num,
                                         &in, in_num, req);
    }
    return virtio_crypto_decode_data(features, &limits, &out, out_num,
                                     &in, in_num, req);
}

/* Legacy: no feature bits */
static VirtIOCryptoDecodeResult decode(const Wire *w, bool ctrl,
                                       VirtIOCryptoDecoded *req)
{
    return decode_f(0, w, ctrl, req);
}

#define REV1 BIT_ULL(VIRTIO_CRYPTO_F_REVISION_1)
#define ALL_STATELESS (BIT_ULL(VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE) | \
                       BIT_ULL(VIRTIO_CRYPTO_F_HASH_STATELESS_MODE) | \
                       BIT_ULL(VIRTIO_CRYPTO_F_MAC_STATELESS_MODE) | \
                       BIT_ULL(VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE) | \
                       BIT_ULL(VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE))

/* A data request: header, then the fixed part, then @vlf_len bytes */
static void data_req(Wire *w, uint32_t opcode, uint32_t flag,
                     const void *flf, size_t flf_len, size_t vlf_len,
                     size_t in_len)
{
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(opcode),
        .session_id = cpu_to_le64(42),
        .flag = cpu_to_le32(flag),
    };

    memset(w, 0, sizeof(*w));
    put(w, &hdr, sizeof(hdr));
    put(w, flf, flf_len);
    put_zeros(w, vlf_len);
    w->in_len = in_len;
}

/* Control requests */

static void cipher_session(Wire *w, uint32_t algo, uint32_t key_len,
                           size_t key_given)
{
    struct virtio_crypto_op_ctrl_req req = { };
    struct virtio_crypto_cipher_session_para *p =
        &req.u.sym_create_session.u.cipher.para;

    memset(w, 0, sizeof(*w));
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_CREATE_SESSION);
    req.u.sym_create_session.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
    p->algo = cpu_to_le32(algo);
    p->keylen = cpu_to_le32(key_len);
    p->op = cpu_to_le32(VIRTIO_CRYPTO_OP_DECRYPT);
    put(w, &req, sizeof(req));
    put_zeros(w, key_given);
    w->in_len = sizeof(struct virtio_crypto_session_input);
}

static void test_ctrl_cipher_session(void)
{
    Wire w;
    VirtIOCryptoDecoded req;
    VirtIOCryptoDecodeResult res;

    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_CBC, 32, 32);
    res = decode(&w, true, &req);
    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_OK);
    g_assert_true(res.status_reachable);
    g_assert_cmpuint(req.kind, ==, VIRTIO_CRYPTO_REQ_CREATE_SESSION);
    g_assert_cmpuint(req.field[VIRTIO_CRYPTO_FIELD_OP_TYPE], ==,
                     VIRTIO_CRYPTO_SYM_OP_CIPHER);
    g_assert_cmpuint(req.field[VIRTIO_CRYPTO_FIELD_CIPHER_ALGO], ==,
                     VIRTIO_CRYPTO_CIPHER_AES_CBC);
    g_assert_cmpuint(req.field[VIRTIO_CRYPTO_FIELD_CIPHER_OP], ==,
                     VIRTIO_CRYPTO_OP_DECRYPT);
    g_assert_cmpuint(req.seg[VIRTIO_CRYPTO_SEG_CIPHER_KEY].offset, ==, 72);
    g_assert_cmpuint(req.seg[VIRTIO_CRYPTO_SEG_CIPHER_KEY].len, ==, 32);
    g_assert_cmpuint(req.outcome_len, ==, 16);
    g_assert_cmpuint(req.status_offset, ==, 8);

    /* key length at the limit, above it, and far above it */
    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_CBC, 64, 64);
    g_assert_cmpuint(decode(&w, true, &req).status, ==, VIRTIO_CRYPTO_OK);
    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_CBC, 65, 65);
    g_assert_cmpuint(decode(&w, true, &req).status, ==, VIRTIO_CRYPTO_ERR);
    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_CBC, UINT32_MAX, 16);
    g_assert_cmpuint(decode(&w, true, &req).status, ==, VIRTIO_CRYPTO_ERR);

    /* the key is cut short */
    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_CBC, 32, 31);
    g_assert_cmpuint(decode(&w, true, &req).status, ==, VIRTIO_CRYPTO_ERR);

    /* no room for the 16-byte outcome: the status cannot be written */
    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_CBC, 16, 16);
    w.in_len = 15;
    res = decode(&w, true, &req);
    g_assert_false(res.status_reachable);
}

static void test_ctrl_chain_session(void)
{
    struct virtio_crypto_op_ctrl_req req = { };
    struct virtio_crypto_alg_chain_session_para *p =
        &req.u.sym_create_session.u.chain.para;
    VirtIOCryptoDecoded d;
    Wire w = { };

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_CREATE_SESSION);
    req.u.sym_create_session.op_type =
        cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
    p->alg_chain_order =
        cpu_to_le32(VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH);
    p->hash_mode = cpu_to_le32(VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH);
    p->cipher_param.algo = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_AES_CBC);
    p->cipher_param.keylen = cpu_to_le32(16);
    p->u.mac_param.algo = cpu_to_le32(VIRTIO_CRYPTO_MAC_HMAC_SHA1);
    p->u.mac_param.hash_result_len = cpu_to_le32(20);
    p->u.mac_param.auth_key_len = cpu_to_le32(20);
    put(&w, &req, sizeof(req));
    put_zeros(&w, 36);
    w.in_len = 16;

    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.field[VIRTIO_CRYPTO_FIELD_HASH_ALGO], ==,
                     VIRTIO_CRYPTO_MAC_HMAC_SHA1);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_CIPHER_KEY].offset, ==, 72);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AUTH_KEY].offset, ==, 88);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AUTH_KEY].len, ==, 20);

    /* plain hash mode carries no auth key, whatever the padding says */
    p->hash_mode = cpu_to_le32(VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN);
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AUTH_KEY].len, ==, 0);

    /* nested hash mode is not offered */
    p->hash_mode = cpu_to_le32(VIRTIO_CRYPTO_SYM_HASH_MODE_NESTED);
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
}

static void test_ctrl_destroy(void)
{
    struct virtio_crypto_op_ctrl_req req = { };
    VirtIOCryptoDecoded d;
    VirtIOCryptoDecodeResult res;
    Wire w = { };

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_DESTROY_SESSION);
    req.u.destroy_session.session_id = cpu_to_le64(0x1122334455667788ull);
    put(&w, &req, sizeof(req));

    /* Linux's 1-byte outcome and the v19 draft's 8-byte one */
    for (w.in_len = 1; w.in_len <= 16; w.in_len++) {
        res = decode(&w, true, &d);
        g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_OK);
        g_assert_true(res.status_reachable);
        g_assert_cmpuint(d.kind, ==, VIRTIO_CRYPTO_REQ_DESTROY_SESSION);
        g_assert_cmpuint(d.session_id, ==, 0x1122334455667788ull);
        g_assert_cmpuint(d.status_offset, ==, 0);
        g_assert_cmpuint(d.outcome_len, ==, MIN(w.in_len, 8));
    }
    /* no writable byte: not answerable, so not valid (found by fuzzing) */
    w.in_len = 0;
    res = decode_f(REV1, &w, true, &d);
    g_assert_false(res.status_reachable);
    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_ERR);
}

static void test_ctrl_hostile(void)
{
    struct virtio_crypto_op_ctrl_req req = { };
    VirtIOCryptoDecoded d;
    VirtIOCryptoDecodeResult res;
    Wire w = { };

    /* nothing readable */
    w.in_len = 16;
    res = decode(&w, true, &d);
    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_ERR);
    g_assert_true(res.status_reachable);
    g_assert_cmpuint(d.kind, ==, VIRTIO_CRYPTO_REQ_CREATE_SESSION);

    /* header cut at every length */
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_HASH_CREATE_SESSION);
    for (size_t n = 0; n < sizeof(req); n++) {
        memset(&w, 0, sizeof(w));
        put(&w, &req, n);
        w.in_len = 16;
        g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_ERR);
    }

    /* unknown opcodes: other services, other operations */
    memset(&w, 0, sizeof(w));
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_OPCODE(5, 0x02));
    put(&w, &req, sizeof(req));
    w.in_len = 16;
    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_OPCODE(0, 0x07));
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
    req.header.opcode = cpu_to_le32(UINT32_MAX);
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
}

/* The same request split into iovecs at every byte boundary decodes alike */
static void test_ctrl_split(void)
{
    Wire w;
    VirtIOCryptoDecoded whole, part;
    uint8_t in[16];

    cipher_session(&w, VIRTIO_CRYPTO_CIPHER_AES_XTS, 64, 64);
    g_assert_cmpuint(decode(&w, true, &whole).status, ==, VIRTIO_CRYPTO_OK);
    for (size_t cut = 1; cut < w.out_len; cut++) {
        struct iovec out[2] = {
            { w.out, cut }, { w.out + cut, w.out_len - cut },
        };
        struct iovec iv_in[2] = { { in, cut % 16 }, { in + cut % 16,
                                                      16 - cut % 16 } };
        VirtIOCryptoDecodeResult res =
            virtio_crypto_decode_ctrl(0, &limits, out, 2, iv_in, 2, &part);

        g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(part.field, sizeof(part.field), whole.field,
                        sizeof(whole.field));
        g_assert_cmpmem(part.seg, sizeof(part.seg), whole.seg,
                        sizeof(whole.seg));
    }
}

/* Data requests */

typedef struct CipherData {
    uint32_t op_type, iv_len, src_len, dst_len;
    size_t given;           /* readable bytes after the 72-byte header */
    size_t in_len;
} CipherData;

static VirtIOCryptoDecodeResult decode_cipher(const CipherData *c,
                                              VirtIOCryptoDecoded *d)
{
    struct virtio_crypto_op_data_req req = { };
    struct virtio_crypto_cipher_para *p = &req.u.sym_req.u.cipher.para;
    g_autofree Wire *w = g_new0(Wire, 1);

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_ENCRYPT);
    req.header.session_id = cpu_to_le64(7);
    req.u.sym_req.op_type = cpu_to_le32(c->op_type);
    p->iv_len = cpu_to_le32(c->iv_len);
    p->src_data_len = cpu_to_le32(c->src_len);
    p->dst_data_len = cpu_to_le32(c->dst_len);
    put(w, &req, sizeof(req));
    put_zeros(w, c->given);
    w->in_len = c->in_len;
    return decode(w, false, d);
}

static void test_data_cipher(void)
{
    CipherData c = {
        .op_type = VIRTIO_CRYPTO_SYM_OP_CIPHER, .iv_len = 16,
        .src_len = 64, .dst_len = 64, .given = 80, .in_len = 65,
    };
    VirtIOCryptoDecoded d;
    VirtIOCryptoDecodeResult res = decode_cipher(&c, &d);

    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.session_id, ==, 7);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_IV].offset, ==, 72);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 88);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].len, ==, 64);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DST].offset, ==, 0);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DST].len, ==, 64);
    g_assert_cmpuint(d.status_offset, ==, 64);

    /* a larger writable area: the status is its last byte */
    c.in_len = 100;
    decode_cipher(&c, &d);
    g_assert_cmpuint(d.status_offset, ==, 99);

    /* no writable byte: nothing can be answered */
    c.in_len = 0;
    g_assert_false(decode_cipher(&c, &d).status_reachable);
    /* only the status byte: dst does not fit */
    c.in_len = 1;
    res = decode_cipher(&c, &d);
    g_assert_true(res.status_reachable);
    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_ERR);

    /* op_type NONE and unknown ones have no layout */
    c.in_len = 65;
    c.op_type = VIRTIO_CRYPTO_SYM_OP_NONE;
    g_assert_cmpuint(decode_cipher(&c, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
    c.op_type = 77;
    g_assert_cmpuint(decode_cipher(&c, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
}

/* Every length field at 0, at its limit, at limit + 1 and overflowing */
static void test_data_cipher_lengths(void)
{
    const uint32_t max = limits.max_size;
    struct {
        uint32_t iv, src, dst;
        uint8_t status;
    } cases[] = {
        { 0, 0, 0, VIRTIO_CRYPTO_OK },
        { 16, 0, 0, VIRTIO_CRYPTO_OK },
        { 0, max / 2, max / 2, VIRTIO_CRYPTO_OK },
        { 0, max / 2, max / 2 + 1, VIRTIO_CRYPTO_ERR },
        { 1, max / 2, max / 2, VIRTIO_CRYPTO_ERR },
        { max, 0, 0, VIRTIO_CRYPTO_OK },
        { max + 1, 0, 0, VIRTIO_CRYPTO_ERR },
        { UINT32_MAX, 1, 0, VIRTIO_CRYPTO_ERR },
        { 1, UINT32_MAX, 0, VIRTIO_CRYPTO_ERR },
        { 0, 1, UINT32_MAX, VIRTIO_CRYPTO_ERR },
        { UINT32_MAX, UINT32_MAX, UINT32_MAX, VIRTIO_CRYPTO_ERR },
        { 0x80000000u, 0x80000000u, 16, VIRTIO_CRYPTO_ERR },
    };

    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        CipherData c = {
            .op_type = VIRTIO_CRYPTO_SYM_OP_CIPHER, .iv_len = cases[i].iv,
            .src_len = cases[i].src, .dst_len = cases[i].dst,
            .given = MIN((uint64_t)cases[i].iv + cases[i].src, 8000),
            .in_len = MIN((uint64_t)cases[i].dst + 1, 8000),
        };
        VirtIOCryptoDecoded d;

        g_assert_cmpuint(decode_cipher(&c, &d).status, ==, cases[i].status);
    }
}

static void test_data_chain(void)
{
    struct virtio_crypto_op_data_req req = { };
    struct virtio_crypto_alg_chain_data_para *p = &req.u.sym_req.u.chain.para;
    VirtIOCryptoDecoded d;
    Wire w = { };

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_DECRYPT);
    req.u.sym_req.op_type =
        cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
    p->iv_len = cpu_to_le32(16);
    p->aad_len = cpu_to_le32(8);
    p->src_data_len = cpu_to_le32(64);
    p->dst_data_len = cpu_to_le32(64);
    p->cipher_start_src_offset = cpu_to_le32(16);
    p->len_to_cipher = cpu_to_le32(48);
    p->hash_start_src_offset = cpu_to_le32(0);
    p->len_to_hash = cpu_to_le32(64);
    p->hash_result_len = cpu_to_le32(20);
    put(&w, &req, sizeof(req));
    put_zeros(&w, 16 + 8 + 64);
    w.in_len = 64 + 20 + 1;

    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_OK);
    /* legacy chains carry iv, aad, src, as Linux sends them */
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_IV].offset, ==, 72);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AAD].offset, ==, 88);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 96);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DST].offset, ==, 0);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DIGEST].offset, ==, 64);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DIGEST].len, ==, 20);
    g_assert_cmpuint(d.status_offset, ==, 84);

    /* ranges outside the source, including ones whose sum wraps */
    p->len_to_cipher = cpu_to_le32(49);
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_ERR);
    p->len_to_cipher = cpu_to_le32(48);
    p->hash_start_src_offset = cpu_to_le32(UINT32_MAX);
    p->len_to_hash = cpu_to_le32(2);
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_ERR);
}

static void test_data_akcipher_verify(void)
{
    struct virtio_crypto_op_data_req req = { };
    VirtIOCryptoDecoded d;
    Wire w = { };

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_VERIFY);
    req.u.akcipher_req.para.src_data_len = cpu_to_le32(256);
    req.u.akcipher_req.para.dst_data_len = cpu_to_le32(32);
    put(&w, &req, sizeof(req));
    put_zeros(&w, 256 + 32);
    /* verify: signature and digest are read; only the status is written */
    w.in_len = 1;
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 72);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_VERIFY_DIGEST].offset, ==,
                     72 + 256);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_VERIFY_DIGEST].len, ==, 32);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DST].len, ==, 0);

    /* a digest that is not all there */
    w.out_len -= 1;
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_ERR);
}

static void test_data_hostile(void)
{
    struct virtio_crypto_op_data_req req = { };
    VirtIOCryptoDecoded d;
    VirtIOCryptoDecodeResult res;
    Wire w = { };

    /* readable and writable parts swapped: the header is not readable */
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_HASH);
    memcpy(w.in, &req, sizeof(req));
    w.in_len = sizeof(req);
    res = decode(&w, false, &d);
    g_assert_true(res.status_reachable);
    g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_ERR);
    g_assert_cmpuint(d.status_offset, ==, sizeof(req) - 1);

    /* header and flf cut at every length */
    for (size_t n = 0; n < sizeof(req); n++) {
        memset(&w, 0, sizeof(w));
        put(&w, &req, n);
        w.in_len = 1;
        g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_ERR);
    }

    /* unknown data opcodes */
    memset(&w, 0, sizeof(w));
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_OPCODE(1, 0x01));
    put(&w, &req, sizeof(req));
    w.in_len = 1;
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_OPCODE(9, 0x00));
    memcpy(w.out, &req, sizeof(req));
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_NOTSUPP);
}

/* A data request split at every byte, readable and writable parts alike */
static void test_data_split(void)
{
    struct virtio_crypto_op_data_req req = { };
    struct virtio_crypto_alg_chain_data_para *p = &req.u.sym_req.u.chain.para;
    VirtIOCryptoDecoded whole, part;
    uint8_t in[64 + 20 + 1];
    Wire w = { };

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_ENCRYPT);
    req.u.sym_req.op_type =
        cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
    p->iv_len = cpu_to_le32(16);
    p->aad_len = cpu_to_le32(8);
    p->src_data_len = cpu_to_le32(64);
    p->dst_data_len = cpu_to_le32(64);
    p->len_to_cipher = cpu_to_le32(64);
    p->len_to_hash = cpu_to_le32(64);
    p->hash_result_len = cpu_to_le32(20);
    put(&w, &req, sizeof(req));
    put_zeros(&w, 16 + 8 + 64);
    w.in_len = sizeof(in);
    g_assert_cmpuint(decode(&w, false, &whole).status, ==, VIRTIO_CRYPTO_OK);

    for (size_t cut = 0; cut <= w.out_len; cut++) {
        size_t icut = cut % (sizeof(in) + 1);
        struct iovec out[2] = {
            { w.out, cut }, { w.out + cut, w.out_len - cut },
        };
        struct iovec iv_in[2] = {
            { in, icut }, { in + icut, sizeof(in) - icut },
        };
        VirtIOCryptoDecodeResult res =
            virtio_crypto_decode_data(0, &limits, out, 2, iv_in, 2, &part);

        g_assert_cmpuint(res.status, ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(part.status_offset, ==, whole.status_offset);
        g_assert_cmpmem(part.field, sizeof(part.field), whole.field,
                        sizeof(whole.field));
        g_assert_cmpmem(part.seg, sizeof(part.seg), whole.seg,
                        sizeof(whole.seg));
    }
}

/* REVISION_1 */

static void test_rev1_ctrl_unpadded(void)
{
    struct {
        struct virtio_crypto_ctrl_header hdr;
        struct virtio_crypto_mac_create_session_flf flf;
        uint8_t key[20];
    } QEMU_PACKED req = { };
    struct {
        struct virtio_crypto_ctrl_header hdr;
        struct virtio_crypto_destroy_session_flf flf;
    } QEMU_PACKED destroy = { };
    VirtIOCryptoDecoded d;
    Wire w = { };

    req.hdr.opcode = cpu_to_le32(VIRTIO_CRYPTO_MAC_CREATE_SESSION);
    req.flf.algo = cpu_to_le32(VIRTIO_CRYPTO_MAC_HMAC_SHA_256);
    req.flf.hash_result_len = cpu_to_le32(32);
    req.flf.auth_key_len = cpu_to_le32(20);
    put(&w, &req, sizeof(req));
    w.in_len = 16;
    g_assert_cmpuint(decode_f(REV1, &w, true, &d).status, ==,
                     VIRTIO_CRYPTO_OK);
    /* the key follows the 16-byte flf, not a 56-byte padded one */
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AUTH_KEY].offset, ==, 32);
    g_assert_cmpuint(d.field[VIRTIO_CRYPTO_FIELD_HASH_RESULT_LEN], ==, 32);
    /* read as legacy, the same bytes are too short */
    g_assert_cmpuint(decode(&w, true, &d).status, ==, VIRTIO_CRYPTO_ERR);

    memset(&w, 0, sizeof(w));
    destroy.hdr.opcode = cpu_to_le32(VIRTIO_CRYPTO_MAC_DESTROY_SESSION);
    destroy.flf.session_id = cpu_to_le64(99);
    put(&w, &destroy, sizeof(destroy));
    w.in_len = 1;
    g_assert_cmpuint(decode_f(REV1, &w, true, &d).status, ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.session_id, ==, 99);
}

static void test_rev1_session_flag(void)
{
    struct virtio_crypto_hash_data_flf flf = {
        .src_data_len = cpu_to_le32(100),
        .hash_result_len = cpu_to_le32(32),
    };
    VirtIOCryptoDecoded d;
    Wire w;

    /* session mode: flag 1, session_id used */
    data_req(&w, VIRTIO_CRYPTO_HASH, VIRTIO_CRYPTO_FLAG_SESSION_MODE,
             &flf, sizeof(flf), 100, 33);
    g_assert_cmpuint(decode_f(REV1, &w, false, &d).status, ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_false(d.stateless);
    g_assert_cmpuint(d.session_id, ==, 42);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 24 + 8);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DIGEST].len, ==, 32);

    /* without the stateless bit, flag 0 is not served */
    data_req(&w, VIRTIO_CRYPTO_HASH, 0, &flf, sizeof(flf), 100, 33);
    g_assert_cmpuint(decode_f(REV1, &w, false, &d).status, ==,
                     VIRTIO_CRYPTO_NOTSUPP);
    /* legacy ignores the flag */
    g_assert_cmpuint(decode(&w, false, &d).status, ==, VIRTIO_CRYPTO_ERR);
}

static void test_rev1_chain_order(void)
{
    struct virtio_crypto_sym_data_flf flf = {
        .op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING),
    };
    struct virtio_crypto_alg_chain_data_flf *c = (void *)flf.op_type_flf;
    VirtIOCryptoDecoded d;
    Wire w;

    c->iv_len = cpu_to_le32(16);
    c->src_data_len = cpu_to_le32(32);
    c->dst_data_len = cpu_to_le32(32);
    c->len_to_cipher = cpu_to_le32(32);
    c->len_to_hash = cpu_to_le32(32);
    c->aad_len = cpu_to_le32(8);
    c->hash_result_len = cpu_to_le32(20);
    data_req(&w, VIRTIO_CRYPTO_CIPHER_ENCRYPT,
             VIRTIO_CRYPTO_FLAG_SESSION_MODE, &flf, sizeof(flf),
             16 + 32 + 8, 32 + 20 + 1);
    g_assert_cmpuint(decode_f(REV1, &w, false, &d).status, ==,
                     VIRTIO_CRYPTO_OK);
    /* the standard's session chains carry iv, src, aad */
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_IV].offset, ==, 72);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 88);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AAD].offset, ==, 120);
}

static void test_stateless_layouts(void)
{
    VirtIOCryptoDecoded d;
    Wire w;
    struct virtio_crypto_sym_data_flf_stateless sym = {
        .op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER),
    };
    struct virtio_crypto_cipher_data_flf_stateless *c =
        (void *)sym.op_type_flf;
    struct virtio_crypto_aead_data_flf_stateless aead = {
        .sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_AEAD_GCM),
        .sess_para.key_len = cpu_to_le32(16),
        .iv_len = cpu_to_le32(12),
        .tag_len = cpu_to_le32(16),
        .aad_len = cpu_to_le32(20),
        .src_data_len = cpu_to_le32(60),
        .dst_data_len = cpu_to_le32(76),
    };
    struct virtio_crypto_mac_data_flf_stateless mac = {
        .sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_MAC_HMAC_SHA1),
        .sess_para.auth_key_len = cpu_to_le32(20),
        .src_data_len = cpu_to_le32(8),
        .hash_result_len = cpu_to_le32(20),
    };

    c->sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_AES_CBC);
    c->sess_para.key_len = cpu_to_le32(16);
    c->sess_para.op = cpu_to_le32(VIRTIO_CRYPTO_OP_ENCRYPT);
    c->iv_len = cpu_to_le32(16);
    c->src_data_len = cpu_to_le32(64);
    c->dst_data_len = cpu_to_le32(64);
    data_req(&w, VIRTIO_CRYPTO_CIPHER_ENCRYPT, 0, &sym, sizeof(sym),
             16 + 16 + 64, 65);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_true(d.stateless);
    g_assert_cmpuint(d.field[VIRTIO_CRYPTO_FIELD_CIPHER_ALGO], ==,
                     VIRTIO_CRYPTO_CIPHER_AES_CBC);
    /* the key first, after the 76-byte fixed part */
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_CIPHER_KEY].offset, ==, 24 + 76);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_IV].offset, ==, 24 + 76 + 16);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 24 + 76 + 32);

    /* flag 1 in a stateless layout uses the session, skips the key */
    data_req(&w, VIRTIO_CRYPTO_CIPHER_ENCRYPT,
             VIRTIO_CRYPTO_FLAG_SESSION_MODE, &sym, sizeof(sym),
             16 + 16 + 64, 65);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_false(d.stateless);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 24 + 76 + 32);
    /* a flag that is neither */
    data_req(&w, VIRTIO_CRYPTO_CIPHER_ENCRYPT, 2, &sym, sizeof(sym),
             16 + 16 + 64, 65);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_ERR);
    /* only the cipher bit decides the cipher layouts */
    data_req(&w, VIRTIO_CRYPTO_CIPHER_ENCRYPT, 0, &sym, sizeof(sym),
             16 + 16 + 64, 65);
    g_assert_cmpuint(decode_f(REV1 |
                              BIT_ULL(VIRTIO_CRYPTO_F_HASH_STATELESS_MODE),
                              &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_NOTSUPP);

    /* AEAD: (key,) iv, src, aad; dst = ciphertext and tag */
    data_req(&w, VIRTIO_CRYPTO_AEAD_ENCRYPT, 0, &aead, sizeof(aead),
             16 + 12 + 60 + 20, 77);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.field[VIRTIO_CRYPTO_FIELD_TAG_LEN], ==, 16);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_CIPHER_KEY].offset, ==, 24 + 32);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_IV].offset, ==, 24 + 32 + 16);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 24 + 32 + 28);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AAD].offset, ==, 24 + 32 + 88);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_DST].len, ==, 76);

    data_req(&w, VIRTIO_CRYPTO_MAC, 0, &mac, sizeof(mac), 28, 21);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_AUTH_KEY].offset, ==, 24 + 16);
    g_assert_cmpuint(d.seg[VIRTIO_CRYPTO_SEG_SRC].offset, ==, 24 + 16 + 20);
    /* an auth key beyond the limit, and one whose bytes are missing */
    mac.sess_para.auth_key_len = cpu_to_le32(limits.max_auth_key_len + 1);
    data_req(&w, VIRTIO_CRYPTO_MAC, 0, &mac, sizeof(mac), 8000, 21);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_ERR);
    mac.sess_para.auth_key_len = cpu_to_le32(64);
    data_req(&w, VIRTIO_CRYPTO_MAC, 0, &mac, sizeof(mac), 71, 21);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_ERR);
}

static void test_stateless_fixed_part_cut(void)
{
    struct virtio_crypto_akcipher_data_flf_stateless ak = {
        .sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_RSA),
    };
    VirtIOCryptoDecoded d;
    Wire w;

    /* a fixed part cut at every length cannot be read */
    for (size_t n = 0; n < sizeof(ak); n++) {
        data_req(&w, VIRTIO_CRYPTO_AKCIPHER_SIGN, 0, &ak, n, 0, 1);
        g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false,
                                  &d).status, ==, VIRTIO_CRYPTO_ERR);
    }
    data_req(&w, VIRTIO_CRYPTO_AKCIPHER_SIGN, 0, &ak, sizeof(ak), 0, 1);
    g_assert_cmpuint(decode_f(REV1 | ALL_STATELESS, &w, false, &d).status,
                     ==, VIRTIO_CRYPTO_OK);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/virtio-crypto-codec/ctrl/cipher-session",
                    test_ctrl_cipher_session);
    g_test_add_func("/virtio-crypto-codec/ctrl/chain-session",
                    test_ctrl_chain_session);
    g_test_add_func("/virtio-crypto-codec/ctrl/destroy", test_ctrl_destroy);
    g_test_add_func("/virtio-crypto-codec/ctrl/hostile", test_ctrl_hostile);
    g_test_add_func("/virtio-crypto-codec/ctrl/split", test_ctrl_split);
    g_test_add_func("/virtio-crypto-codec/data/cipher", test_data_cipher);
    g_test_add_func("/virtio-crypto-codec/data/cipher-lengths",
                    test_data_cipher_lengths);
    g_test_add_func("/virtio-crypto-codec/data/chain", test_data_chain);
    g_test_add_func("/virtio-crypto-codec/data/akcipher-verify",
                    test_data_akcipher_verify);
    g_test_add_func("/virtio-crypto-codec/data/hostile", test_data_hostile);
    g_test_add_func("/virtio-crypto-codec/data/split", test_data_split);
    g_test_add_func("/virtio-crypto-codec/rev1/ctrl-unpadded",
                    test_rev1_ctrl_unpadded);
    g_test_add_func("/virtio-crypto-codec/rev1/session-flag",
                    test_rev1_session_flag);
    g_test_add_func("/virtio-crypto-codec/rev1/chain-order",
                    test_rev1_chain_order);
    g_test_add_func("/virtio-crypto-codec/stateless/layouts",
                    test_stateless_layouts);
    g_test_add_func("/virtio-crypto-codec/stateless/fixed-part-cut",
                    test_stateless_fixed_part_cut);
    return g_test_run();
}
