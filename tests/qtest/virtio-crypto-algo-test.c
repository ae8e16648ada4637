/*
 * QTest for virtio-crypto: known-answer tests of every symmetric algorithm
 * the builtin backend serves, through the device, in the three request
 * formats: legacy (no feature bits), REVISION_1 session mode and REVISION_1
 * stateless mode
 *
 * The vectors are in virtio-crypto-algo-vectors.h, which
 * tests/crypto-vectors/gen.py makes of vectors.py; each names its public
 * source, and derived ones (CBC-MAC and TDEA-CBC from ECB/CBC examples,
 * algorithm chains) say how they were derived.  verify.py checks them all
 * on the host against OpenSSL 3.0, Python's hashlib/hmac and
 * python3-cryptography, except KASUMI, SNOW 3G and ZUC, which none of
 * those has: for them it checks that the IVs and padded strings are the
 * documents' fields.
 *
 * The default run takes one vector per algorithm and key size (and one
 * truncated result per service); "-m slow" runs the others too, and
 * QTEST_VIRTIO_CRYPTO_ALGOS=aes-cbc,hmac-sha1,... only the algorithms named.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "libqtest-single.h"
#include "qemu/module.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "libqos/qgraph.h"
#include "libqos/virtio.h"
#include "libqos/virtio-crypto.h"

/* Vector tables: hex strings, NULL for none */

typedef struct CipherVector {
    const char *name;
    uint32_t algo;
    const char *key;
    const char *iv;
    const char *pt;
    unsigned pt_rep;            /* the plaintext is pt repeated; 0 = once */
    const char *ct;
    unsigned bits;              /* only the leading bits count; 0: all */
    bool slow;
} CipherVector;

typedef struct HashVector {
    const char *name;
    uint32_t algo;
    const char *msg;
    unsigned msg_rep;
    const char *digest;         /* its length is the result length */
    bool slow;
} HashVector;

typedef struct MacVector {
    const char *name;
    uint32_t algo;
    const char *key;
    unsigned key_rep;
    const char *msg;
    unsigned msg_rep;
    const char *tag;            /* its length is the result length */
    bool slow;
} MacVector;

typedef struct AeadVector {
    const char *name;
    uint32_t algo;
    const char *key;
    unsigned key_rep;
    const char *iv;
    unsigned iv_rep;
    const char *aad;
    const char *pt;
    unsigned pt_rep;
    const char *ct;
    const char *tag;            /* its length is the session's tag length */
    bool slow;
} AeadVector;

typedef struct ChainVector {
    const char *name;
    uint32_t cipher_algo;
    const char *cipher_key;
    const char *iv;
    uint32_t op;
    uint32_t order;
    uint32_t hash_mode;
    uint32_t hash_algo;         /* VIRTIO_CRYPTO_HASH_* or _MAC_* */
    const char *auth_key;
    const char *src;
    uint32_t cipher_start, len_to_cipher;
    uint32_t hash_start, len_to_hash;
    const char *aad;
    const char *dst;
    const char *digest;         /* its length is hash_result_len */
    bool slow;
} ChainVector;

/* The vectors and their sources: made by tests/crypto-vectors/gen.py */
#include "virtio-crypto-algo-vectors.h"

/* The algorithms the device serves, for the test names and the masks */

typedef struct AlgoName {
    uint32_t algo;
    const char *name;
} AlgoName;

static const AlgoName cipher_algos[] = {
    { VIRTIO_CRYPTO_CIPHER_ARC4, "arc4" },
    { VIRTIO_CRYPTO_CIPHER_AES_ECB, "aes-ecb" },
    { VIRTIO_CRYPTO_CIPHER_AES_CBC, "aes-cbc" },
    { VIRTIO_CRYPTO_CIPHER_AES_CTR, "aes-ctr" },
    { VIRTIO_CRYPTO_CIPHER_DES_ECB, "des-ecb" },
    { VIRTIO_CRYPTO_CIPHER_DES_CBC, "des-cbc" },
    { VIRTIO_CRYPTO_CIPHER_3DES_ECB, "3des-ecb" },
    { VIRTIO_CRYPTO_CIPHER_3DES_CBC, "3des-cbc" },
    { VIRTIO_CRYPTO_CIPHER_3DES_CTR, "3des-ctr" },
    { VIRTIO_CRYPTO_CIPHER_AES_F8, "aes-f8" },
    { VIRTIO_CRYPTO_CIPHER_AES_XTS, "aes-xts" },
    { VIRTIO_CRYPTO_CIPHER_KASUMI_F8, "kasumi-f8" },
    { VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, "snow3g-uea2" },
    { VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, "zuc-eea3" },
};

static const AlgoName hash_algos[] = {
    { VIRTIO_CRYPTO_HASH_MD5, "md5" },
    { VIRTIO_CRYPTO_HASH_SHA1, "sha1" },
    { VIRTIO_CRYPTO_HASH_SHA_224, "sha224" },
    { VIRTIO_CRYPTO_HASH_SHA_256, "sha256" },
    { VIRTIO_CRYPTO_HASH_SHA_384, "sha384" },
    { VIRTIO_CRYPTO_HASH_SHA_512, "sha512" },
    { VIRTIO_CRYPTO_HASH_SHA3_224, "sha3-224" },
    { VIRTIO_CRYPTO_HASH_SHA3_256, "sha3-256" },
    { VIRTIO_CRYPTO_HASH_SHA3_384, "sha3-384" },
    { VIRTIO_CRYPTO_HASH_SHA3_512, "sha3-512" },
    { VIRTIO_CRYPTO_HASH_SHA3_SHAKE128, "shake128" },
    { VIRTIO_CRYPTO_HASH_SHA3_SHAKE256, "shake256" },
};

static const AlgoName mac_algos[] = {
    { VIRTIO_CRYPTO_MAC_HMAC_MD5, "hmac-md5" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA1, "hmac-sha1" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_224, "hmac-sha224" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_256, "hmac-sha256" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_384, "hmac-sha384" },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_512, "hmac-sha512" },
    { VIRTIO_CRYPTO_MAC_CMAC_3DES, "cmac-3des" },
    { VIRTIO_CRYPTO_MAC_CMAC_AES, "cmac-aes" },
    { VIRTIO_CRYPTO_MAC_CBCMAC_AES, "cbcmac-aes" },
    { VIRTIO_CRYPTO_MAC_XCBC_AES, "xcbc-aes" },
    { VIRTIO_CRYPTO_MAC_KASUMI_F9, "kasumi-f9" },
};

static const AlgoName aead_algos[] = {
    { VIRTIO_CRYPTO_AEAD_GCM, "gcm" },
    { VIRTIO_CRYPTO_AEAD_CCM, "ccm" },
    { VIRTIO_CRYPTO_AEAD_CHACHA20_POLY1305, "chacha20-poly1305" },
};

/* The request formats */

typedef enum Form {
    FORM_LEGACY,        /* no feature bits: 72-byte padded requests */
    FORM_SESSION,       /* REVISION_1, flag SESSION_MODE, unpadded flf */
    FORM_STATELESS,     /* REVISION_1 + the service's stateless bit, flag 0 */
    FORM__MAX,
} Form;

static const char *const form_names[FORM__MAX] = {
    [FORM_LEGACY] = "legacy",
    [FORM_SESSION] = "session",
    [FORM_STATELESS] = "stateless",
};

static const unsigned stateless_feature[] = {
    [VIRTIO_CRYPTO_SERVICE_CIPHER] = VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_HASH] = VIRTIO_CRYPTO_F_HASH_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_MAC] = VIRTIO_CRYPTO_F_MAC_STATELESS_MODE,
    [VIRTIO_CRYPTO_SERVICE_AEAD] = VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE,
};

/*
 * A table of known answers: its vectors, which of them the run wants, and
 * how one is run.  test_known_answers() runs them all.
 */
typedef struct Ctx Ctx;
typedef struct KnownAnswers {
    uint32_t service;
    const void *vectors;
    size_t count;
    size_t size;                /* of one vector */
    bool (*wanted)(const void *vector);
    void (*run)(Ctx *t, const void *vector);
} KnownAnswers;

/* What one registered test runs: a service's requests in one format */
typedef struct AlgoTest {
    uint32_t service;
    Form form;
    const KnownAnswers *known_answers;  /* NULL: an error test */
} AlgoTest;

struct Ctx {
    QVirtioCryptoQueues q;
    Form form;
    /* the last data request's used length, when it may be short of all */
    bool short_result;
    uint32_t used;
};

static Ctx start(void *obj, QGuestAllocator *alloc, uint32_t service,
                 Form form)
{
    QVirtioCrypto *crypto = obj;
    uint64_t features = 0;
    Ctx t = { .form = form };

    if (form != FORM_LEGACY) {
        features |= 1ull << VIRTIO_CRYPTO_F_REVISION_1;
    }
    if (form == FORM_STATELESS) {
        g_assert(service < ARRAY_SIZE(stateless_feature));
        features |= 1ull << stateless_feature[service];
    }
    t.q = qvirtio_crypto_start(global_qtest, crypto->vdev, alloc, features);
    return t;
}

static bool stateless(Ctx *t)
{
    return t->form == FORM_STATELESS;
}

static bool skip_slow(bool slow)
{
    return slow && !g_test_slow();
}

static const char *algo_name(const AlgoName *algos, size_t n, uint32_t algo)
{
    size_t i;

    for (i = 0; i < n; i++) {
        if (algos[i].algo == algo) {
            return algos[i].name;
        }
    }
    g_assert_not_reached();
}

#define ALGO_NAME(table, algo) algo_name(table, ARRAY_SIZE(table), algo)

/*
 * QTEST_VIRTIO_CRYPTO_ALGOS, a comma-separated list of the names above
 * (e.g. "aes-cbc,hmac-sha1"), restricts the tests to those algorithms.
 */
static bool selected(const char *name)
{
    const char *env = g_getenv("QTEST_VIRTIO_CRYPTO_ALGOS");
    g_auto(GStrv) names = NULL;

    if (!env || !*env) {
        return true;
    }
    names = g_strsplit(env, ",", -1);
    return g_strv_contains((const gchar * const *)names, name);
}

static void done(unsigned vectors_run)
{
    if (!vectors_run) {
        g_test_skip("no vector of a selected algorithm");
    }
}

static uint32_t config_readl(Ctx *t, size_t offset)
{
    return qvirtio_config_readl(t->q.dev, offset);
}

#define CFG(field) offsetof(struct virtio_crypto_config, field)

/* Byte strings */

static size_t len_of(const GByteArray *b)
{
    return b ? b->len : 0;
}

/*
 * A made-up key of @len bytes for the error tests: no DES weak key, and
 * its halves differ (XTS)
 */
static GByteArray *test_key(uint32_t len)
{
    GByteArray *b = g_byte_array_new();
    uint32_t i;

    for (i = 0; i < len; i++) {
        uint8_t byte = 0x10 + i * 7;

        g_byte_array_append(b, &byte, 1);
    }
    return b;
}

/* The device-writable area before the request: see qvirtio_crypto_submit */
static void assert_untouched(const uint8_t *buf, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        g_assert_cmphex(buf[i], ==, 0xa5);
    }
}

/* Requests */

/* A create-session request: header, fixed part, keys */
static uint32_t create_session(Ctx *t, uint32_t opcode, uint32_t algo,
                               const void *flf, size_t flf_len,
                               const GByteArray *key,
                               const GByteArray *auth_key,
                               uint64_t *session_id)
{
    g_autoptr(GByteArray) req = qvirtio_crypto_ctrl_req(&t->q, opcode, algo,
                                                        flf, flf_len);

    qvirtio_crypto_put_bytes(req, key);
    qvirtio_crypto_put_bytes(req, auth_key);
    return qvirtio_crypto_create_session(&t->q, req->data, req->len,
                                         session_id);
}

static void destroy_session(Ctx *t, uint32_t opcode, uint64_t session_id)
{
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&t->q, opcode,
                                                    session_id),
                     ==, VIRTIO_CRYPTO_OK);
}

/*
 * A data request: header, fixed part, variable part; @result_len
 * device-writable bytes come back in @result.  Returns the status.
 */
static uint8_t data_request(Ctx *t, uint32_t opcode, uint32_t algo,
                            uint64_t session_id, const void *flf,
                            size_t flf_len, const GByteArray *vlf,
                            uint8_t *result, size_t result_len)
{
    uint32_t flag = t->form == FORM_SESSION ? VIRTIO_CRYPTO_FLAG_SESSION_MODE
                                            : 0;
    g_autoptr(GByteArray) req = qvirtio_crypto_data_req(&t->q, opcode, algo,
                                                        session_id, flag,
                                                        flf, flf_len);

    qvirtio_crypto_put_bytes(req, vlf);
    if (t->short_result) {
        return qvirtio_crypto_data_used(&t->q, req->data, req->len, result,
                                        result_len, &t->used);
    }
    return qvirtio_crypto_data(&t->q, req->data, req->len, result,
                               result_len);
}

/*
 * What this build's crypto library lacks is refused with NOTSUPP, at
 * session creation or in the stateless request (see qvirtio_crypto_serves())
 */
static void cipher_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                           uint32_t iv_len, uint8_t want);
static void mac_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                        uint32_t result_len, uint8_t want);
static void aead_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                         uint32_t tag_len, uint32_t iv_len, uint8_t want);

/* CIPHER service, cipher only */

static uint32_t cipher_session(Ctx *t, uint32_t algo, uint32_t op,
                               const GByteArray *key, uint64_t *session_id)
{
    return qvirtio_crypto_cipher_session(&t->q, algo, op,
                                         key ? key->data : NULL, len_of(key),
                                         session_id);
}

/*
 * A cipher request on @session_id, or stateless with @algo, @op and @key;
 * iv_len and src_data_len are the lengths of @iv and @src.
 */
static uint8_t cipher_data(Ctx *t, uint64_t session_id, uint32_t algo,
                           uint32_t op, const GByteArray *key,
                           const GByteArray *iv, const GByteArray *src,
                           uint32_t dst_len, uint8_t *dst)
{
    uint32_t opcode = op == VIRTIO_CRYPTO_OP_ENCRYPT ?
                      VIRTIO_CRYPTO_CIPHER_ENCRYPT :
                      VIRTIO_CRYPTO_CIPHER_DECRYPT;
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    if (stateless(t)) {
        struct virtio_crypto_sym_data_flf_stateless f = { };
        struct virtio_crypto_cipher_data_flf_stateless *c =
            (void *)f.op_type_flf;

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        c->sess_para.algo = cpu_to_le32(algo);
        c->sess_para.key_len = cpu_to_le32(len_of(key));
        c->sess_para.op = cpu_to_le32(op);
        c->iv_len = cpu_to_le32(len_of(iv));
        c->src_data_len = cpu_to_le32(len_of(src));
        c->dst_data_len = cpu_to_le32(dst_len);
        qvirtio_crypto_put_bytes(vlf, key);
        qvirtio_crypto_put_bytes(vlf, iv);
        qvirtio_crypto_put_bytes(vlf, src);
        return data_request(t, opcode, algo, 0, &f, sizeof(f), vlf, dst,
                            dst_len);
    } else {
        struct virtio_crypto_sym_data_req f = { };

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        f.u.cipher.para.iv_len = cpu_to_le32(len_of(iv));
        f.u.cipher.para.src_data_len = cpu_to_le32(len_of(src));
        f.u.cipher.para.dst_data_len = cpu_to_le32(dst_len);
        qvirtio_crypto_put_bytes(vlf, iv);
        qvirtio_crypto_put_bytes(vlf, src);
        return data_request(t, opcode, algo, session_id, &f, sizeof(f), vlf,
                            dst, dst_len);
    }
}

/*
 * One cipher operation in the test's form: a session around the request,
 * or a stateless request.  @repeat sends the request twice on the session.
 */
static uint8_t cipher_once(Ctx *t, uint32_t algo, uint32_t op,
                           const GByteArray *key, const GByteArray *iv,
                           const GByteArray *src, uint32_t dst_len,
                           uint8_t *dst, bool repeat)
{
    uint64_t id = 0;
    uint8_t status;

    if (!stateless(t)) {
        g_assert_cmpuint(cipher_session(t, algo, op, key, &id), ==,
                         VIRTIO_CRYPTO_OK);
    }
    status = cipher_data(t, id, algo, op, key, iv, src, dst_len, dst);
    if (repeat && !stateless(t) && status == VIRTIO_CRYPTO_OK) {
        /* the IV is the request's: nothing carries over */
        g_autofree uint8_t *again = g_malloc(dst_len);

        g_assert_cmpuint(cipher_data(t, id, algo, op, key, iv, src, dst_len,
                                     again),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(again, dst_len, dst, dst_len);
    }
    if (!stateless(t)) {
        destroy_session(t, VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id);
    }
    return status;
}

/*
 * @got's leading @bits bits (0: all of @want) are @want's: a 3GPP message
 * of LENGTH bits goes as whole bytes, and the bits after it are keystream
 */
static void assert_leading_bits(const uint8_t *got, const GByteArray *want,
                                unsigned bits)
{
    size_t whole = bits ? bits / 8 : want->len;
    uint8_t mask = 0xff << (8 - bits % 8);

    g_assert_cmpuint(whole, <=, want->len);
    g_assert_cmpmem(got, whole, want->data, whole);
    if (bits % 8) {
        g_assert_cmphex(got[whole] & mask, ==, want->data[whole] & mask);
    }
}

static bool cipher_wanted(const void *opaque)
{
    const CipherVector *v = opaque;

    return !skip_slow(v->slow) && selected(ALGO_NAME(cipher_algos, v->algo));
}

static void run_cipher_vector(Ctx *t, const void *opaque)
{
    const CipherVector *v = opaque;
    g_autoptr(GByteArray) key = qvirtio_crypto_unhex(v->key, 0);
    g_autoptr(GByteArray) iv = qvirtio_crypto_unhex(v->iv, 0);
    g_autoptr(GByteArray) pt = qvirtio_crypto_unhex(v->pt, v->pt_rep);
    g_autoptr(GByteArray) ct = qvirtio_crypto_unhex(v->ct, 0);
    g_autofree uint8_t *out = g_malloc(ct->len);
    /* whether an RC4 session restarts its key stream is left open */
    bool repeat = v->algo != VIRTIO_CRYPTO_CIPHER_ARC4;

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_CIPHER, v->algo,
                               key->len)) {
        cipher_refused(t, v->algo, key->len, iv->len, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    g_assert_cmpuint(pt->len, ==, ct->len);
    g_assert_cmpuint(cipher_once(t, v->algo, VIRTIO_CRYPTO_OP_ENCRYPT, key,
                                 iv, pt, pt->len, out, repeat),
                     ==, VIRTIO_CRYPTO_OK);
    assert_leading_bits(out, ct, v->bits);
    g_assert_cmpuint(cipher_once(t, v->algo, VIRTIO_CRYPTO_OP_DECRYPT, key,
                                 iv, ct, ct->len, out, repeat),
                     ==, VIRTIO_CRYPTO_OK);
    assert_leading_bits(out, pt, v->bits);
}

/* HASH service */

static uint32_t hash_session(Ctx *t, uint32_t algo, uint32_t result_len,
                             uint64_t *session_id)
{
    struct virtio_crypto_hash_create_session_flf s = {
        .algo = cpu_to_le32(algo),
        .hash_result_len = cpu_to_le32(result_len),
    };

    return create_session(t, VIRTIO_CRYPTO_HASH_CREATE_SESSION, algo, &s,
                          sizeof(s), NULL, NULL, session_id);
}

static uint8_t hash_data(Ctx *t, uint64_t session_id, uint32_t algo,
                         const GByteArray *msg, uint32_t result_len,
                         uint8_t *digest)
{
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    qvirtio_crypto_put_bytes(vlf, msg);
    if (stateless(t)) {
        struct virtio_crypto_hash_data_flf_stateless f = {
            .sess_para.algo = cpu_to_le32(algo),
            .src_data_len = cpu_to_le32(len_of(msg)),
            .hash_result_len = cpu_to_le32(result_len),
        };

        return data_request(t, VIRTIO_CRYPTO_HASH, algo, 0, &f, sizeof(f),
                            vlf, digest, result_len);
    } else {
        struct virtio_crypto_hash_data_flf f = {
            .src_data_len = cpu_to_le32(len_of(msg)),
            .hash_result_len = cpu_to_le32(result_len),
        };

        return data_request(t, VIRTIO_CRYPTO_HASH, algo, session_id, &f,
                            sizeof(f), vlf, digest, result_len);
    }
}

static bool hash_wanted(const void *opaque)
{
    const HashVector *v = opaque;

    return !skip_slow(v->slow) && selected(ALGO_NAME(hash_algos, v->algo));
}

static void run_hash_vector(Ctx *t, const void *opaque)
{
    const HashVector *v = opaque;
    g_autoptr(GByteArray) msg = qvirtio_crypto_unhex(v->msg, v->msg_rep);
    g_autoptr(GByteArray) digest = qvirtio_crypto_unhex(v->digest, 0);
    g_autofree uint8_t *out = g_malloc(digest->len);
    uint64_t id = 0;

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_HASH, v->algo, 0)) {
        g_assert_cmpuint(stateless(t)
                         ? hash_data(t, 0, v->algo, msg, digest->len, out)
                         : hash_session(t, v->algo, digest->len, &id),
                         ==, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    if (!stateless(t)) {
        g_assert_cmpuint(hash_session(t, v->algo, digest->len, &id), ==,
                         VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(hash_data(t, id, v->algo, msg, digest->len, out), ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, digest->len, digest->data, digest->len);
    if (!stateless(t)) {
        /* again on the same session: nothing carries over */
        g_assert_cmpuint(hash_data(t, id, v->algo, msg, digest->len, out),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, digest->len, digest->data, digest->len);
        destroy_session(t, VIRTIO_CRYPTO_HASH_DESTROY_SESSION, id);
    }
}

/* MAC service */

static uint32_t mac_session(Ctx *t, uint32_t algo, uint32_t result_len,
                            const GByteArray *key, uint64_t *session_id)
{
    struct virtio_crypto_mac_create_session_flf s = {
        .algo = cpu_to_le32(algo),
        .hash_result_len = cpu_to_le32(result_len),
        .auth_key_len = cpu_to_le32(len_of(key)),
    };

    return create_session(t, VIRTIO_CRYPTO_MAC_CREATE_SESSION, algo, &s,
                          sizeof(s), key, NULL, session_id);
}

static uint8_t mac_data(Ctx *t, uint64_t session_id, uint32_t algo,
                        const GByteArray *key, const GByteArray *msg,
                        uint32_t result_len, uint8_t *tag)
{
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    if (stateless(t)) {
        struct virtio_crypto_mac_data_flf_stateless f = {
            .sess_para.algo = cpu_to_le32(algo),
            .sess_para.auth_key_len = cpu_to_le32(len_of(key)),
            .src_data_len = cpu_to_le32(len_of(msg)),
            .hash_result_len = cpu_to_le32(result_len),
        };

        qvirtio_crypto_put_bytes(vlf, key);
        qvirtio_crypto_put_bytes(vlf, msg);
        return data_request(t, VIRTIO_CRYPTO_MAC, algo, 0, &f, sizeof(f),
                            vlf, tag, result_len);
    } else {
        struct virtio_crypto_mac_data_flf f = {
            .hdr.src_data_len = cpu_to_le32(len_of(msg)),
            .hdr.hash_result_len = cpu_to_le32(result_len),
        };

        qvirtio_crypto_put_bytes(vlf, msg);
        return data_request(t, VIRTIO_CRYPTO_MAC, algo, session_id, &f,
                            sizeof(f), vlf, tag, result_len);
    }
}

static bool mac_wanted(const void *opaque)
{
    const MacVector *v = opaque;

    return !skip_slow(v->slow) && selected(ALGO_NAME(mac_algos, v->algo));
}

static void run_mac_vector(Ctx *t, const void *opaque)
{
    const MacVector *v = opaque;
    g_autoptr(GByteArray) key = qvirtio_crypto_unhex(v->key, v->key_rep);
    g_autoptr(GByteArray) msg = qvirtio_crypto_unhex(v->msg, v->msg_rep);
    g_autoptr(GByteArray) tag = qvirtio_crypto_unhex(v->tag, 0);
    g_autofree uint8_t *out = g_malloc(tag->len);
    uint64_t id = 0;

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (key->len > config_readl(t, CFG(max_auth_key_len))) {
        g_test_message("skipped: a %u-byte key is beyond max_auth_key_len",
                       key->len);
        return;
    }
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_MAC, v->algo,
                               key->len)) {
        mac_refused(t, v->algo, key->len, tag->len, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    if (!stateless(t)) {
        g_assert_cmpuint(mac_session(t, v->algo, tag->len, key, &id), ==,
                         VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(mac_data(t, id, v->algo, key, msg, tag->len, out), ==,
                     VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, tag->len, tag->data, tag->len);
    if (!stateless(t)) {
        g_assert_cmpuint(mac_data(t, id, v->algo, key, msg, tag->len, out),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpmem(out, tag->len, tag->data, tag->len);
        destroy_session(t, VIRTIO_CRYPTO_MAC_DESTROY_SESSION, id);
    }
}

/* AEAD service */

static uint32_t aead_session(Ctx *t, uint32_t algo, uint32_t op,
                             const GByteArray *key, uint32_t tag_len,
                             uint32_t aad_len, uint64_t *session_id)
{
    struct virtio_crypto_aead_create_session_flf s = {
        .algo = cpu_to_le32(algo),
        .key_len = cpu_to_le32(len_of(key)),
        .tag_len = cpu_to_le32(tag_len),
        .aad_len = cpu_to_le32(aad_len),
        .op = cpu_to_le32(op),
    };

    return create_session(t, VIRTIO_CRYPTO_AEAD_CREATE_SESSION, algo, &s,
                          sizeof(s), key, NULL, session_id);
}

typedef struct AeadReq {
    uint64_t session_id;
    uint32_t algo;
    uint32_t op;
    const GByteArray *key;
    uint32_t tag_len;       /* stateless: the tag length */
    uint32_t req_tag_len;   /* REVISION_1 session: the request's tag_len */
    const GByteArray *iv;
    const GByteArray *src;
    const GByteArray *aad;
    uint32_t dst_len;
} AeadReq;

static uint8_t aead_data(Ctx *t, const AeadReq *r, uint8_t *dst)
{
    uint32_t opcode = r->op == VIRTIO_CRYPTO_OP_ENCRYPT ?
                      VIRTIO_CRYPTO_AEAD_ENCRYPT : VIRTIO_CRYPTO_AEAD_DECRYPT;
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    if (stateless(t)) {
        struct virtio_crypto_aead_data_flf_stateless f = {
            .sess_para.algo = cpu_to_le32(r->algo),
            .sess_para.key_len = cpu_to_le32(len_of(r->key)),
            .sess_para.op = cpu_to_le32(r->op),
            .iv_len = cpu_to_le32(len_of(r->iv)),
            .tag_len = cpu_to_le32(r->tag_len),
            .aad_len = cpu_to_le32(len_of(r->aad)),
            .src_data_len = cpu_to_le32(len_of(r->src)),
            .dst_data_len = cpu_to_le32(r->dst_len),
        };

        qvirtio_crypto_put_bytes(vlf, r->key);
        qvirtio_crypto_put_bytes(vlf, r->iv);
        qvirtio_crypto_put_bytes(vlf, r->src);
        qvirtio_crypto_put_bytes(vlf, r->aad);
        return data_request(t, opcode, r->algo, 0, &f, sizeof(f), vlf, dst,
                            r->dst_len);
    } else {
        struct virtio_crypto_aead_data_flf f = {
            .iv_len = cpu_to_le32(len_of(r->iv)),
            .aad_len = cpu_to_le32(len_of(r->aad)),
            .src_data_len = cpu_to_le32(len_of(r->src)),
            .dst_data_len = cpu_to_le32(r->dst_len),
            .tag_len = cpu_to_le32(r->req_tag_len),
        };
        /* legacy: the 16-byte virtio_crypto_aead_para, without tag_len */
        size_t len = t->form == FORM_LEGACY ?
                     sizeof(struct virtio_crypto_aead_para) : sizeof(f);

        qvirtio_crypto_put_bytes(vlf, r->iv);
        qvirtio_crypto_put_bytes(vlf, r->src);
        qvirtio_crypto_put_bytes(vlf, r->aad);
        return data_request(t, opcode, r->algo, r->session_id, &f, len, vlf,
                            dst, r->dst_len);
    }
}

/* One AEAD operation in the test's form, with its own session */
static uint8_t aead_once(Ctx *t, AeadReq *r, uint8_t *dst)
{
    uint8_t status;

    if (!stateless(t)) {
        g_assert_cmpuint(aead_session(t, r->algo, r->op, r->key, r->tag_len,
                                      len_of(r->aad), &r->session_id),
                         ==, VIRTIO_CRYPTO_OK);
    }
    status = aead_data(t, r, dst);
    if (!stateless(t)) {
        destroy_session(t, VIRTIO_CRYPTO_AEAD_DESTROY_SESSION,
                        r->session_id);
    }
    return status;
}

static bool aead_wanted(const void *opaque)
{
    const AeadVector *v = opaque;

    return !skip_slow(v->slow) && selected(ALGO_NAME(aead_algos, v->algo));
}

/* How much larger than its result a dst may be */
#define AEAD_SPARE_DST 16

static void run_aead_vector(Ctx *t, const void *opaque)
{
    const AeadVector *v = opaque;
    g_autoptr(GByteArray) key = qvirtio_crypto_unhex(v->key, v->key_rep);
    g_autoptr(GByteArray) iv = qvirtio_crypto_unhex(v->iv, v->iv_rep);
    g_autoptr(GByteArray) aad = qvirtio_crypto_unhex(v->aad, 0);
    g_autoptr(GByteArray) pt = qvirtio_crypto_unhex(v->pt, v->pt_rep);
    g_autoptr(GByteArray) sealed = qvirtio_crypto_unhex(v->ct, 0);
    g_autoptr(GByteArray) tag = qvirtio_crypto_unhex(v->tag, 0);
    g_autofree uint8_t *out = NULL;
    AeadReq r = {
        .algo = v->algo,
        .key = key,
        .tag_len = tag->len,
        .iv = iv,
        .aad = aad,
    };

    g_test_message("%s: %s", form_names[t->form], v->name);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AEAD, v->algo,
                               key->len)) {
        aead_refused(t, v->algo, key->len, tag->len, iv->len,
                     VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    g_assert_cmpuint(pt->len, ==, sealed->len);
    qvirtio_crypto_put_bytes(sealed, tag);
    /* room for the larger dst below */
    out = g_malloc(sealed->len + AEAD_SPARE_DST);

    /* encrypt: dst = ciphertext || tag; a REVISION_1 tag_len as the session */
    r.op = VIRTIO_CRYPTO_OP_ENCRYPT;
    r.req_tag_len = tag->len;
    r.src = pt;
    r.dst_len = sealed->len;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sealed->len, sealed->data, sealed->len);

    /*
     * into a larger dst: the ciphertext and tag, which the used length
     * counts, and nothing after them
     */
    r.dst_len = sealed->len + AEAD_SPARE_DST;
    t->short_result = true;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    t->short_result = false;
    g_assert_cmpuint(t->used, ==, sealed->len + 1);
    g_assert_cmpmem(out, sealed->len, sealed->data, sealed->len);
    assert_untouched(out + sealed->len, AEAD_SPARE_DST);

    /* decrypt: src = ciphertext || tag; a REVISION_1 tag_len of 0 */
    r.op = VIRTIO_CRYPTO_OP_DECRYPT;
    r.req_tag_len = 0;
    r.src = sealed;
    r.dst_len = pt->len;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, pt->len, pt->data, pt->len);

    /* into a larger dst: the plaintext, which the used length counts */
    r.dst_len = sealed->len;
    t->short_result = true;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_OK);
    t->short_result = false;
    g_assert_cmpuint(t->used, ==, pt->len + 1);
    g_assert_cmpmem(out, pt->len, pt->data, pt->len);
    assert_untouched(out + pt->len, sealed->len - pt->len);
    r.dst_len = pt->len;

    /* a wrong tag: BADMSG, and no plaintext written */
    sealed->data[sealed->len - 1] ^= 0x01;
    g_assert_cmpuint(aead_once(t, &r, out), ==, VIRTIO_CRYPTO_BADMSG);
    assert_untouched(out, pt->len);
}

/* CIPHER service, algorithm chaining */

static uint32_t chain_session(Ctx *t, const ChainVector *v,
                              const GByteArray *cipher_key,
                              const GByteArray *auth_key, uint32_t result_len,
                              uint32_t aad_len, uint64_t *session_id)
{
    struct virtio_crypto_sym_create_session_req s = { };
    struct virtio_crypto_alg_chain_session_para *c = &s.u.chain.para;

    s.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
    c->alg_chain_order = cpu_to_le32(v->order);
    c->hash_mode = cpu_to_le32(v->hash_mode);
    c->cipher_param.algo = cpu_to_le32(v->cipher_algo);
    c->cipher_param.keylen = cpu_to_le32(len_of(cipher_key));
    c->cipher_param.op = cpu_to_le32(v->op);
    if (v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH) {
        c->u.mac_param.algo = cpu_to_le32(v->hash_algo);
        c->u.mac_param.hash_result_len = cpu_to_le32(result_len);
        c->u.mac_param.auth_key_len = cpu_to_le32(len_of(auth_key));
    } else {
        c->u.hash_param.algo = cpu_to_le32(v->hash_algo);
        c->u.hash_param.hash_result_len = cpu_to_le32(result_len);
    }
    c->aad_len = cpu_to_le32(aad_len);
    return create_session(t, VIRTIO_CRYPTO_CIPHER_CREATE_SESSION,
                          v->cipher_algo, &s, sizeof(s), cipher_key,
                          v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH ?
                          auth_key : NULL, session_id);
}

/* The stateless chain layout ends in the session layout's 40 bytes */
QEMU_BUILD_BUG_ON(sizeof(struct virtio_crypto_alg_chain_data_flf_stateless) -
                  offsetof(struct virtio_crypto_alg_chain_data_flf_stateless,
                           iv_len) !=
                  sizeof(struct virtio_crypto_alg_chain_data_para));

static void chain_para(struct virtio_crypto_alg_chain_data_para *c,
                       const ChainVector *v, const GByteArray *iv,
                       const GByteArray *src, const GByteArray *aad,
                       uint32_t result_len)
{
    c->iv_len = cpu_to_le32(len_of(iv));
    c->src_data_len = cpu_to_le32(len_of(src));
    c->dst_data_len = cpu_to_le32(len_of(src));
    c->cipher_start_src_offset = cpu_to_le32(v->cipher_start);
    c->len_to_cipher = cpu_to_le32(v->len_to_cipher);
    c->hash_start_src_offset = cpu_to_le32(v->hash_start);
    c->len_to_hash = cpu_to_le32(v->len_to_hash);
    c->aad_len = cpu_to_le32(len_of(aad));
    c->hash_result_len = cpu_to_le32(result_len);
}

/* dst (src_data_len bytes) and the digest come back in @out */
static uint8_t chain_data(Ctx *t, uint64_t session_id, const ChainVector *v,
                          const GByteArray *cipher_key,
                          const GByteArray *auth_key, const GByteArray *iv,
                          const GByteArray *src, const GByteArray *aad,
                          uint32_t result_len, uint8_t *out)
{
    uint32_t opcode = v->op == VIRTIO_CRYPTO_OP_ENCRYPT ?
                      VIRTIO_CRYPTO_CIPHER_ENCRYPT :
                      VIRTIO_CRYPTO_CIPHER_DECRYPT;
    bool auth = v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH;
    size_t out_len = len_of(src) + result_len;
    struct virtio_crypto_alg_chain_data_para para = { };
    g_autoptr(GByteArray) vlf = g_byte_array_new();

    chain_para(&para, v, iv, src, aad, result_len);
    if (stateless(t)) {
        struct virtio_crypto_sym_data_flf_stateless f = { };
        struct virtio_crypto_alg_chain_data_flf_stateless *c =
            (void *)f.op_type_flf;

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
        c->sess_para.alg_chain_order = cpu_to_le32(v->order);
        c->sess_para.aad_len = cpu_to_le32(len_of(aad));
        c->sess_para.cipher.algo = cpu_to_le32(v->cipher_algo);
        c->sess_para.cipher.key_len = cpu_to_le32(len_of(cipher_key));
        c->sess_para.cipher.op = cpu_to_le32(v->op);
        c->sess_para.hash.algo = cpu_to_le32(v->hash_algo);
        c->sess_para.hash.auth_key_len =
            cpu_to_le32(auth ? len_of(auth_key) : 0);
        c->sess_para.hash.hash_mode = cpu_to_le32(v->hash_mode);
        memcpy(&c->iv_len, &para, sizeof(para));
        /* cipher key, auth key, iv, aad, src */
        qvirtio_crypto_put_bytes(vlf, cipher_key);
        if (auth) {
            qvirtio_crypto_put_bytes(vlf, auth_key);
        }
        qvirtio_crypto_put_bytes(vlf, iv);
        qvirtio_crypto_put_bytes(vlf, aad);
        qvirtio_crypto_put_bytes(vlf, src);
        return data_request(t, opcode, v->cipher_algo, 0, &f, sizeof(f), vlf,
                            out, out_len);
    } else {
        struct virtio_crypto_sym_data_req f = { };

        f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING);
        f.u.chain.para = para;
        qvirtio_crypto_put_bytes(vlf, iv);
        if (t->form == FORM_LEGACY) {
            /* legacy iv, aad, src */
            qvirtio_crypto_put_bytes(vlf, aad);
            qvirtio_crypto_put_bytes(vlf, src);
        } else {
            /* REVISION_1 session iv, src, aad */
            qvirtio_crypto_put_bytes(vlf, src);
            qvirtio_crypto_put_bytes(vlf, aad);
        }
        return data_request(t, opcode, v->cipher_algo, session_id, &f,
                            sizeof(f), vlf, out, out_len);
    }
}

static bool chain_wanted(const void *opaque)
{
    const ChainVector *v = opaque;
    bool auth = v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH;

    return !skip_slow(v->slow) &&
           selected(ALGO_NAME(cipher_algos, v->cipher_algo)) &&
           selected(auth ? ALGO_NAME(mac_algos, v->hash_algo)
                         : ALGO_NAME(hash_algos, v->hash_algo));
}

static void run_chain_vector(Ctx *t, const void *opaque)
{
    const ChainVector *v = opaque;
    g_autoptr(GByteArray) cipher_key = qvirtio_crypto_unhex(v->cipher_key, 0);
    g_autoptr(GByteArray) auth_key = qvirtio_crypto_unhex(v->auth_key, 0);
    g_autoptr(GByteArray) iv = qvirtio_crypto_unhex(v->iv, 0);
    g_autoptr(GByteArray) src = qvirtio_crypto_unhex(v->src, 0);
    g_autoptr(GByteArray) aad = qvirtio_crypto_unhex(v->aad, 0);
    g_autoptr(GByteArray) expected = qvirtio_crypto_unhex(v->dst, 0);
    g_autoptr(GByteArray) digest = qvirtio_crypto_unhex(v->digest, 0);
    g_autofree uint8_t *out = NULL;
    uint64_t id = 0;

    g_test_message("%s: %s", form_names[t->form], v->name);
    g_assert_cmpuint(src->len, ==, expected->len);
    qvirtio_crypto_put_bytes(expected, digest);
    out = g_malloc(expected->len);
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_CIPHER, v->cipher_algo,
                               cipher_key->len) ||
        !qvirtio_crypto_serves(v->hash_mode == VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH
                               ? VIRTIO_CRYPTO_SERVICE_MAC
                               : VIRTIO_CRYPTO_SERVICE_HASH, v->hash_algo,
                               auth_key->len)) {
        g_assert_cmpuint(stateless(t)
                         ? chain_data(t, 0, v, cipher_key, auth_key, iv, src,
                                      aad, digest->len, out)
                         : chain_session(t, v, cipher_key, auth_key,
                                         digest->len, aad->len, &id),
                         ==, VIRTIO_CRYPTO_NOTSUPP);
        return;
    }
    if (!stateless(t)) {
        g_assert_cmpuint(chain_session(t, v, cipher_key, auth_key,
                                       digest->len, aad->len, &id),
                         ==, VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(chain_data(t, id, v, cipher_key, auth_key, iv, src, aad,
                                digest->len, out),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, expected->len, expected->data, expected->len);
    if (stateless(t)) {
        return;
    }
    /* a plain cipher request on the chain's session: ERR */
    g_assert_cmpuint(cipher_data(t, id, v->cipher_algo, v->op, cipher_key,
                                 iv, src, src->len, out),
                     ==, VIRTIO_CRYPTO_ERR);
    destroy_session(t, VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id);
    /* a chain's request on a plain cipher session: ERR */
    g_assert_cmpuint(cipher_session(t, v->cipher_algo, v->op, cipher_key,
                                    &id),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(chain_data(t, id, v, cipher_key, auth_key, iv, src, aad,
                                digest->len, out),
                     ==, VIRTIO_CRYPTO_ERR);
    destroy_session(t, VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id);
}

/* Known answers: every wanted vector of a table, in one format */

#define KNOWN_ANSWERS(svc, table, wanted_fn, run_fn) {                 \
    .service = VIRTIO_CRYPTO_SERVICE_##svc, .vectors = (table),        \
    .count = ARRAY_SIZE(table), .size = sizeof((table)[0]),            \
    .wanted = (wanted_fn), .run = (run_fn) }

static const KnownAnswers cipher_answers =
    KNOWN_ANSWERS(CIPHER, cipher_vectors, cipher_wanted, run_cipher_vector);
static const KnownAnswers chain_answers =
    KNOWN_ANSWERS(CIPHER, chain_vectors, chain_wanted, run_chain_vector);
static const KnownAnswers hash_answers =
    KNOWN_ANSWERS(HASH, hash_vectors, hash_wanted, run_hash_vector);
static const KnownAnswers mac_answers =
    KNOWN_ANSWERS(MAC, mac_vectors, mac_wanted, run_mac_vector);
static const KnownAnswers aead_answers =
    KNOWN_ANSWERS(AEAD, aead_vectors, aead_wanted, run_aead_vector);

static void test_known_answers(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    const KnownAnswers *k = a->known_answers;
    Ctx t = start(obj, alloc, k->service, a->form);
    unsigned n = 0;
    size_t i;

    for (i = 0; i < k->count; i++) {
        const void *v = (const char *)k->vectors + i * k->size;

        if (k->wanted(v)) {
            k->run(&t, v);
            n++;
        }
    }
    qvirtio_crypto_stop(&t.q);
    done(n);
}

/* The configuration space advertises exactly these algorithms */

#define BIT32(n) (1u << ((n) % 32))
#define SERVES(service, algo) \
    qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_##service, algo, 0)

static void test_config(void *obj, void *data, QGuestAllocator *alloc)
{
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_CIPHER, FORM_LEGACY);
    uint32_t services = config_readl(&t, CFG(crypto_services));
    uint32_t cipher = 0, hash = 0, mac_l = 0, mac_h = 0, aead = 0;
    size_t i;

    /* every algorithm of the lists that this build's library serves */
    for (i = 0; i < ARRAY_SIZE(cipher_algos); i++) {
        if (SERVES(CIPHER, cipher_algos[i].algo)) {
            cipher |= BIT32(cipher_algos[i].algo);
        }
    }
    for (i = 0; i < ARRAY_SIZE(hash_algos); i++) {
        if (SERVES(HASH, hash_algos[i].algo)) {
            hash |= BIT32(hash_algos[i].algo);
        }
    }
    for (i = 0; i < ARRAY_SIZE(mac_algos); i++) {
        if (!SERVES(MAC, mac_algos[i].algo)) {
            continue;
        }
        if (mac_algos[i].algo < 32) {
            mac_l |= BIT32(mac_algos[i].algo);
        } else {
            mac_h |= BIT32(mac_algos[i].algo);
        }
    }
    for (i = 0; i < ARRAY_SIZE(aead_algos); i++) {
        if (SERVES(AEAD, aead_algos[i].algo)) {
            aead |= BIT32(aead_algos[i].algo);
        }
    }

    /* the symmetric services; AKCIPHER (bit 4) is not this test's */
    g_assert_cmphex(services & 0xf, ==,
                    BIT32(VIRTIO_CRYPTO_SERVICE_CIPHER) |
                    BIT32(VIRTIO_CRYPTO_SERVICE_HASH) |
                    BIT32(VIRTIO_CRYPTO_SERVICE_MAC) |
                    BIT32(VIRTIO_CRYPTO_SERVICE_AEAD));
    g_assert_cmphex(services & ~0x1fu, ==, 0);
    /* KASUMI_F8, SNOW3G_UEA2 and ZUC_EEA3 with ipsec-mb only */
    g_assert_cmphex(config_readl(&t, CFG(cipher_algo_l)), ==, cipher);
    g_assert_cmphex(config_readl(&t, CFG(cipher_algo_h)), ==, 0);
    g_assert_cmphex(config_readl(&t, CFG(hash_algo)), ==, hash);
    /*
     * KASUMI_F9 with ipsec-mb only; never SNOW3G_UIA2, GMAC,
     * CBCMAC_KASUMI_F9 or ZUC_EIA3
     */
    g_assert_cmphex(config_readl(&t, CFG(mac_algo_l)), ==, mac_l);
    g_assert_cmphex(config_readl(&t, CFG(mac_algo_h)), ==, mac_h);
    g_assert_false(mac_h & (BIT32(VIRTIO_CRYPTO_MAC_GMAC_AES) |
                            BIT32(VIRTIO_CRYPTO_MAC_GMAC_TWOFISH) |
                            BIT32(VIRTIO_CRYPTO_MAC_CBCMAC_KASUMI_F9) |
                            BIT32(VIRTIO_CRYPTO_MAC_ZUC_EIA3)));
    g_assert_false(mac_l & BIT32(VIRTIO_CRYPTO_MAC_SNOW3G_UIA2));
    g_assert_cmphex(config_readl(&t, CFG(aead_algo)), ==, aead);
    /* XTS and F8 with AES-256 take 64-byte keys */
    g_assert_cmpuint(config_readl(&t, CFG(max_cipher_key_len)), >=, 64);
    g_assert_cmpuint(config_readl(&t, CFG(max_auth_key_len)), >=, 1);
    qvirtio_crypto_stop(&t.q);
}

/* Errors: what the device refuses, in each format */

/* A session (or a stateless request) the device must refuse with @want */
static void cipher_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                           uint32_t iv_len, uint8_t want)
{
    g_autoptr(GByteArray) key = test_key(key_len);
    g_autoptr(GByteArray) iv =
        qvirtio_crypto_unhex(iv_len ? "00" : NULL, iv_len);
    g_autoptr(GByteArray) src = qvirtio_crypto_unhex("00", 16);
    uint8_t out[16];
    uint64_t id;

    g_test_message("%s: cipher %u, %u-byte key", form_names[t->form], algo,
                   key_len);
    if (stateless(t)) {
        g_assert_cmpuint(cipher_data(t, 0, algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, iv, src, src->len, out),
                         ==, want);
    } else {
        g_assert_cmpuint(cipher_session(t, algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                        key, &id), ==, want);
    }
}

typedef struct CipherShape {
    uint32_t algo;
    uint32_t key_len;
    uint32_t iv_len;
    uint32_t block;         /* ECB and CBC: src must be a multiple */
    uint32_t max_len;       /* the longest src; 0: max_size */
} CipherShape;

/* AES-CBC first: the algorithm every backend serves */
static const CipherShape cipher_shapes[] = {
    { VIRTIO_CRYPTO_CIPHER_AES_CBC, 16, 16, 16 },
    { VIRTIO_CRYPTO_CIPHER_AES_ECB, 16, 0, 16 },
    { VIRTIO_CRYPTO_CIPHER_AES_CTR, 16, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_DES_ECB, 8, 0, 8 },
    { VIRTIO_CRYPTO_CIPHER_DES_CBC, 8, 8, 8 },
    { VIRTIO_CRYPTO_CIPHER_3DES_ECB, 24, 0, 8 },
    { VIRTIO_CRYPTO_CIPHER_3DES_CBC, 24, 8, 8 },
    { VIRTIO_CRYPTO_CIPHER_3DES_CTR, 24, 8, 0 },
    { VIRTIO_CRYPTO_CIPHER_AES_XTS, 32, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_AES_F8, 32, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_ARC4, 16, 0, 0 },
    /* TS 35.201's 20000 bits; ipsec-mb's 65504 bits for ZUC */
    { VIRTIO_CRYPTO_CIPHER_KASUMI_F8, 16, 8, 0, 2500 },
    { VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, 16, 16, 0 },
    { VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, 16, 16, 0, 8188 },
};

static void test_cipher_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_CIPHER, a->form);
    static const struct {
        uint32_t algo;
        uint32_t key_len;
    } bad_keys[] = {
        { VIRTIO_CRYPTO_CIPHER_AES_CBC, 15 },
        { VIRTIO_CRYPTO_CIPHER_AES_CBC, 20 },
        { VIRTIO_CRYPTO_CIPHER_AES_ECB, 33 },
        { VIRTIO_CRYPTO_CIPHER_AES_CTR, 8 },
        { VIRTIO_CRYPTO_CIPHER_DES_ECB, 16 },
        { VIRTIO_CRYPTO_CIPHER_DES_CBC, 7 },
        { VIRTIO_CRYPTO_CIPHER_3DES_ECB, 16 },
        { VIRTIO_CRYPTO_CIPHER_3DES_CBC, 8 },
        { VIRTIO_CRYPTO_CIPHER_3DES_CTR, 16 },
        { VIRTIO_CRYPTO_CIPHER_AES_XTS, 16 },
        { VIRTIO_CRYPTO_CIPHER_AES_XTS, 48 },
        { VIRTIO_CRYPTO_CIPHER_AES_F8, 16 },
        { VIRTIO_CRYPTO_CIPHER_AES_F8, 40 },
        { VIRTIO_CRYPTO_CIPHER_KASUMI_F8, 8 },
        { VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, 32 },
        { VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, 32 },
    };
    /* not in the masks: undefined (the 3GPP ciphers: see test_cipher) */
    static const uint32_t absent[] = { 15, 63 };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cipher_shapes); i++) {
        const CipherShape *s = &cipher_shapes[i];
        g_autoptr(GByteArray) key = NULL;
        g_autoptr(GByteArray) iv =
            qvirtio_crypto_unhex(s->iv_len ? "00" : NULL, s->iv_len);
        g_autoptr(GByteArray) bad_iv =
            qvirtio_crypto_unhex("00", s->iv_len == 16 ? 8 : 16);
        g_autoptr(GByteArray) src = qvirtio_crypto_unhex("00", 32);
        g_autoptr(GByteArray) odd = qvirtio_crypto_unhex("00", 15);
        uint8_t out[48];

        /* a cipher this build lacks is refused whole (test_cipher) */
        if (!selected(ALGO_NAME(cipher_algos, s->algo)) ||
            !SERVES(CIPHER, s->algo)) {
            continue;
        }
        g_test_message("%s: %s", form_names[t.form],
                       ALGO_NAME(cipher_algos, s->algo));
        key = test_key(s->key_len);
        /* the mode's IV length, else ERR */
        g_assert_cmpuint(cipher_once(&t, s->algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, bad_iv, src, src->len, out, false),
                         ==, VIRTIO_CRYPTO_ERR);
        /* dst_data_len == src_data_len, else ERR */
        g_assert_cmpuint(cipher_once(&t, s->algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, iv, src, src->len + 16, out, false),
                         ==, VIRTIO_CRYPTO_ERR);
        /* whole blocks for ECB and CBC */
        if (s->block) {
            g_assert_cmpuint(cipher_once(&t, s->algo,
                                         VIRTIO_CRYPTO_OP_DECRYPT, key, iv,
                                         odd, odd->len, out, false),
                             ==, VIRTIO_CRYPTO_ERR);
        }
        /* and the well-formed request is served */
        g_assert_cmpuint(cipher_once(&t, s->algo, VIRTIO_CRYPTO_OP_ENCRYPT,
                                     key, iv, src, src->len, out, false),
                         ==, VIRTIO_CRYPTO_OK);
        /* up to the algorithm's longest message, else ERR */
        if (s->max_len) {
            g_autoptr(GByteArray) longest =
                qvirtio_crypto_unhex("00", s->max_len);
            g_autoptr(GByteArray) longer =
                qvirtio_crypto_unhex("00", s->max_len + 1);
            g_autofree uint8_t *big = g_malloc(s->max_len + 1);

            g_assert_cmpuint(cipher_once(&t, s->algo,
                                         VIRTIO_CRYPTO_OP_ENCRYPT, key, iv,
                                         longest, longest->len, big, false),
                             ==, VIRTIO_CRYPTO_OK);
            g_assert_cmpuint(cipher_once(&t, s->algo,
                                         VIRTIO_CRYPTO_OP_ENCRYPT, key, iv,
                                         longer, longer->len, big, false),
                             ==, VIRTIO_CRYPTO_ERR);
        }
    }
    for (i = 0; i < ARRAY_SIZE(bad_keys); i++) {
        if (!selected(ALGO_NAME(cipher_algos, bad_keys[i].algo))) {
            continue;
        }
        cipher_refused(&t, bad_keys[i].algo, bad_keys[i].key_len, 16,
                       VIRTIO_CRYPTO_NOTSUPP);
    }
    for (i = 0; i < ARRAY_SIZE(absent); i++) {
        cipher_refused(&t, absent[i], 16, 16, VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&t.q);
}

/* The digest sizes of the fixed-size hashes, and SHAKE's output limit */
static uint32_t hash_max_len(uint32_t algo)
{
    switch (algo) {
    case VIRTIO_CRYPTO_HASH_MD5:
        return 16;
    case VIRTIO_CRYPTO_HASH_SHA1:
        return 20;
    case VIRTIO_CRYPTO_HASH_SHA_224:
    case VIRTIO_CRYPTO_HASH_SHA3_224:
        return 28;
    case VIRTIO_CRYPTO_HASH_SHA_256:
    case VIRTIO_CRYPTO_HASH_SHA3_256:
        return 32;
    case VIRTIO_CRYPTO_HASH_SHA_384:
    case VIRTIO_CRYPTO_HASH_SHA3_384:
        return 48;
    case VIRTIO_CRYPTO_HASH_SHA_512:
    case VIRTIO_CRYPTO_HASH_SHA3_512:
        return 64;
    case VIRTIO_CRYPTO_HASH_SHA3_SHAKE128:
    case VIRTIO_CRYPTO_HASH_SHA3_SHAKE256:
        /* any length: the device's max_size bounds a request's results */
        return 16 * 1024 * 1024;
    }
    g_assert_not_reached();
}

static void test_hash_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_HASH, a->form);
    g_autoptr(GByteArray) msg = qvirtio_crypto_unhex("616263", 0);
    uint8_t out[600];
    uint64_t id;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(hash_algos); i++) {
        uint32_t algo = hash_algos[i].algo;
        uint32_t max = hash_max_len(algo);
        /* the longest result asked below: more than 256 bytes of SHAKE */
        uint32_t big = MIN(max, sizeof(out));
        const uint32_t bad[] = { 0, max + 1 };
        size_t j;

        if (!selected(hash_algos[i].name) ||
            !SERVES(HASH, hash_algos[i].algo)) {
            continue;
        }
        g_test_message("%s: %s", form_names[t.form], hash_algos[i].name);
        /* result lengths 1..max are served, others are not */
        for (j = 0; j < ARRAY_SIZE(bad); j++) {
            if (stateless(&t) && bad[j] > sizeof(out)) {
                /* more than max_size: ERR, as the layout tests check */
                continue;
            }
            if (stateless(&t)) {
                g_assert_cmpuint(hash_data(&t, 0, algo, msg, bad[j], out),
                                 ==, VIRTIO_CRYPTO_NOTSUPP);
            } else {
                g_assert_cmpuint(hash_session(&t, algo, bad[j], &id), ==,
                                 VIRTIO_CRYPTO_NOTSUPP);
            }
        }
        if (stateless(&t)) {
            g_assert_cmpuint(hash_data(&t, 0, algo, msg, 1, out), ==,
                             VIRTIO_CRYPTO_OK);
            g_assert_cmpuint(hash_data(&t, 0, algo, msg, big, out), ==,
                             VIRTIO_CRYPTO_OK);
            continue;
        }
        /* the longest result makes a session */
        g_assert_cmpuint(hash_session(&t, algo, max, &id), ==,
                         VIRTIO_CRYPTO_OK);
        destroy_session(&t, VIRTIO_CRYPTO_HASH_DESTROY_SESSION, id);
        /* a request's hash_result_len is the session's, else ERR */
        g_assert_cmpuint(hash_session(&t, algo, big - 1, &id), ==,
                         VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(hash_data(&t, id, algo, msg, big, out), ==,
                         VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(hash_data(&t, id, algo, msg, big - 2, out), ==,
                         VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(hash_data(&t, id, algo, msg, big - 1, out), ==,
                         VIRTIO_CRYPTO_OK);
        destroy_session(&t, VIRTIO_CRYPTO_HASH_DESTROY_SESSION, id);
    }
    /* an algorithm beyond the mask */
    if (stateless(&t)) {
        g_assert_cmpuint(hash_data(&t, 0, 13, msg, 16, out), ==,
                         VIRTIO_CRYPTO_NOTSUPP);
    } else {
        g_assert_cmpuint(hash_session(&t, 13, 16, &id), ==,
                         VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&t.q);
}

typedef struct MacShape {
    uint32_t algo;
    uint32_t key_len;       /* a valid one */
    uint32_t bad_key_len;   /* 0: any length is valid (HMAC) */
    uint32_t max_len;       /* the full tag */
    uint32_t bad_msgs[2];   /* message lengths refused with ERR; 0: none */
} MacShape;

static const MacShape mac_shapes[] = {
    { VIRTIO_CRYPTO_MAC_HMAC_MD5, 16, 0, 16 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA1, 20, 0, 20 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_224, 28, 0, 28 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_256, 32, 0, 32 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_384, 48, 0, 48 },
    { VIRTIO_CRYPTO_MAC_HMAC_SHA_512, 64, 0, 64 },
    { VIRTIO_CRYPTO_MAC_CMAC_3DES, 24, 16, 8 },
    { VIRTIO_CRYPTO_MAC_CMAC_AES, 16, 20, 16 },
    /* CBC-MAC: whole blocks */
    { VIRTIO_CRYPTO_MAC_CBCMAC_AES, 24, 8, 16, { 20 } },
    { VIRTIO_CRYPTO_MAC_XCBC_AES, 16, 32, 16 },
    /* f9: PS is whole blocks, at least COUNT || FRESH and the padding */
    { VIRTIO_CRYPTO_MAC_KASUMI_F9, 16, 8, 4, { 20, 8 } },
};

/* The shape's messages of refused lengths: ERR */
static void mac_bad_msgs(Ctx *t, const MacShape *s, uint64_t id,
                         const GByteArray *key, uint32_t result_len)
{
    uint8_t out[80];
    size_t i;

    for (i = 0; i < ARRAY_SIZE(s->bad_msgs) && s->bad_msgs[i]; i++) {
        g_autoptr(GByteArray) bad = qvirtio_crypto_unhex("00", s->bad_msgs[i]);

        g_assert_cmpuint(mac_data(t, id, s->algo, key, bad, result_len, out),
                         ==, VIRTIO_CRYPTO_ERR);
    }
}

/* A MAC session (or stateless request) the device must refuse with @want */
static void mac_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                        uint32_t result_len, uint8_t want)
{
    g_autoptr(GByteArray) key = test_key(key_len);
    g_autoptr(GByteArray) msg = qvirtio_crypto_unhex("00", 16);
    uint8_t out[80];
    uint64_t id;

    g_test_message("%s: MAC %u, %u-byte key, %u-byte result",
                   form_names[t->form], algo, key_len, result_len);
    if (stateless(t)) {
        g_assert_cmpuint(mac_data(t, 0, algo, key, msg, result_len, out), ==,
                         want);
    } else {
        g_assert_cmpuint(mac_session(t, algo, result_len, key, &id), ==,
                         want);
    }
}

static void test_mac_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_MAC, a->form);
    /*
     * not in the masks: SNOW3G_UIA2, GMAC_AES, GMAC_TWOFISH and ZUC_EIA3
     * (a MAC request has no IV), CBCMAC_KASUMI_F9, undefined
     */
    static const uint32_t absent[] = { 7, 28, 41, 42, 50, 54, 63 };
    g_autoptr(GByteArray) msg = qvirtio_crypto_unhex("00", 32);
    uint8_t out[80];
    size_t i;

    for (i = 0; i < ARRAY_SIZE(mac_shapes); i++) {
        const MacShape *s = &mac_shapes[i];
        g_autoptr(GByteArray) key = test_key(s->key_len);
        uint64_t id;

        if (!selected(ALGO_NAME(mac_algos, s->algo)) ||
            !SERVES(MAC, s->algo)) {
            continue;
        }
        mac_refused(&t, s->algo, s->key_len, 0, VIRTIO_CRYPTO_NOTSUPP);
        mac_refused(&t, s->algo, s->key_len, s->max_len + 1,
                    VIRTIO_CRYPTO_NOTSUPP);
        if (s->bad_key_len) {
            mac_refused(&t, s->algo, s->bad_key_len, s->max_len,
                        VIRTIO_CRYPTO_NOTSUPP);
        }
        if (stateless(&t)) {
            g_assert_cmpuint(mac_data(&t, 0, s->algo, key, msg, s->max_len,
                                      out),
                             ==, VIRTIO_CRYPTO_OK);
            mac_bad_msgs(&t, s, 0, key, s->max_len);
            continue;
        }
        /* a request's hash_result_len is the session's, else ERR */
        g_assert_cmpuint(mac_session(&t, s->algo, s->max_len - 1, key, &id),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(mac_data(&t, id, s->algo, key, msg, s->max_len,
                                  out),
                         ==, VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(mac_data(&t, id, s->algo, key, msg, s->max_len - 1,
                                  out),
                         ==, VIRTIO_CRYPTO_OK);
        mac_bad_msgs(&t, s, id, key, s->max_len - 1);
        destroy_session(&t, VIRTIO_CRYPTO_MAC_DESTROY_SESSION, id);
    }
    for (i = 0; i < ARRAY_SIZE(absent); i++) {
        mac_refused(&t, absent[i], 16, 16, VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&t.q);
}

/* An AEAD session (or stateless request) the device must refuse */
static void aead_refused(Ctx *t, uint32_t algo, uint32_t key_len,
                         uint32_t tag_len, uint32_t iv_len, uint8_t want)
{
    g_autoptr(GByteArray) key = test_key(key_len);
    g_autoptr(GByteArray) iv = qvirtio_crypto_unhex("00", iv_len);
    g_autoptr(GByteArray) src = qvirtio_crypto_unhex("00", 16);
    uint8_t out[40];
    AeadReq r = {
        .algo = algo,
        .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key = key,
        .tag_len = tag_len,
        .iv = iv,
        .src = src,
        .dst_len = 32,
    };

    g_test_message("%s: AEAD %u, %u-byte key, %u-byte tag",
                   form_names[t->form], algo, key_len, tag_len);
    if (stateless(t)) {
        g_assert_cmpuint(aead_data(t, &r, out), ==, want);
    } else {
        g_assert_cmpuint(aead_session(t, algo, r.op, key, tag_len, 0,
                                      &r.session_id), ==, want);
    }
}

typedef struct AeadShape {
    uint32_t algo;
    uint32_t key_len;
    uint32_t bad_key_len;
    uint32_t iv_len;
    uint32_t tag_len;
    uint32_t bad_tags[4];   /* 0-terminated */
} AeadShape;

static const AeadShape aead_shapes[] = {
    { VIRTIO_CRYPTO_AEAD_GCM, 16, 20, 12, 16, { 3, 5, 11, 17 } },
    { VIRTIO_CRYPTO_AEAD_CCM, 24, 8, 13, 16, { 2, 5, 15, 18 } },
    { VIRTIO_CRYPTO_AEAD_CHACHA20_POLY1305, 32, 16, 12, 16, { 8, 12, 17 } },
};

static void test_aead_errors(void *obj, void *data, QGuestAllocator *alloc)
{
    const AlgoTest *a = data;
    Ctx t = start(obj, alloc, VIRTIO_CRYPTO_SERVICE_AEAD, a->form);
    size_t i, j;

    for (i = 0; i < ARRAY_SIZE(aead_shapes); i++) {
        const AeadShape *s = &aead_shapes[i];
        g_autoptr(GByteArray) key = test_key(s->key_len);
        g_autoptr(GByteArray) iv = qvirtio_crypto_unhex("00", s->iv_len);
        g_autoptr(GByteArray) src = qvirtio_crypto_unhex("00", 16);
        uint8_t out[40];
        AeadReq r = {
            .algo = s->algo,
            .op = VIRTIO_CRYPTO_OP_ENCRYPT,
            .key = key,
            .tag_len = s->tag_len,
            .req_tag_len = s->tag_len,
            .iv = iv,
            .src = src,
            .dst_len = 32,
        };

        if (!selected(ALGO_NAME(aead_algos, s->algo)) ||
            !qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AEAD, s->algo,
                                   s->key_len)) {
            continue;
        }
        aead_refused(&t, s->algo, s->bad_key_len, s->tag_len, s->iv_len,
                     VIRTIO_CRYPTO_NOTSUPP);
        for (j = 0; j < ARRAY_SIZE(s->bad_tags) && s->bad_tags[j]; j++) {
            aead_refused(&t, s->algo, s->key_len, s->bad_tags[j], s->iv_len,
                         VIRTIO_CRYPTO_NOTSUPP);
        }
        if (!stateless(&t)) {
            g_assert_cmpuint(aead_session(&t, s->algo, r.op, key,
                                          s->tag_len, 0, &r.session_id),
                             ==, VIRTIO_CRYPTO_OK);
        }
        /* dst_data_len >= src_data_len + tag_len, else ERR */
        r.dst_len = 31;
        g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_ERR);
        r.dst_len = 32;
        if (t.form == FORM_SESSION) {
            /* a request's tag_len: 0 or the session's, else ERR */
            r.req_tag_len = s->tag_len - 4;
            g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_ERR);
            r.req_tag_len = 0;
        }
        g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_OK);
        if (!stateless(&t)) {
            destroy_session(&t, VIRTIO_CRYPTO_AEAD_DESTROY_SESSION,
                            r.session_id);
        }
    }
    /* GCM takes a 12-byte IV or a 16-byte J0, nothing else */
    if (selected("gcm")) {
        g_autoptr(GByteArray) key = test_key(16);
        g_autoptr(GByteArray) iv = qvirtio_crypto_unhex("00", 8);
        g_autoptr(GByteArray) src = qvirtio_crypto_unhex("00", 16);
        uint8_t out[32];
        AeadReq r = {
            .algo = VIRTIO_CRYPTO_AEAD_GCM,
            .op = VIRTIO_CRYPTO_OP_ENCRYPT,
            .key = key,
            .tag_len = 16,
            .iv = iv,
            .src = src,
            .dst_len = 32,
        };

        if (!stateless(&t)) {
            g_assert_cmpuint(aead_session(&t, r.algo, r.op, key, 16, 0,
                                          &r.session_id),
                             ==, VIRTIO_CRYPTO_OK);
        }
        g_assert_cmpuint(aead_data(&t, &r, out), ==, VIRTIO_CRYPTO_NOTSUPP);
        if (!stateless(&t)) {
            destroy_session(&t, VIRTIO_CRYPTO_AEAD_DESTROY_SESSION,
                            r.session_id);
        }
    }
    /* an algorithm beyond the mask */
    aead_refused(&t, 4, 16, 16, 12, VIRTIO_CRYPTO_NOTSUPP);
    qvirtio_crypto_stop(&t.q);
}

/* Registration */

static void add_tests(const char *name, uint32_t service, QOSTestFunc fn,
                      const KnownAnswers *known_answers)
{
    /* the tests' arguments live as long as the process */
    static AlgoTest args[16][FORM__MAX];
    static unsigned n;
    int f;

    g_assert(n < ARRAY_SIZE(args));
    for (f = 0; f < FORM__MAX; f++) {
        AlgoTest *a = &args[n][f];
        QOSGraphTestOptions opts = { .arg = a };
        g_autofree char *path = g_strdup_printf("algo/%s/%s", name,
                                                form_names[f]);

        *a = (AlgoTest) { service, f, known_answers };
        qos_add_test(path, "virtio-crypto", fn, &opts);
    }
    n++;
}

static void add_known_answers(const char *name, const KnownAnswers *k)
{
    add_tests(name, k->service, test_known_answers, k);
}

/*
 * One test per service and format (qgraph's node stack has room for a few
 * dozen tests per interface, not for one per algorithm and format).
 */
static void register_virtio_crypto_algo_test(void)
{
    qos_add_test("algo/config", "virtio-crypto", test_config, NULL);
    add_known_answers("cipher", &cipher_answers);
    add_known_answers("chain", &chain_answers);
    add_known_answers("hash", &hash_answers);
    add_known_answers("mac", &mac_answers);
    add_known_answers("aead", &aead_answers);
    add_tests("cipher-errors", VIRTIO_CRYPTO_SERVICE_CIPHER,
              test_cipher_errors, NULL);
    add_tests("hash-errors", VIRTIO_CRYPTO_SERVICE_HASH, test_hash_errors,
              NULL);
    add_tests("mac-errors", VIRTIO_CRYPTO_SERVICE_MAC, test_mac_errors, NULL);
    add_tests("aead-errors", VIRTIO_CRYPTO_SERVICE_AEAD, test_aead_errors,
              NULL);
}

libqos_init(register_virtio_crypto_algo_test);
