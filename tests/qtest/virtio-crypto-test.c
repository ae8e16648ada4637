/*
 * QTest for virtio-crypto: the legacy and REVISION_1 request formats, session
 * and stateless, through the real device
 *
 * Known-answer vectors: NIST SP 800-38A, Appendix F.2 (CBC-AES128/192/256).
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "libqtest-single.h"
#include "qemu/module.h"
#include "standard-headers/linux/virtio_config.h"
#include "standard-headers/linux/virtio_ring.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "libqos/qgraph.h"
#include "libqos/virtio.h"
#include "libqos/virtio-crypto.h"
#include "qobject/qdict.h"
#include "qobject/qlist.h"
#include "qobject/qstring.h"

typedef QVirtioCryptoQueues TestDev;

#define REV1 (1ull << VIRTIO_CRYPTO_F_REVISION_1)
#define CIPHER_STATELESS (1ull << VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE)

static TestDev start_device_with(void *obj, QGuestAllocator *alloc,
                                 uint64_t features)
{
    QVirtioCrypto *crypto = obj;

    return qvirtio_crypto_start(global_qtest, crypto->vdev, alloc, features);
}

/* The legacy format: no device feature bits, as Linux and DPDK */
static TestDev start_device(void *obj, QGuestAllocator *alloc)
{
    return start_device_with(obj, alloc, 0);
}

/* Data queue helpers */

typedef struct CipherReq {
    uint64_t session_id;
    uint32_t flag;          /* REVISION_1: VIRTIO_CRYPTO_FLAG_SESSION_MODE */
    const uint8_t *key;     /* stateless: the inline key */
    uint32_t key_len;
    uint32_t opcode;
    const uint8_t *iv;
    uint32_t iv_len;
    const uint8_t *src;
    uint32_t src_len;       /* the length the request claims */
    uint32_t src_given;     /* the bytes actually sent */
    uint32_t dst_len;
} CipherReq;

/*
 * Run a cipher request; returns the status, result in @dst.  The legacy
 * and REVISION_1 session layouts are the same bytes but for the flag; with
 * @stateless_layout the 76-byte stateless fixed part and the key lead.
 */
static uint8_t cipher_request_in(TestDev *t, const CipherReq *c,
                                 bool stateless_layout, uint8_t *dst)
{
    g_autoptr(GByteArray) req = NULL;
    g_autofree uint8_t *in = g_malloc(c->dst_len + 1);
    uint32_t used;

    if (stateless_layout) {
        struct virtio_crypto_sym_data_flf_stateless sl = { };
        struct virtio_crypto_cipher_data_flf_stateless *slc =
            (void *)sl.op_type_flf;

        sl.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        slc->sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_AES_CBC);
        slc->sess_para.key_len = cpu_to_le32(c->key_len);
        slc->sess_para.op = cpu_to_le32(
            c->opcode == VIRTIO_CRYPTO_CIPHER_ENCRYPT
            ? VIRTIO_CRYPTO_OP_ENCRYPT : VIRTIO_CRYPTO_OP_DECRYPT);
        slc->iv_len = cpu_to_le32(c->iv_len);
        slc->src_data_len = cpu_to_le32(c->src_len);
        slc->dst_data_len = cpu_to_le32(c->dst_len);
        req = qvirtio_crypto_data_req(t, c->opcode, 0, c->session_id,
                                      c->flag, &sl, sizeof(sl));
        qvirtio_crypto_put(req, c->key, c->key_len);
        qvirtio_crypto_put(req, c->iv, c->iv_len);
        qvirtio_crypto_put(req, c->src, c->src_given);
    } else {
        req = qvirtio_crypto_cipher_req(t, c->opcode, c->session_id, c->flag,
                                        c->iv, c->iv_len, c->src,
                                        c->src_given, c->src_len,
                                        c->dst_len);
    }
    used = qvirtio_crypto_submit(t, t->dataq, req->data, req->len, in,
                                 c->dst_len + 1);
    g_assert_cmpuint(used, ==, c->dst_len + 1);
    if (dst) {
        memcpy(dst, in, c->dst_len);
    }
    return in[c->dst_len];
}

static uint8_t cipher_request(TestDev *t, const CipherReq *c, uint8_t *dst)
{
    return cipher_request_in(t, c, false, dst);
}

/* NIST SP 800-38A, F.2: CBC-AES, one plaintext and IV, three keys */
static const uint8_t sp800_38a_iv[16] = {
    0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07,
    0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f,
};

static const uint8_t sp800_38a_plain[64] = {
    0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96,
    0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a,
    0xae, 0x2d, 0x8a, 0x57, 0x1e, 0x03, 0xac, 0x9c,
    0x9e, 0xb7, 0x6f, 0xac, 0x45, 0xaf, 0x8e, 0x51,
    0x30, 0xc8, 0x1c, 0x46, 0xa3, 0x5c, 0xe4, 0x11,
    0xe5, 0xfb, 0xc1, 0x19, 0x1a, 0x0a, 0x52, 0xef,
    0xf6, 0x9f, 0x24, 0x45, 0xdf, 0x4f, 0x9b, 0x17,
    0xad, 0x2b, 0x41, 0x7b, 0xe6, 0x6c, 0x37, 0x10,
};

typedef struct CbcVector {
    const char *name;
    uint8_t key[32];
    uint32_t key_len;
    uint8_t cipher[64];
} CbcVector;

static const CbcVector sp800_38a_cbc[] = {
    {
        .name = "F.2.1/F.2.2 CBC-AES128",
        .key = {
            0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6,
            0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c,
        },
        .key_len = 16,
        .cipher = {
            0x76, 0x49, 0xab, 0xac, 0x81, 0x19, 0xb2, 0x46,
            0xce, 0xe9, 0x8e, 0x9b, 0x12, 0xe9, 0x19, 0x7d,
            0x50, 0x86, 0xcb, 0x9b, 0x50, 0x72, 0x19, 0xee,
            0x95, 0xdb, 0x11, 0x3a, 0x91, 0x76, 0x78, 0xb2,
            0x73, 0xbe, 0xd6, 0xb8, 0xe3, 0xc1, 0x74, 0x3b,
            0x71, 0x16, 0xe6, 0x9e, 0x22, 0x22, 0x95, 0x16,
            0x3f, 0xf1, 0xca, 0xa1, 0x68, 0x1f, 0xac, 0x09,
            0x12, 0x0e, 0xca, 0x30, 0x75, 0x86, 0xe1, 0xa7,
        },
    }, {
        .name = "F.2.3/F.2.4 CBC-AES192",
        .key = {
            0x8e, 0x73, 0xb0, 0xf7, 0xda, 0x0e, 0x64, 0x52,
            0xc8, 0x10, 0xf3, 0x2b, 0x80, 0x90, 0x79, 0xe5,
            0x62, 0xf8, 0xea, 0xd2, 0x52, 0x2c, 0x6b, 0x7b,
        },
        .key_len = 24,
        .cipher = {
            0x4f, 0x02, 0x1d, 0xb2, 0x43, 0xbc, 0x63, 0x3d,
            0x71, 0x78, 0x18, 0x3a, 0x9f, 0xa0, 0x71, 0xe8,
            0xb4, 0xd9, 0xad, 0xa9, 0xad, 0x7d, 0xed, 0xf4,
            0xe5, 0xe7, 0x38, 0x76, 0x3f, 0x69, 0x14, 0x5a,
            0x57, 0x1b, 0x24, 0x20, 0x12, 0xfb, 0x7a, 0xe0,
            0x7f, 0xa9, 0xba, 0xac, 0x3d, 0xf1, 0x02, 0xe0,
            0x08, 0xb0, 0xe2, 0x79, 0x88, 0x59, 0x88, 0x81,
            0xd9, 0x20, 0xa9, 0xe6, 0x4f, 0x56, 0x15, 0xcd,
        },
    }, {
        .name = "F.2.5/F.2.6 CBC-AES256",
        .key = {
            0x60, 0x3d, 0xeb, 0x10, 0x15, 0xca, 0x71, 0xbe,
            0x2b, 0x73, 0xae, 0xf0, 0x85, 0x7d, 0x77, 0x81,
            0x1f, 0x35, 0x2c, 0x07, 0x3b, 0x61, 0x08, 0xd7,
            0x2d, 0x98, 0x10, 0xa3, 0x09, 0x14, 0xdf, 0xf4,
        },
        .key_len = 32,
        .cipher = {
            0xf5, 0x8c, 0x4c, 0x04, 0xd6, 0xe5, 0xf1, 0xba,
            0x77, 0x9e, 0xab, 0xfb, 0x5f, 0x7b, 0xfb, 0xd6,
            0x9c, 0xfc, 0x4e, 0x96, 0x7e, 0xdb, 0x80, 0x8d,
            0x67, 0x9f, 0x77, 0x7b, 0xc6, 0x70, 0x2c, 0x7d,
            0x39, 0xf2, 0x33, 0x69, 0xa9, 0xd9, 0xba, 0xcf,
            0xa5, 0x30, 0xe2, 0x63, 0x04, 0x23, 0x14, 0x61,
            0xb2, 0xeb, 0x05, 0xe2, 0xc3, 0x9b, 0xe9, 0xfc,
            0xda, 0x6c, 0x19, 0x07, 0x8c, 0x6a, 0x9d, 0x1b,
        },
    },
};

static uint64_t aes128_session(TestDev *t, uint32_t op)
{
    uint64_t id;

    g_assert_cmpuint(qvirtio_crypto_cipher_session(t,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, op, sp800_38a_cbc[0].key,
                         16, &id), ==, VIRTIO_CRYPTO_OK);
    return id;
}

static void test_config(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    QVirtioDevice *d = t.dev;
    uint32_t services, cipher_l;
    uint64_t max_size;

#define CFG(field) offsetof(struct virtio_crypto_config, field)
    g_assert_cmpuint(qvirtio_config_readl(d, CFG(status)), ==,
                     VIRTIO_CRYPTO_S_HW_READY);
    services = qvirtio_config_readl(d, CFG(crypto_services));
    g_assert_true(services & (1u << VIRTIO_CRYPTO_SERVICE_CIPHER));
    cipher_l = qvirtio_config_readl(d, CFG(cipher_algo_l));
    g_assert_true(cipher_l & (1u << VIRTIO_CRYPTO_CIPHER_AES_CBC));
    /* only defined algorithm bits: 1..14 */
    g_assert_cmphex(cipher_l & ~0x7ffeu, ==, 0);
    g_assert_cmpuint(qvirtio_config_readl(d, CFG(cipher_algo_h)), ==, 0);
    g_assert_cmpuint(qvirtio_config_readl(d, CFG(max_cipher_key_len)), >=,
                     32);
    max_size = qvirtio_config_readq(d, CFG(max_size));
    g_assert_cmpuint(max_size, >=, 4096);
    g_assert_cmpuint(max_size, <=, 16 * 1024 * 1024);
#undef CFG
    qvirtio_crypto_stop(&t);
}

static void test_aes_cbc_kat(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    uint8_t out[64];

    for (size_t i = 0; i < ARRAY_SIZE(sp800_38a_cbc); i++) {
        const CbcVector *v = &sp800_38a_cbc[i];
        uint64_t enc, dec;
        CipherReq r = {
            .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT,
            .iv = sp800_38a_iv, .iv_len = 16,
            .src = sp800_38a_plain, .src_len = 64, .src_given = 64,
            .dst_len = 64,
        };

        g_test_message("%s", v->name);
        g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                             VIRTIO_CRYPTO_CIPHER_AES_CBC,
                             VIRTIO_CRYPTO_OP_ENCRYPT, v->key, v->key_len,
                             &enc), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                             VIRTIO_CRYPTO_CIPHER_AES_CBC,
                             VIRTIO_CRYPTO_OP_DECRYPT, v->key, v->key_len,
                             &dec), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(enc, !=, dec);

        r.session_id = enc;
        g_assert_cmpuint(cipher_request(&t, &r, out), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, 64, v->cipher, 64);

        /* the same session again: no state carried between requests */
        g_assert_cmpuint(cipher_request(&t, &r, out), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, 64, v->cipher, 64);

        r.session_id = dec;
        r.opcode = VIRTIO_CRYPTO_CIPHER_DECRYPT;
        r.src = v->cipher;
        g_assert_cmpuint(cipher_request(&t, &r, out), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, 64, sp800_38a_plain, 64);

        g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                             VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, enc), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                             VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, dec), ==,
                         VIRTIO_CRYPTO_OK);
    }
    qvirtio_crypto_stop(&t);
}

/*
 * Descriptors of length 0 carry no bytes: a request with one anywhere in
 * its chain is served as if it were not there.  Linux's driver sends them
 * for AF_ALG requests built from spliced pages.
 */
static void test_zero_length_descriptors(void *obj, void *data,
                                         QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    const CbcVector *v = &sp800_38a_cbc[0];
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_ENCRYPT),
    };
    struct virtio_crypto_sym_data_req sym = {
        .op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER),
        .u.cipher.para.iv_len = cpu_to_le32(16),
        .u.cipher.para.src_data_len = cpu_to_le32(64),
        .u.cipher.para.dst_data_len = cpu_to_le32(64),
    };
    /* the request's natural parts: header and fixed part, iv, src; dst */
    const uint32_t out_parts[] = { sizeof(hdr) + sizeof(sym), 16, 64 };
    const uint32_t in_parts[] = { 64, 1 };
    uint8_t out[sizeof(hdr) + sizeof(sym) + 16 + 64], in[65];
    uint64_t id;
    unsigned pos;

    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, VIRTIO_CRYPTO_OP_ENCRYPT,
                         v->key, v->key_len, &id), ==, VIRTIO_CRYPTO_OK);
    hdr.session_id = cpu_to_le64(id);
    memcpy(out, &hdr, sizeof(hdr));
    memcpy(out + sizeof(hdr), &sym, sizeof(sym));
    memcpy(out + sizeof(hdr) + sizeof(sym), sp800_38a_iv, 16);
    memcpy(out + sizeof(hdr) + sizeof(sym) + 16, sp800_38a_plain, 64);

    /* one empty descriptor at each position, then one at every position */
    for (pos = 0; pos <= ARRAY_SIZE(out_parts) + ARRAY_SIZE(in_parts) + 2;
         pos++) {
        bool everywhere = pos == ARRAY_SIZE(out_parts) +
                                 ARRAY_SIZE(in_parts) + 2;
        uint32_t out_lens[2 * ARRAY_SIZE(out_parts) + 1];
        uint32_t in_lens[2 * ARRAY_SIZE(in_parts) + 1];
        unsigned out_n = 0, in_n = 0, i;

        for (i = 0; i <= ARRAY_SIZE(out_parts); i++) {
            if (everywhere || pos == i) {
                out_lens[out_n++] = 0;
            }
            if (i < ARRAY_SIZE(out_parts)) {
                out_lens[out_n++] = out_parts[i];
            }
        }
        for (i = 0; i <= ARRAY_SIZE(in_parts); i++) {
            if (everywhere || pos == ARRAY_SIZE(out_parts) + 1 + i) {
                in_lens[in_n++] = 0;
            }
            if (i < ARRAY_SIZE(in_parts)) {
                in_lens[in_n++] = in_parts[i];
            }
        }
        g_test_message("empty descriptor at position %u%s", pos,
                       everywhere ? " (everywhere)" : "");
        g_assert_cmpuint(qvirtio_crypto_submit_split(&t, t.dataq, out,
                                                     out_lens, out_n, in,
                                                     in_lens, in_n),
                         ==, sizeof(in));
        g_assert_cmpuint(in[64], ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(in, 64, v->cipher, 64);
    }
    qvirtio_crypto_stop(&t);
}

static void test_invalid_session(void *obj, void *data,
                                 QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    uint64_t id = aes128_session(&t, VIRTIO_CRYPTO_OP_ENCRYPT);
    CipherReq r = {
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT,
        .iv = sp800_38a_iv, .iv_len = 16,
        .src = sp800_38a_plain, .src_len = 16, .src_given = 16,
        .dst_len = 16,
    };

    r.session_id = id + 1000;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_INVSESS);
    r.session_id = UINT64_MAX;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_INVSESS);

    /* a destroyed session is gone */
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id), ==,
                     VIRTIO_CRYPTO_OK);
    r.session_id = id;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_INVSESS);
    qvirtio_crypto_stop(&t);
}

static void test_not_supported(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    static const uint8_t key[16];
    struct virtio_crypto_op_ctrl_req req = { };
    struct virtio_crypto_op_data_req dreq = { };
    uint64_t id;
    uint8_t status[2];

    /* 15 is no cipher's, so not advertised */
    g_assert_false(qvirtio_config_readl(t.dev, offsetof(
        struct virtio_crypto_config, cipher_algo_l)) & (1u << 15));
    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t, 15,
                         VIRTIO_CRYPTO_OP_ENCRYPT, key, 16, &id), ==,
                     VIRTIO_CRYPTO_NOTSUPP);
    /* an algorithm id beyond every mask */
    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t, 200,
                         VIRTIO_CRYPTO_OP_ENCRYPT, key, 16, &id), ==,
                     VIRTIO_CRYPTO_NOTSUPP);

    /* op_type NONE has no layout */
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_CIPHER_CREATE_SESSION);
    req.u.sym_create_session.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_NONE);
    g_assert_cmpuint(qvirtio_crypto_create_session(&t, &req, sizeof(req), &id),
                     ==, VIRTIO_CRYPTO_NOTSUPP);

    /* an unknown control opcode */
    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_OPCODE(7, 0x02));
    g_assert_cmpuint(qvirtio_crypto_create_session(&t, &req, sizeof(req), &id),
                     ==, VIRTIO_CRYPTO_NOTSUPP);

    /* an unknown data opcode */
    dreq.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_OPCODE(7, 0x00));
    qvirtio_crypto_submit(&t, t.dataq, &dreq, sizeof(dreq), status,
                          sizeof(status));
    g_assert_cmpuint(status[1], ==, VIRTIO_CRYPTO_NOTSUPP);
    qvirtio_crypto_stop(&t);
}

static void test_destroy_twice(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    uint64_t id = aes128_session(&t, VIRTIO_CRYPTO_OP_ENCRYPT);

    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id), ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id), ==,
                     VIRTIO_CRYPTO_ERR);
    /* an id that never existed */
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, UINT64_MAX), ==,
                     VIRTIO_CRYPTO_ERR);
    qvirtio_crypto_stop(&t);
}

static void test_malformed(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    static const uint8_t big_key[1024];
    uint64_t id;
    CipherReq r = {
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT,
        .iv = sp800_38a_iv, .iv_len = 16,
        .src = sp800_38a_plain, .src_len = 64, .src_given = 64,
        .dst_len = 64,
    };

    /* a key longer than max_cipher_key_len */
    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, VIRTIO_CRYPTO_OP_ENCRYPT,
                         big_key, sizeof(big_key), &id), ==, VIRTIO_CRYPTO_ERR);

    r.session_id = aes128_session(&t, VIRTIO_CRYPTO_OP_ENCRYPT);
    /* src_data_len beyond the bytes sent */
    r.src_given = 32;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_ERR);
    /* lengths whose 32-bit sum wraps around */
    r.src_len = UINT32_MAX - 8;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_ERR);
    /* destination shorter than the source */
    r.src_len = 64;
    r.src_given = 64;
    r.dst_len = 32;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_ERR);
    /* and a well-formed request still works afterwards */
    r.dst_len = 64;
    g_assert_cmpuint(cipher_request(&t, &r, NULL), ==, VIRTIO_CRYPTO_OK);
    qvirtio_crypto_stop(&t);
}


/* REVISION_1 session mode: flag 1, the standard's layouts */
static void test_rev1_session(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device_with(obj, alloc, REV1);
    const CbcVector *v = &sp800_38a_cbc[2];
    uint8_t out[64];
    uint64_t enc;
    CipherReq r = {
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT,
        .flag = VIRTIO_CRYPTO_FLAG_SESSION_MODE,
        .iv = sp800_38a_iv, .iv_len = 16,
        .src = sp800_38a_plain, .src_len = 64, .src_given = 64,
        .dst_len = 64,
    };

    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, VIRTIO_CRYPTO_OP_ENCRYPT,
                         v->key, v->key_len, &enc), ==, VIRTIO_CRYPTO_OK);
    r.session_id = enc;
    g_assert_cmpuint(cipher_request(&t, &r, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, 64, v->cipher, 64);

    /* no stateless bit negotiated, so flag 0 is not served */
    r.flag = 0;
    g_assert_cmpuint(cipher_request(&t, &r, out), ==, VIRTIO_CRYPTO_NOTSUPP);
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, enc), ==,
                     VIRTIO_CRYPTO_OK);
    qvirtio_crypto_stop(&t);
}

/* REVISION_1 stateless: the key travels in the request */
static void test_rev1_stateless(void *obj, void *data, QGuestAllocator *alloc)
{
    TestDev t = start_device_with(obj, alloc, REV1 | CIPHER_STATELESS);
    uint8_t out[64];
    uint64_t dec_id;

    for (size_t i = 0; i < ARRAY_SIZE(sp800_38a_cbc); i++) {
        const CbcVector *v = &sp800_38a_cbc[i];
        CipherReq r = {
            .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT,
            .key = v->key, .key_len = v->key_len,
            .iv = sp800_38a_iv, .iv_len = 16,
            .src = sp800_38a_plain, .src_len = 64, .src_given = 64,
            .dst_len = 64,
        };

        uint8_t other_key[32];

        g_test_message("stateless %s", v->name);
        /*
         * First another key of the same length: the session it leaves to
         * be rekeyed must take the vector's key.
         */
        for (size_t k = 0; k < v->key_len; k++) {
            other_key[k] = v->key[k] ^ 0xff;
        }
        r.key = other_key;
        g_assert_cmpuint(cipher_request_in(&t, &r, true, out), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpint(memcmp(out, v->cipher, 64), !=, 0);
        r.key = v->key;
        g_assert_cmpuint(cipher_request_in(&t, &r, true, out), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, 64, v->cipher, 64);
        r.opcode = VIRTIO_CRYPTO_CIPHER_DECRYPT;
        r.src = v->cipher;
        g_assert_cmpuint(cipher_request_in(&t, &r, true, out), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, 64, sp800_38a_plain, 64);
    }

    /* flag 1 in the stateless layout uses the session, not the key */
    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, VIRTIO_CRYPTO_OP_DECRYPT,
                         sp800_38a_cbc[1].key, 24, &dec_id), ==,
                     VIRTIO_CRYPTO_OK);
    {
        static const uint8_t wrong_key[16];
        CipherReq r = {
            .opcode = VIRTIO_CRYPTO_CIPHER_DECRYPT,
            .flag = VIRTIO_CRYPTO_FLAG_SESSION_MODE,
            .session_id = dec_id,
            .key = wrong_key, .key_len = 16,
            .iv = sp800_38a_iv, .iv_len = 16,
            .src = sp800_38a_cbc[1].cipher, .src_len = 64, .src_given = 64,
            .dst_len = 64,
        };

        g_assert_cmpuint(cipher_request_in(&t, &r, true, out), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, 64, sp800_38a_plain, 64);
    }
    qvirtio_crypto_stop(&t);
}

/* Stateless requests leave no session behind, in the backend either */
static void test_rev1_stateless_no_leak(void *obj, void *data,
                                        QGuestAllocator *alloc)
{
    TestDev t = start_device_with(obj, alloc, REV1 | CIPHER_STATELESS);
    const CbcVector *v = &sp800_38a_cbc[0];
    CipherReq r = {
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT,
        .key = v->key, .key_len = v->key_len,
        .iv = sp800_38a_iv, .iv_len = 16,
        .src = sp800_38a_plain, .src_len = 16, .src_given = 16,
        .dst_len = 16,
    };
    uint8_t out[16];
    uint64_t id;

    /* more requests than the builtin backend has session slots (256) */
    for (int i = 0; i < 300; i++) {
        g_assert_cmpuint(cipher_request_in(&t, &r, true, out), ==,
                         VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpmem(out, 16, v->cipher, 16);
    g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, VIRTIO_CRYPTO_OP_ENCRYPT,
                         v->key, 16, &id), ==, VIRTIO_CRYPTO_OK);
    qvirtio_crypto_stop(&t);
}

/* a driver that takes a stateless bit without bit 0 fails FEATURES_OK */
static void test_stateless_needs_rev1(void *obj, void *data,
                                      QGuestAllocator *alloc)
{
    QVirtioCryptoPCI *pci = obj;     /* a test of the PCI node */
    QVirtioDevice *d = &pci->pci_vdev.vdev;
    uint8_t status;

    /* libqos has acknowledged the device and set DRIVER */
    d->bus->set_features(d, qvirtio_crypto_transport_features(d) |
                            CIPHER_STATELESS);
    status = d->bus->get_status(d);
    d->bus->set_status(d, status | VIRTIO_CONFIG_S_FEATURES_OK);
    g_assert_cmphex(d->bus->get_status(d) & VIRTIO_CONFIG_S_FEATURES_OK,
                    ==, 0);

    /* with bit 0 the same driver is accepted */
    qvirtio_start_device(d);
    qvirtio_set_features(d, qvirtio_crypto_transport_features(d) | REV1 |
                            CIPHER_STATELESS);
}

/* A full session table: NOSPC from REVISION_1 on, ERR before */
static void test_session_table_full(void *obj, void *data,
                                    QGuestAllocator *alloc)
{
    const uint64_t formats[] = { 0, REV1 };
    const uint8_t full_status[] = { VIRTIO_CRYPTO_ERR, VIRTIO_CRYPTO_NOSPC };

    for (int f = 0; f < ARRAY_SIZE(formats); f++) {
        TestDev t = start_device_with(obj, alloc, formats[f]);
        uint64_t ids[4], extra;

        /* the test runs with max-sessions=4 */
        for (int i = 0; i < 4; i++) {
            g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                                 VIRTIO_CRYPTO_CIPHER_AES_CBC,
                                 VIRTIO_CRYPTO_OP_ENCRYPT, sp800_38a_cbc[0].key,
                                 16, &ids[i]), ==, VIRTIO_CRYPTO_OK);
            for (int j = 0; j < i; j++) {
                g_assert_cmpuint(ids[i], !=, ids[j]);
            }
        }
        g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                             VIRTIO_CRYPTO_CIPHER_AES_CBC,
                             VIRTIO_CRYPTO_OP_ENCRYPT, sp800_38a_cbc[0].key, 16,
                             &extra), ==, full_status[f]);
        /* a freed slot serves again, under an id never given before */
        g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                             VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, ids[1]), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(qvirtio_crypto_cipher_session(&t,
                             VIRTIO_CRYPTO_CIPHER_AES_CBC,
                             VIRTIO_CRYPTO_OP_ENCRYPT, sp800_38a_cbc[0].key, 16,
                             &extra), ==, VIRTIO_CRYPTO_OK);
        for (int j = 0; j < 4; j++) {
            g_assert_cmpuint(extra, !=, ids[j]);
        }
        qvirtio_crypto_stop(&t);
        /* a reset (and a new start) forgets every session */
        qvirtio_start_device(t.dev);
    }
}

/* a session of another service is as unknown as a made-up id */
static void test_session_of_other_service(void *obj, void *data,
                                          QGuestAllocator *alloc)
{
    TestDev t = start_device(obj, alloc);
    uint64_t id = aes128_session(&t, VIRTIO_CRYPTO_OP_ENCRYPT);
    struct virtio_crypto_op_data_req req = { };
    uint8_t in[257];

    req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_ENCRYPT);
    req.header.session_id = cpu_to_le64(id);
    req.u.akcipher_req.para.src_data_len = cpu_to_le32(0);
    req.u.akcipher_req.para.dst_data_len = cpu_to_le32(256);
    qvirtio_crypto_submit(&t, t.dataq, &req, sizeof(req), in, sizeof(in));
    /* (a build without RSA has no AKCIPHER service to look in) */
    g_assert_cmpuint(in[256], ==,
                     qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AKCIPHER,
                                           VIRTIO_CRYPTO_AKCIPHER_RSA, 0)
                     ? VIRTIO_CRYPTO_INVSESS : VIRTIO_CRYPTO_NOTSUPP);

    /* destroy through another service's opcode is refused */
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_AKCIPHER_DESTROY_SESSION, id), ==,
                     VIRTIO_CRYPTO_ERR);
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id), ==,
                     VIRTIO_CRYPTO_OK);
    qvirtio_crypto_stop(&t);
}

/* The stats value @name of the cryptodev, from query-stats */
static int64_t cryptodev_stat(const char *name)
{
    QDict *resp = qmp("{'execute': 'query-stats', 'arguments': "
                      "{'target': 'cryptodev'}}");
    QList *results = qdict_get_qlist(resp, "return");
    QListEntry *e, *st;
    int64_t value = -1;

    g_assert_nonnull(results);
    QLIST_FOREACH_ENTRY(results, e) {
        QList *stats = qdict_get_qlist(qobject_to(QDict, e->value), "stats");

        QLIST_FOREACH_ENTRY(stats, st) {
            QDict *stat = qobject_to(QDict, st->value);

            if (!strcmp(qdict_get_str(stat, "name"), name)) {
                value = qdict_get_int(stat, "value");
            }
        }
    }
    qobject_unref(resp);
    return value;
}

/* query-cryptodev lists every service; query-stats counts hash requests */
static void test_services_and_stats(void *obj, void *data,
                                    QGuestAllocator *alloc)
{
    static const char *const services[] = {
        "cipher", "hash", "mac", "aead", "akcipher",
    };
    /* FIPS 180-4 example: SHA-256("abc") */
    static const uint8_t abc_sha256[32] = {
        0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea,
        0x41, 0x41, 0x40, 0xde, 0x5d, 0xae, 0x22, 0x23,
        0xb0, 0x03, 0x61, 0xa3, 0x96, 0x17, 0x7a, 0x9c,
        0xb4, 0x10, 0xff, 0x61, 0xf2, 0x00, 0x15, 0xad,
    };
    TestDev t = start_device(obj, alloc);
    struct virtio_crypto_op_ctrl_req creq = { };
    struct {
        struct virtio_crypto_op_data_req req;
        char src[3];
    } QEMU_PACKED dreq = { .src = "abc" };
    QDict *resp = qmp("{'execute': 'query-cryptodev'}");
    QList *devs = qdict_get_qlist(resp, "return");
    QList *svc;
    uint8_t digest[32];
    int64_t hash_ops, hash_bytes, encrypt_ops;
    uint64_t id;

    g_assert_cmpuint(qlist_size(devs), ==, 1);
    svc = qdict_get_qlist(qobject_to(QDict, qlist_peek(devs)), "service");
    for (size_t i = 0; i < ARRAY_SIZE(services); i++) {
        /* AKCIPHER needs RSA or ECDSA, which not every library has */
        bool expected = i != VIRTIO_CRYPTO_SERVICE_AKCIPHER ||
            qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AKCIPHER,
                                  VIRTIO_CRYPTO_AKCIPHER_RSA, 0) ||
            qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AKCIPHER,
                                  VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD, 0);
        QListEntry *e;
        bool found = false;

        QLIST_FOREACH_ENTRY(svc, e) {
            found |= !strcmp(qstring_get_str(qobject_to(QString, e->value)),
                             services[i]);
        }
        g_assert_cmpint(found, ==, expected);
    }
    qobject_unref(resp);

    creq.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_HASH_CREATE_SESSION);
    creq.u.hash_create_session.para.algo =
        cpu_to_le32(VIRTIO_CRYPTO_HASH_SHA_256);
    creq.u.hash_create_session.para.hash_result_len = cpu_to_le32(32);
    g_assert_cmpuint(qvirtio_crypto_create_session(&t, &creq, sizeof(creq),
                         &id), ==, VIRTIO_CRYPTO_OK);
    dreq.req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_HASH);
    dreq.req.header.session_id = cpu_to_le64(id);
    dreq.req.u.hash_req.para.src_data_len = cpu_to_le32(3);
    dreq.req.u.hash_req.para.hash_result_len = cpu_to_le32(32);

    /* qos-test may reuse one QEMU across tests: count differences */
    hash_ops = cryptodev_stat("sym-hash-ops");
    hash_bytes = cryptodev_stat("sym-hash-bytes");
    encrypt_ops = cryptodev_stat("sym-encrypt-ops");
    g_assert_cmpint(hash_ops, >=, 0);
    g_assert_cmpuint(qvirtio_crypto_data(&t, &dreq, sizeof(dreq), digest,
                                         sizeof(digest)),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(digest, sizeof(digest), abc_sha256, sizeof(abc_sha256));
    g_assert_cmpint(cryptodev_stat("sym-hash-ops"), ==, hash_ops + 1);
    g_assert_cmpint(cryptodev_stat("sym-hash-bytes"), ==, hash_bytes + 3);
    g_assert_cmpint(cryptodev_stat("sym-encrypt-ops"), ==, encrypt_ops);
    qvirtio_crypto_stop(&t);
}

/* A legacy SHA-256 session and a request hashing 64 bytes of 'a' */
typedef struct {
    struct virtio_crypto_op_data_req req;
    uint8_t src[64];
} QEMU_PACKED HashReq64;

static void hash_req64(TestDev *t, HashReq64 *r)
{
    struct virtio_crypto_op_ctrl_req creq = { };
    uint64_t id;

    creq.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_HASH_CREATE_SESSION);
    creq.u.hash_create_session.para.algo =
        cpu_to_le32(VIRTIO_CRYPTO_HASH_SHA_256);
    creq.u.hash_create_session.para.hash_result_len = cpu_to_le32(32);
    g_assert_cmpuint(qvirtio_crypto_create_session(t, &creq, sizeof(creq), &id),
                     ==, VIRTIO_CRYPTO_OK);
    memset(r, 0, sizeof(*r));
    memset(r->src, 'a', sizeof(r->src));
    r->req.header.opcode = cpu_to_le32(VIRTIO_CRYPTO_HASH);
    r->req.header.session_id = cpu_to_le64(id);
    r->req.u.hash_req.para.src_data_len = cpu_to_le32(sizeof(r->src));
    r->req.u.hash_req.para.hash_result_len = cpu_to_le32(32);
}

/* Backend throttling holds hash requests too, and releases them */
static void test_throttle(void *obj, void *data, QGuestAllocator *alloc)
{
    /* SHA-256 of 64 'a' bytes, computed with python3's hashlib */
    static const uint8_t sha256_64a[32] = {
        0xff, 0xe0, 0x54, 0xfe, 0x7a, 0xe0, 0xcb, 0x6d,
        0xc6, 0x5c, 0x3a, 0xf9, 0xb6, 0x1d, 0x52, 0x09,
        0xf4, 0x39, 0x85, 0x1d, 0xb4, 0x3d, 0x0b, 0xa5,
        0x99, 0x73, 0x37, 0xdf, 0x15, 0x46, 0x68, 0xeb,
    };
    TestDev t = start_device(obj, alloc);
    HashReq64 r;
    uint8_t first[33];
    uint64_t out_addr, in_addr;
    uint32_t head, len;
    QDict *resp;

    hash_req64(&t, &r);
    if (qvirtio_crypto_in_iothread()) {
        /* the throttle's timer runs in the main loop: refused */
        resp = qmp("{'execute': 'qom-set', 'arguments': {'path': '/objects/"
                   QVIRTIO_CRYPTO_BACKEND_ID "', 'property': 'throttle-bps', "
                   "'value': 1}}");
        g_assert_nonnull(strstr(qdict_get_str(qdict_get_qdict(resp, "error"),
                                              "desc"), "iothread"));
        qobject_unref(resp);
        g_assert_cmpuint(qvirtio_crypto_data(&t, &r, sizeof(r), first, 32),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(first, 32, sha256_64a, 32);
        qvirtio_crypto_stop(&t);
        return;
    }
    /* 1 byte/s: once the first request is accounted, the next waits ~64 s */
    resp = qmp("{'execute': 'qom-set', 'arguments': {'path': '/objects/"
               QVIRTIO_CRYPTO_BACKEND_ID "', 'property': 'throttle-bps', "
               "'value': 1}}");
    g_assert_false(qdict_haskey(resp, "error"));
    qobject_unref(resp);
    g_assert_cmpuint(qvirtio_crypto_data(&t, &r, sizeof(r), first, 32),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(first, 32, sha256_64a, 32);

    out_addr = guest_alloc(alloc, sizeof(r));
    in_addr = guest_alloc(alloc, sizeof(first));
    memwrite(out_addr, &r, sizeof(r));
    head = qvirtqueue_add(global_qtest, t.dataq, out_addr, sizeof(r), false,
                          true);
    qvirtqueue_add(global_qtest, t.dataq, in_addr, sizeof(first), true,
                   false);
    qvirtqueue_kick(global_qtest, t.dev, t.dataq, head);
    /* a QMP round trip lets the device see the kick; still held back */
    qobject_unref(qmp("{'execute': 'query-status'}"));
    g_assert_false(qvirtqueue_get_buf(global_qtest, t.dataq, NULL, NULL));

    /* lifting the limit releases it, with the right answer */
    resp = qmp("{'execute': 'qom-set', 'arguments': {'path': '/objects/"
               QVIRTIO_CRYPTO_BACKEND_ID "', 'property': 'throttle-bps', "
               "'value': 0}}");
    g_assert_false(qdict_haskey(resp, "error"));
    qobject_unref(resp);
    qvirtio_wait_used_elem(global_qtest, t.dev, t.dataq, head, &len,
                           30 * 1000 * 1000);
    memread(in_addr, first, sizeof(first));
    g_assert_cmpuint(first[32], ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(first, 32, sha256_64a, 32);
    guest_free(alloc, out_addr);
    guest_free(alloc, in_addr);
    qvirtio_crypto_stop(&t);
}

static void register_virtio_crypto_test(void)
{
    QOSGraphTestOptions small_table = {
        .edge.before_cmd_line = "-global virtio-crypto-device.max-sessions=4",
    };

    qos_add_test("config", "virtio-crypto", test_config, NULL);
    qos_add_test("aes-cbc-kat", "virtio-crypto", test_aes_cbc_kat, NULL);
    qos_add_test("zero-length-descriptors", "virtio-crypto",
                 test_zero_length_descriptors, NULL);
    qos_add_test("invalid-session", "virtio-crypto", test_invalid_session,
                 NULL);
    qos_add_test("not-supported", "virtio-crypto", test_not_supported, NULL);
    qos_add_test("destroy-twice", "virtio-crypto", test_destroy_twice, NULL);
    qos_add_test("malformed", "virtio-crypto", test_malformed, NULL);
    qos_add_test("services-and-stats", "virtio-crypto",
                 test_services_and_stats, NULL);
    qos_add_test("throttle", "virtio-crypto", test_throttle, NULL);
    qos_add_test("rev1-session", "virtio-crypto", test_rev1_session, NULL);
    qos_add_test("rev1-stateless", "virtio-crypto", test_rev1_stateless,
                 NULL);
    qos_add_test("rev1-stateless-no-leak", "virtio-crypto",
                 test_rev1_stateless_no_leak, NULL);
    qos_add_test("session-table-full", "virtio-crypto",
                 test_session_table_full, &small_table);
    qos_add_test("session-of-other-service", "virtio-crypto",
                 test_session_of_other_service, NULL);
    /* FEATURES_OK exists on virtio 1.0 transports */
    qos_add_test("stateless-needs-rev1", "virtio-crypto-pci",
                 test_stateless_needs_rev1, NULL);
}

libqos_init(register_virtio_crypto_test);
