/*
 * virtio-crypto request path benchmark, in one process
 *
 * Each request is built once in "guest" buffers laid out as the Linux
 * driver's scatterlists (out: the fixed part, iv (and key, aad), src;
 * in: dst, digest, the status byte).  The device path then runs on it, per
 * request, the functions virtio-crypto.c calls: virtio_crypto_decode_data(),
 * virtio_crypto_check_lengths(), virtio_crypto_gather(), the builtin
 * backend's cryptodev_sym_run() or cryptodev_asym_run(),
 * virtio_crypto_scatter_results(); a stateless request also copies its
 * head, describes its session with virtio_crypto_session_info() and makes
 * a session of its own, which it closes after; sessions are made and
 * closed with the functions cryptodev-builtin.c calls.
 * The raw path calls the library that QEMU's crypto API runs on in this
 * build (libgcrypt, nettle or gnutls: virtio-crypto-bench-raw-*.c.inc)
 * itself, on plain host buffers, with contexts keyed once;
 * qcrypto_akcipher_sign() stands in for it for RSA.  Queues, guest
 * memory mapping, the thread pool and the backend's session table are not
 * part of either.
 *
 * The device's output is checked against the raw output once per case;
 * then both run interleaved, in rounds timed in the thread's CPU time, and
 * the best round of each counts.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/iov.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "crypto/init.h"
#include "crypto/akcipher.h"
#include "crypto/3gpp.h"
#include "hw/virtio/virtio-crypto-codec.h"
#include "hw/virtio/virtio-crypto-request.h"
#include "backends/cryptodev-asym.h"
#include "backends/cryptodev-sym.h"

#include "test_akcipher_keys.c.inc"

/* As the device sets them (hw/virtio/virtio-crypto.c) */
#define BENCH_MAX_REQUEST_SIZE (16 * MiB)
#define BENCH_MAX_AKCIPHER_KEY_LEN (8 * KiB)

#define RSA_DIGEST_LEN 32
#define RSA_SIG_LEN 256
#define MAX_OUT 6
#define MAX_IN 3
#define CALIBRATE_SECONDS 0.002

typedef enum Kind {
    KIND_CIPHER,
    KIND_HASH,
    KIND_MAC,
    KIND_AEAD,
    KIND_RSA,
} Kind;

typedef struct Algo {
    const char *name;
    Kind kind;
    uint32_t service;           /* VIRTIO_CRYPTO_SERVICE_* */
    uint32_t algo;              /* the service's VIRTIO_CRYPTO_* id */
    uint32_t opcode;            /* of the data request */
    uint32_t op;                /* VIRTIO_CRYPTO_OP_*: the session's */
    uint32_t key_len;
    uint32_t iv_len;
    uint32_t aad_len;
    uint32_t result_len;        /* digest, MAC or tag */
    bool create_destroy;        /* also time session create+destroy */
    uint32_t max_len;           /* the longest src; 0: any */
    bool ipsec_mb;              /* 3GPP: the raw path is ipsec-mb's */
} Algo;

static const Algo algos[] = {
    {
        .name = "aes-128-cbc-enc", .kind = KIND_CIPHER,
        .service = VIRTIO_CRYPTO_SERVICE_CIPHER,
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 16, .iv_len = 16,
        .create_destroy = true,
    }, {
        .name = "aes-128-cbc-dec", .kind = KIND_CIPHER,
        .service = VIRTIO_CRYPTO_SERVICE_CIPHER,
        .algo = VIRTIO_CRYPTO_CIPHER_AES_CBC,
        .opcode = VIRTIO_CRYPTO_CIPHER_DECRYPT, .op = VIRTIO_CRYPTO_OP_DECRYPT,
        .key_len = 16, .iv_len = 16,
    }, {
        /* two AES-256 keys; the IV is the tweak */
        .name = "aes-256-xts-enc", .kind = KIND_CIPHER,
        .service = VIRTIO_CRYPTO_SERVICE_CIPHER,
        .algo = VIRTIO_CRYPTO_CIPHER_AES_XTS,
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 64, .iv_len = 16,
    }, {
        .name = "aes-128-gcm-enc", .kind = KIND_AEAD,
        .service = VIRTIO_CRYPTO_SERVICE_AEAD,
        .algo = VIRTIO_CRYPTO_AEAD_GCM,
        .opcode = VIRTIO_CRYPTO_AEAD_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 16, .iv_len = 12, .aad_len = 16, .result_len = 16,
    }, {
        .name = "chacha20-poly1305-enc", .kind = KIND_AEAD,
        .service = VIRTIO_CRYPTO_SERVICE_AEAD,
        .algo = VIRTIO_CRYPTO_AEAD_CHACHA20_POLY1305,
        .opcode = VIRTIO_CRYPTO_AEAD_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 32, .iv_len = 12, .aad_len = 16, .result_len = 16,
    }, {
        .name = "sha-256", .kind = KIND_HASH,
        .service = VIRTIO_CRYPTO_SERVICE_HASH,
        .algo = VIRTIO_CRYPTO_HASH_SHA_256, .opcode = VIRTIO_CRYPTO_HASH,
        .result_len = 32,
    }, {
        .name = "hmac-sha-256", .kind = KIND_MAC,
        .service = VIRTIO_CRYPTO_SERVICE_MAC,
        .algo = VIRTIO_CRYPTO_MAC_HMAC_SHA_256, .opcode = VIRTIO_CRYPTO_MAC,
        .key_len = 32, .result_len = 32,
        .create_destroy = true,
    }, {
        /* the 3GPP algorithms, up to the lengths they take */
        .name = "kasumi-f8-enc", .kind = KIND_CIPHER,
        .service = VIRTIO_CRYPTO_SERVICE_CIPHER,
        .algo = VIRTIO_CRYPTO_CIPHER_KASUMI_F8,
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 16, .iv_len = 8, .max_len = 2500, .ipsec_mb = true,
    }, {
        .name = "snow3g-uea2-enc", .kind = KIND_CIPHER,
        .service = VIRTIO_CRYPTO_SERVICE_CIPHER,
        .algo = VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2,
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 16, .iv_len = 16, .ipsec_mb = true,
    }, {
        .name = "zuc-eea3-enc", .kind = KIND_CIPHER,
        .service = VIRTIO_CRYPTO_SERVICE_CIPHER,
        .algo = VIRTIO_CRYPTO_CIPHER_ZUC_EEA3,
        .opcode = VIRTIO_CRYPTO_CIPHER_ENCRYPT, .op = VIRTIO_CRYPTO_OP_ENCRYPT,
        .key_len = 16, .iv_len = 16, .max_len = 8188, .ipsec_mb = true,
    }, {
        /* src is PS: the sizes are whole 8-byte blocks */
        .name = "kasumi-f9", .kind = KIND_MAC,
        .service = VIRTIO_CRYPTO_SERVICE_MAC,
        .algo = VIRTIO_CRYPTO_MAC_KASUMI_F9, .opcode = VIRTIO_CRYPTO_MAC,
        .key_len = 16, .result_len = 4, .max_len = 2500, .ipsec_mb = true,
    }, {
        /* PKCS#1 v1.5 with SHA-256: src is the digest */
        .name = "rsa-2048-sign", .kind = KIND_RSA,
        .service = VIRTIO_CRYPTO_SERVICE_AKCIPHER,
        .algo = VIRTIO_CRYPTO_AKCIPHER_RSA,
        .opcode = VIRTIO_CRYPTO_AKCIPHER_SIGN,
        .key_len = sizeof(rsa2048_priv_key), .result_len = RSA_SIG_LEN,
    },
};

/*
 * The raw path, on one library: @a's contexts keyed with @key (NULL if
 * the library refuses); one request, src to dst (and the tag after it)
 * or to the digest; the contexts freed.
 */
typedef struct Raw Raw;
static Raw *raw_new(const Algo *a, const uint8_t *key);
static bool raw_run(Raw *r, const Algo *a, const uint8_t *iv,
                    const uint8_t *aad, const uint8_t *src, size_t len,
                    uint8_t *dst, uint8_t *digest);
static void raw_free(Raw *r);

#if defined(CONFIG_GCRYPT)
#include "virtio-crypto-bench-raw-gcrypt.c.inc"
#elif defined(CONFIG_NETTLE)
#include "virtio-crypto-bench-raw-nettle.c.inc"
#else
#include "virtio-crypto-bench-raw-gnutls.c.inc"
#endif
#ifdef CONFIG_IPSEC_MB
#include "virtio-crypto-bench-raw-ipsecmb.c.inc"
#else
typedef struct RawIpsecMb RawIpsecMb;
#endif

static const size_t sizes[] = { 64, 1 * KiB, 16 * KiB, 64 * KiB };

/* A request as the guest's driver lays it out: one buffer per part */
typedef struct GuestReq {
    uint8_t fixed[128];         /* header and fixed-length part */
    struct iovec out[MAX_OUT];
    unsigned out_num;
    struct iovec in[MAX_IN];
    unsigned in_num;
    uint64_t features;          /* what the guest negotiated */
    uint8_t *dst;               /* results: dst, or a control outcome */
    size_t dst_len;
    uint8_t *digest;
    size_t digest_len;
    uint8_t status;
} GuestReq;

/* One algorithm at one size: its requests, sessions and raw handles */
typedef struct Case {
    const Algo *a;
    size_t size;                /* src_data_len */
    uint8_t *key;
    uint8_t *iv;
    uint8_t *aad;
    uint8_t *src;
    GuestReq session_req;       /* legacy format, on @sess */
    GuestReq stateless_req;     /* REVISION_1 + the stateless bit */
    GuestReq create_req;        /* legacy control requests */
    GuestReq destroy_req;
    CryptoDevSymSession *sess;
    CryptoDevAsymSession *dev_ak;       /* the device's RSA session */
    uint32_t result_len;        /* its session's, as the device keeps it */
    /* raw */
    Raw *raw;
    RawIpsecMb *raw_mb;
    QCryptoAkCipher *raw_ak;
    uint8_t *raw_dst;
    size_t raw_dst_len;
    uint8_t *raw_digest;
} Case;

typedef uint8_t (*PathFn)(Case *c);

static VirtIOCryptoLimits limits;
/* the builtin backend's spare sessions, kept as it keeps them */
static CryptoDevSymSpares *spares;

static int opt_rounds = 5;
static int opt_round_ms = 150;
static char *opt_csv;
static char *opt_filter;
static gboolean opt_device_only;

static GOptionEntry options[] = {
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &opt_rounds,
      "timed rounds of each path (default 5)", "N" },
    { "round-ms", 'm', 0, G_OPTION_ARG_INT, &opt_round_ms,
      "CPU milliseconds of a round (default 150)", "MS" },
    { "csv", 'o', 0, G_OPTION_ARG_FILENAME, &opt_csv,
      "also write the results as CSV to FILE", "FILE" },
    { "filter", 'f', 0, G_OPTION_ARG_STRING, &opt_filter,
      "only the rows whose \"algo/size/mode\" contains STR", "STR" },
    { "device-only", 'd', 0, G_OPTION_ARG_NONE, &opt_device_only,
      "time the device path only (for profiling)", NULL },
    { NULL }
};

static G_NORETURN G_GNUC_PRINTF(1, 2) void fail(const char *fmt, ...)
{
    va_list ap;

    fflush(stdout);
    va_start(ap, fmt);
    fprintf(stderr, "virtio-crypto-bench: FAILED: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(1);
}

/*
 * The CPU time of this thread: other processes on the machine take turns
 * with the benchmark but do not count against it.
 */
static double cpu_now(void)
{
    struct timespec ts;

    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)) {
        fail("clock_gettime: %s", strerror(errno));
    }
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Deterministic bytes: the same key and data in every run */
static uint8_t *pattern(size_t len, uint32_t seed)
{
    uint8_t *p = g_malloc(len ? len : 1);
    uint32_t x = seed;
    size_t i;

    for (i = 0; i < len; i++) {
        x = x * 1103515245 + 12345;
        p[i] = x >> 16;
    }
    return p;
}

/* The guest's buffers */

static void add_out(GuestReq *g, const void *p, size_t len)
{
    /* the driver adds no scatterlist entry for an empty part */
    if (len) {
        g_assert(g->out_num < MAX_OUT);
        g->out[g->out_num++] = (struct iovec) { (void *)p, len };
    }
}

static void add_in(GuestReq *g, void *p, size_t len)
{
    if (len) {
        g_assert(g->in_num < MAX_IN);
        g->in[g->in_num++] = (struct iovec) { p, len };
    }
}

static void set_fixed(GuestReq *g, const void *hdr, size_t hdr_len,
                      const void *flf, size_t flf_len)
{
    g_assert(hdr_len + flf_len <= sizeof(g->fixed));
    memcpy(g->fixed, hdr, hdr_len);
    memcpy(g->fixed + hdr_len, flf, flf_len);
    add_out(g, g->fixed, hdr_len + flf_len);
}

/* A data request: session mode in the legacy format, or stateless */
static void build_data_req(Case *c, GuestReq *g, bool stateless)
{
    const Algo *a = c->a;
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(a->opcode),
        .algo = cpu_to_le32(a->algo),
        /* the device looks session ids up before this path */
        .session_id = cpu_to_le64(stateless ? 0 : 1),
        /* legacy: no flag; REVISION_1: 0 is stateless */
        .flag = cpu_to_le32(VIRTIO_CRYPTO_FLAG_STATELESS_MODE),
    };
    union {
        struct virtio_crypto_sym_data_req sym;
        struct virtio_crypto_hash_data_req hash;
        struct virtio_crypto_mac_data_req mac;
        struct virtio_crypto_aead_data_req aead;
        struct virtio_crypto_akcipher_data_req akcipher;
        struct virtio_crypto_sym_data_flf_stateless sym_sl;
        struct virtio_crypto_hash_data_flf_stateless hash_sl;
        struct virtio_crypto_mac_data_flf_stateless mac_sl;
        struct virtio_crypto_aead_data_flf_stateless aead_sl;
    } u;
    struct virtio_crypto_cipher_data_flf_stateless *cipher_sl =
        (void *)u.sym_sl.op_type_flf;
    size_t flf_len = VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY;
    uint32_t src_len = c->size, dst_len = 0;

    memset(&u, 0, sizeof(u));
    memset(g, 0, sizeof(*g));
    if (stateless) {
        g->features = 1ull << VIRTIO_CRYPTO_F_REVISION_1 |
                      1ull << virtio_crypto_stateless_feature(a->service);
    }
    switch (a->kind) {
    case KIND_CIPHER:
        dst_len = src_len;
        if (stateless) {
            u.sym_sl.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
            cipher_sl->sess_para.algo = cpu_to_le32(a->algo);
            cipher_sl->sess_para.key_len = cpu_to_le32(a->key_len);
            cipher_sl->sess_para.op = cpu_to_le32(a->op);
            cipher_sl->iv_len = cpu_to_le32(a->iv_len);
            cipher_sl->src_data_len = cpu_to_le32(src_len);
            cipher_sl->dst_data_len = cpu_to_le32(dst_len);
            flf_len = sizeof(u.sym_sl);
        } else {
            u.sym.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
            u.sym.u.cipher.para.iv_len = cpu_to_le32(a->iv_len);
            u.sym.u.cipher.para.src_data_len = cpu_to_le32(src_len);
            u.sym.u.cipher.para.dst_data_len = cpu_to_le32(dst_len);
        }
        break;
    case KIND_HASH:
        if (stateless) {
            u.hash_sl.sess_para.algo = cpu_to_le32(a->algo);
            u.hash_sl.src_data_len = cpu_to_le32(src_len);
            u.hash_sl.hash_result_len = cpu_to_le32(a->result_len);
            flf_len = sizeof(u.hash_sl);
        } else {
            u.hash.para.src_data_len = cpu_to_le32(src_len);
            u.hash.para.hash_result_len = cpu_to_le32(a->result_len);
        }
        break;
    case KIND_MAC:
        if (stateless) {
            u.mac_sl.sess_para.algo = cpu_to_le32(a->algo);
            u.mac_sl.sess_para.auth_key_len = cpu_to_le32(a->key_len);
            u.mac_sl.src_data_len = cpu_to_le32(src_len);
            u.mac_sl.hash_result_len = cpu_to_le32(a->result_len);
            flf_len = sizeof(u.mac_sl);
        } else {
            u.mac.para.hash.src_data_len = cpu_to_le32(src_len);
            u.mac.para.hash.hash_result_len = cpu_to_le32(a->result_len);
        }
        break;
    case KIND_AEAD:
        /* encrypt: the tag follows the ciphertext in dst */
        dst_len = src_len + a->result_len;
        if (stateless) {
            u.aead_sl.sess_para.algo = cpu_to_le32(a->algo);
            u.aead_sl.sess_para.key_len = cpu_to_le32(a->key_len);
            u.aead_sl.sess_para.op = cpu_to_le32(a->op);
            u.aead_sl.iv_len = cpu_to_le32(a->iv_len);
            u.aead_sl.tag_len = cpu_to_le32(a->result_len);
            u.aead_sl.aad_len = cpu_to_le32(a->aad_len);
            u.aead_sl.src_data_len = cpu_to_le32(src_len);
            u.aead_sl.dst_data_len = cpu_to_le32(dst_len);
            flf_len = sizeof(u.aead_sl);
        } else {
            u.aead.para.iv_len = cpu_to_le32(a->iv_len);
            u.aead.para.aad_len = cpu_to_le32(a->aad_len);
            u.aead.para.src_data_len = cpu_to_le32(src_len);
            u.aead.para.dst_data_len = cpu_to_le32(dst_len);
        }
        break;
    case KIND_RSA:
        g_assert(!stateless);
        dst_len = a->result_len;
        u.akcipher.para.src_data_len = cpu_to_le32(src_len);
        u.akcipher.para.dst_data_len = cpu_to_le32(dst_len);
        break;
    }

    set_fixed(g, &hdr, sizeof(hdr), &u, flf_len);
    if (stateless) {
        add_out(g, c->key, a->key_len);
    }
    add_out(g, c->iv, a->iv_len);
    add_out(g, c->src, src_len);
    add_out(g, c->aad, a->aad_len);

    g->dst_len = dst_len;
    g->dst = g_malloc0(dst_len ? dst_len : 1);
    add_in(g, g->dst, dst_len);
    if (a->kind == KIND_HASH || a->kind == KIND_MAC) {
        g->digest_len = a->result_len;
        g->digest = g_malloc0(g->digest_len);
        add_in(g, g->digest, g->digest_len);
    }
    add_in(g, &g->status, 1);
}

static uint32_t create_opcode(uint32_t service)
{
    return service == VIRTIO_CRYPTO_SERVICE_AKCIPHER
           ? VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION
           : VIRTIO_CRYPTO_OPCODE(service, 0x02);
}

/* A legacy create-session request: the 72-byte request, the key */
static void build_create_req(Case *c, GuestReq *g)
{
    const Algo *a = c->a;
    struct virtio_crypto_op_ctrl_req req;

    memset(&req, 0, sizeof(req));
    memset(g, 0, sizeof(*g));
    req.header.opcode = cpu_to_le32(create_opcode(a->service));
    req.header.algo = cpu_to_le32(a->algo);
    switch (a->kind) {
    case KIND_CIPHER: {
        struct virtio_crypto_cipher_session_para *p =
            &req.u.sym_create_session.u.cipher.para;

        req.u.sym_create_session.op_type =
            cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
        p->algo = cpu_to_le32(a->algo);
        p->keylen = cpu_to_le32(a->key_len);
        p->op = cpu_to_le32(a->op);
        break;
    }
    case KIND_HASH:
        req.u.hash_create_session.para.algo = cpu_to_le32(a->algo);
        req.u.hash_create_session.para.hash_result_len =
            cpu_to_le32(a->result_len);
        break;
    case KIND_MAC:
        req.u.mac_create_session.para.algo = cpu_to_le32(a->algo);
        req.u.mac_create_session.para.hash_result_len =
            cpu_to_le32(a->result_len);
        req.u.mac_create_session.para.auth_key_len = cpu_to_le32(a->key_len);
        break;
    case KIND_AEAD:
        req.u.aead_create_session.para.algo = cpu_to_le32(a->algo);
        req.u.aead_create_session.para.key_len = cpu_to_le32(a->key_len);
        req.u.aead_create_session.para.hash_result_len =
            cpu_to_le32(a->result_len);
        req.u.aead_create_session.para.aad_len = cpu_to_le32(a->aad_len);
        req.u.aead_create_session.para.op = cpu_to_le32(a->op);
        break;
    case KIND_RSA: {
        struct virtio_crypto_akcipher_session_para *p =
            &req.u.akcipher_create_session.para;

        p->algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_RSA);
        p->keytype = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE);
        p->keylen = cpu_to_le32(a->key_len);
        p->u.rsa.padding_algo = cpu_to_le32(VIRTIO_CRYPTO_RSA_PKCS1_PADDING);
        p->u.rsa.hash_algo = cpu_to_le32(VIRTIO_CRYPTO_RSA_SHA256);
        break;
    }
    }
    set_fixed(g, &req, sizeof(req), NULL, 0);
    add_out(g, c->key, a->key_len);
    /* struct virtio_crypto_session_input */
    g->dst_len = sizeof(struct virtio_crypto_session_input);
    g->dst = g_malloc0(g->dst_len);
    add_in(g, g->dst, g->dst_len);
}

static void build_destroy_req(Case *c, GuestReq *g)
{
    struct virtio_crypto_op_ctrl_req req;

    memset(&req, 0, sizeof(req));
    memset(g, 0, sizeof(*g));
    req.header.opcode = cpu_to_le32(create_opcode(c->a->service) + 1);
    req.u.destroy_session.session_id = cpu_to_le64(1);
    set_fixed(g, &req, sizeof(req), NULL, 0);
    add_in(g, &g->status, 1);
}

static void guest_req_free(GuestReq *g)
{
    g_free(g->dst);
    g_free(g->digest);
}

/* The device path */

/* A session as cryptodev-builtin.c makes one, and closes it */
static uint8_t session_open(Case *c, const CryptoDevBackendSessionInfo *info,
                            CryptoDevSymSession **sess)
{
    return cryptodev_sym_session_new(info, spares, sess);
}

static void session_close(Case *c, CryptoDevSymSession *sess)
{
    cryptodev_sym_session_close(spares, sess);
}

/*
 * One data request, as handle_data_req() and the backend serve it:
 * decode, gather, (stateless: copy the head, make a session), run, (close
 * the session), scatter.  Returns the status written to the guest.
 */
static uint8_t device_data(Case *c, GuestReq *g)
{
    VirtIOCryptoDecoded dec;
    VirtIOCryptoDecodeResult res;
    CryptoDevBackendOpInfo op = { 0 };
    CryptoDevBackendSymOpInfo *sym = NULL;
    CryptoDevBackendAsymOpInfo asym = { 0 };
    CryptoDevBackendSessionInfo info;
    CryptoDevSymSession *sess = c->sess;
    uint8_t *head = NULL;
    size_t head_len = 0;
    uint32_t result_len = c->result_len;
    bool chain = false;
    uint8_t status;

    res = virtio_crypto_decode_data(g->features, &limits, g->out, g->out_num,
                                    g->in, g->in_num, &dec);
    if (!res.status_reachable) {
        return VIRTIO_CRYPTO_ERR;
    }
    status = res.status;
    if (status == VIRTIO_CRYPTO_OK && !dec.stateless && !sess &&
        !c->dev_ak) {
        /* as the device's session lookup answers without a session */
        status = VIRTIO_CRYPTO_INVSESS;
    }
    if (status == VIRTIO_CRYPTO_OK && !dec.stateless) {
        /* the device's admission, against the session's lengths */
        status = virtio_crypto_check_lengths(&dec, result_len, chain);
    }
    if (status == VIRTIO_CRYPTO_OK) {
        status = virtio_crypto_gather(&dec, g->out, g->out_num, g->in,
                                      g->in_num, &op, &sym, &asym);
    }
    if (status == VIRTIO_CRYPTO_OK && dec.stateless) {
        head_len = virtio_crypto_keys_end(&dec);
        head = virtio_crypto_copy_head(g->out, g->out_num, head_len);
        virtio_crypto_session_info(&dec, head, &info);
        sess = NULL;
        status = session_open(c, &info, &sess);
        if (status == VIRTIO_CRYPTO_OK) {
            virtio_crypto_session_shape(dec.service, &info, &result_len,
                                        &chain);
            status = virtio_crypto_check_lengths(&dec, result_len, chain);
        }
    }
    if (status == VIRTIO_CRYPTO_OK) {
        if (dec.service == VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
            status = cryptodev_asym_run(c->dev_ak, dec.opcode, &asym);
        } else {
            status = cryptodev_sym_run(sess, dec.opcode, sym);
        }
    }
    if (dec.stateless && sess) {
        session_close(c, sess);
    }
    virtio_crypto_scatter_results(&dec, g->in, g->in_num, sym, &asym, status);
    virtio_crypto_free_head(head, head_len);
    g_free(sym);
    g_free(asym.src);
    return status;
}

static uint8_t device_session(Case *c)
{
    return device_data(c, &c->session_req);
}

static uint8_t device_stateless(Case *c)
{
    return device_data(c, &c->stateless_req);
}

/*
 * A create-session request, as handle_ctrl_req() and the backend serve
 * it: decode, copy the head, describe the session, make it.
 */
static uint8_t device_create(Case *c, CryptoDevSymSession **sess,
                             CryptoDevAsymSession **ak)
{
    const GuestReq *g = &c->create_req;
    VirtIOCryptoDecoded dec;
    VirtIOCryptoDecodeResult res;
    CryptoDevBackendSessionInfo info;
    uint8_t *head;
    uint8_t status;
    bool chain;

    res = virtio_crypto_decode_ctrl(g->features, &limits, g->out, g->out_num,
                                    g->in, g->in_num, &dec);
    if (res.status != VIRTIO_CRYPTO_OK) {
        return res.status;
    }
    head = virtio_crypto_copy_head(g->out, g->out_num, dec.readable_len);
    virtio_crypto_session_info(&dec, head, &info);
    virtio_crypto_session_shape(dec.service, &info, &c->result_len, &chain);
    if (dec.service == VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
        status = cryptodev_asym_session_new(&info.u.asym_sess_info, ak);
    } else {
        status = session_open(c, &info, sess);
    }
    virtio_crypto_free_head(head, dec.readable_len);
    return status;
}

/* A session made and destroyed through the control queue's path */
static uint8_t device_create_destroy(Case *c)
{
    const GuestReq *g = &c->destroy_req;
    CryptoDevSymSession *sess;
    VirtIOCryptoDecoded dec;
    VirtIOCryptoDecodeResult res;
    uint8_t status;

    status = device_create(c, &sess, NULL);
    if (status != VIRTIO_CRYPTO_OK) {
        return status;
    }
    res = virtio_crypto_decode_ctrl(g->features, &limits, g->out, g->out_num,
                                    g->in, g->in_num, &dec);
    session_close(c, sess);
    return res.status;
}

/* A build with no akcipher library has no RSA */
static bool rsa_available(void)
{
    QCryptoAkCipherOptions opts = {
        .alg = QCRYPTO_AK_CIPHER_ALGO_RSA,
        .u.rsa.padding_alg = QCRYPTO_RSA_PADDING_ALGO_PKCS1,
        .u.rsa.hash_alg = QCRYPTO_HASH_ALGO_SHA256,
    };

    return qcrypto_akcipher_supports(&opts);
}

/* The raw path: the library's own calls on host buffers */

static uint8_t raw_data(Case *c)
{
    const Algo *a = c->a;
    bool ok;

#ifdef CONFIG_IPSEC_MB
    if (a->ipsec_mb) {
        ok = raw_mb_run(c->raw_mb, a, c->iv, c->src, c->size, c->raw_dst,
                        c->raw_digest);
        return ok ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
    }
#endif
    if (a->kind == KIND_RSA) {
        ok = qcrypto_akcipher_sign(c->raw_ak, c->src, c->size, c->raw_dst,
                                   c->raw_dst_len, NULL) == RSA_SIG_LEN;
    } else {
        ok = raw_run(c->raw, a, c->iv, c->aad, c->src, c->size, c->raw_dst,
                     c->raw_digest);
    }
    return ok ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
}

/* Making and freeing a session's contexts, in the library */
static uint8_t raw_create_destroy(Case *c)
{
    Raw *r = raw_new(c->a, c->key);

    if (!r) {
        return VIRTIO_CRYPTO_ERR;
    }
    raw_free(r);
    return VIRTIO_CRYPTO_OK;
}

/* Setting up and checking a case */

static void case_init(Case *c, const Algo *a, size_t size)
{
    bool ok;

    memset(c, 0, sizeof(*c));
    c->a = a;
    c->size = size;
    if (a->kind == KIND_RSA) {
        c->key = g_memdup2(rsa2048_priv_key, sizeof(rsa2048_priv_key));
    } else {
        c->key = pattern(a->key_len, 1);
    }
    c->iv = pattern(a->iv_len, 2);
    c->aad = pattern(a->aad_len, 3);
    c->src = pattern(size, 4);

    build_create_req(c, &c->create_req);
    build_destroy_req(c, &c->destroy_req);
    build_data_req(c, &c->session_req, false);
    if (a->kind != KIND_RSA) {
        build_data_req(c, &c->stateless_req, true);
    }
    if (device_create(c, &c->sess, &c->dev_ak) != VIRTIO_CRYPTO_OK) {
        fail("%s: the device path makes no session", a->name);
    }

    c->raw_dst_len = c->session_req.dst_len;
    c->raw_dst = g_malloc0(c->raw_dst_len ? c->raw_dst_len : 1);
    c->raw_digest = g_malloc0(a->result_len ? a->result_len : 1);
    if (a->kind == KIND_RSA) {
        QCryptoAkCipherOptions opts = {
            .alg = QCRYPTO_AK_CIPHER_ALGO_RSA,
            .u.rsa.padding_alg = QCRYPTO_RSA_PADDING_ALGO_PKCS1,
            .u.rsa.hash_alg = QCRYPTO_HASH_ALGO_SHA256,
        };

        c->raw_ak = qcrypto_akcipher_new(&opts,
                                         QCRYPTO_AK_CIPHER_KEY_TYPE_PRIVATE,
                                         c->key, a->key_len, NULL);
        ok = c->raw_ak != NULL;
#ifdef CONFIG_IPSEC_MB
    } else if (a->ipsec_mb) {
        c->raw_mb = raw_mb_new(a, c->key);
        ok = c->raw_mb != NULL;
#endif
    } else {
        c->raw = raw_new(a, c->key);
        ok = c->raw != NULL;
    }
    if (!ok) {
        fail("%s: %s refuses the raw setup", a->name, raw_library);
    }
}

static void case_free(Case *c)
{
    if (c->sess) {
        cryptodev_sym_session_free(c->sess);
    }
    cryptodev_asym_session_free(c->dev_ak);
    if (c->raw_ak) {
        qcrypto_akcipher_free(c->raw_ak);
    }
    if (c->raw) {
        raw_free(c->raw);
    }
#ifdef CONFIG_IPSEC_MB
    if (c->raw_mb) {
        raw_mb_free(c->raw_mb);
    }
#endif
    guest_req_free(&c->session_req);
    guest_req_free(&c->stateless_req);
    guest_req_free(&c->create_req);
    guest_req_free(&c->destroy_req);
    g_free(c->key);
    g_free(c->iv);
    g_free(c->aad);
    g_free(c->src);
    g_free(c->raw_dst);
    g_free(c->raw_digest);
}

/* The device's answer to @g must be OK and equal the raw answer */
static void verify(Case *c, GuestReq *g, PathFn device, const char *mode)
{
    const Algo *a = c->a;
    uint8_t status;

    memset(g->dst, 0xa5, g->dst_len);
    if (g->digest) {
        memset(g->digest, 0xa5, g->digest_len);
    }
    g->status = 0xff;
    memset(c->raw_dst, 0x5a, c->raw_dst_len);
    memset(c->raw_digest, 0x5a, a->result_len);

    status = device(c);
    if (status != VIRTIO_CRYPTO_OK || g->status != VIRTIO_CRYPTO_OK) {
        fail("%s %zu %s: device status %u, guest sees %u", a->name, c->size,
             mode, status, g->status);
    }
    if (raw_data(c) != VIRTIO_CRYPTO_OK) {
        fail("%s %zu: raw %s call failed", a->name, c->size, raw_library);
    }
    if (g->dst_len != c->raw_dst_len ||
        memcmp(g->dst, c->raw_dst, g->dst_len)) {
        fail("%s %zu %s: device dst differs from raw", a->name, c->size,
             mode);
    }
    if (g->digest && memcmp(g->digest, c->raw_digest, g->digest_len)) {
        fail("%s %zu %s: device digest differs from raw", a->name, c->size,
             mode);
    }
}

/* Timing */

static void run_batch(PathFn fn, Case *c, uint64_t n, const char *what)
{
    uint64_t i;

    for (i = 0; i < n; i++) {
        if (fn(c) != VIRTIO_CRYPTO_OK) {
            fail("%s %zu: %s failed while timed", c->a->name, c->size, what);
        }
    }
}

typedef struct Path {
    PathFn fn;
    const char *what;
    uint64_t batch;             /* calls between two looks at the clock */
    double best;                /* ops/s of the best round */
} Path;

/* A batch that runs for about CALIBRATE_SECONDS; also warms up */
static void calibrate(Path *p, Case *c)
{
    uint64_t n = 1;

    for (;;) {
        double t0 = cpu_now();

        run_batch(p->fn, c, n, p->what);
        if (cpu_now() - t0 >= CALIBRATE_SECONDS || n >= (1u << 30)) {
            break;
        }
        n *= 2;
    }
    p->batch = n;
    p->best = 0;
}

static double round_rate(Path *p, Case *c, double seconds)
{
    double t0 = cpu_now(), t;
    uint64_t ops = 0;

    do {
        run_batch(p->fn, c, p->batch, p->what);
        ops += p->batch;
        t = cpu_now() - t0;
    } while (t < seconds);
    return ops / t;
}

/* Rounds of every path in turn, so drifts of the machine hit them alike */
static void measure(Path *paths, int n, Case *c)
{
    int i, r;

    for (i = 0; i < n; i++) {
        calibrate(&paths[i], c);
    }
    for (r = 0; r < opt_rounds; r++) {
        for (i = 0; i < n; i++) {
            paths[i].best = MAX(paths[i].best,
                                round_rate(&paths[i], c,
                                           opt_round_ms / 1000.0));
        }
    }
}

/* Output */

static FILE *csv;

static void print_header(void)
{
    printf("virtio-crypto request path (device) against %s (raw; "
           "ipsec-mb for KASUMI, SNOW 3G and ZUC), in process\n"
           "best of %d interleaved rounds of %d ms of thread CPU time; "
           "ops/s per CPU second;\n"
           "MB/s = 10^6 bytes of src per second; ratio = device/raw ops/s\n\n",
           raw_library, opt_rounds, opt_round_ms);
    printf("%-22s %6s %-15s %13s %11s %13s %11s %6s\n", "algo", "size",
           "mode", "device ops/s", "device MB/s", "raw ops/s", "raw MB/s",
           "ratio");
    if (csv) {
        fprintf(csv, "algo,size,mode,device_ops_s,device_mb_s,raw_ops_s,"
                "raw_mb_s,ratio\n");
    }
}

static void print_row(const char *algo, size_t size, const char *mode,
                      double dev, double raw)
{
    double dev_mb = dev * size / 1e6, raw_mb = raw * size / 1e6;
    double ratio = raw > 0 ? dev / raw : 0;

    printf("%-22s %6zu %-15s %13.0f %11.1f %13.0f %11.1f %6.3f\n", algo,
           size, mode, dev, dev_mb, raw, raw_mb, ratio);
    fflush(stdout);
    if (csv) {
        fprintf(csv, "%s,%zu,%s,%.0f,%.2f,%.0f,%.2f,%.4f\n", algo, size, mode,
                dev, dev_mb, raw, raw_mb, ratio);
    }
}

static bool wanted(const char *algo, size_t size, const char *mode)
{
    g_autofree char *label = NULL;

    if (!opt_filter) {
        return true;
    }
    label = g_strdup_printf("%s/%zu/%s", algo, size, mode);
    return strstr(label, opt_filter) != NULL;
}

/* Session and stateless requests of @a at @size, against raw */
static void bench_data(const Algo *a, size_t size)
{
    bool session = wanted(a->name, size, "session");
    bool stateless = a->kind != KIND_RSA &&
                     wanted(a->name, size, "stateless");
    Path paths[3];
    int n = 0, dev_session = -1, dev_stateless = -1, raw = -1;
    Case c;

    if (!session && !stateless) {
        return;
    }
    case_init(&c, a, size);
    if (session) {
        verify(&c, &c.session_req, device_session, "session");
        dev_session = n;
        paths[n++] = (Path) { device_session, "device session path" };
    }
    if (stateless) {
        CryptoDevSymSession *sess = c.sess;

        /* without the case's session: it must decode as stateless */
        c.sess = NULL;
        verify(&c, &c.stateless_req, device_stateless, "stateless");
        c.sess = sess;
        dev_stateless = n;
        paths[n++] = (Path) { device_stateless, "device stateless path" };
    }
    if (!opt_device_only) {
        raw = n;
        paths[n++] = (Path) { raw_data, "raw path" };
    }
    measure(paths, n, &c);
    if (dev_session >= 0) {
        print_row(a->name, size, "session", paths[dev_session].best,
                  raw >= 0 ? paths[raw].best : 0);
    }
    if (dev_stateless >= 0) {
        print_row(a->name, size, "stateless", paths[dev_stateless].best,
                  raw >= 0 ? paths[raw].best : 0);
    }
    case_free(&c);
}

/* Session create+destroy per second */
static void bench_create_destroy(const Algo *a)
{
    Path paths[2];
    int n = 0;
    Case c;

    if (!wanted(a->name, 0, "create+destroy")) {
        return;
    }
    case_init(&c, a, 0);
    if (device_create_destroy(&c) != VIRTIO_CRYPTO_OK ||
        raw_create_destroy(&c) != VIRTIO_CRYPTO_OK) {
        fail("%s: create+destroy failed", a->name);
    }
    paths[n++] = (Path) { device_create_destroy, "device create+destroy" };
    if (!opt_device_only) {
        paths[n++] = (Path) { raw_create_destroy, "raw create+destroy" };
    }
    measure(paths, n, &c);
    print_row(a->name, 0, "create+destroy", paths[0].best,
              n > 1 ? paths[1].best : 0);
    case_free(&c);
}

int main(int argc, char **argv)
{
    g_autoptr(GOptionContext) ctx =
        g_option_context_new("- virtio-crypto request path benchmark");
    g_autoptr(GError) err = NULL;
    CryptoDevBackendConf conf = { 0 };
    gint64 t0 = g_get_monotonic_time();
    size_t i, j;

    g_option_context_add_main_entries(ctx, options, NULL);
    if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
        fail("%s", err->message);
    }
    if (opt_rounds < 1 || opt_round_ms < 1) {
        fail("--rounds and --round-ms must be at least 1");
    }
    if (opt_csv) {
        csv = fopen(opt_csv, "w");
        if (!csv) {
            fail("cannot write %s: %s", opt_csv, strerror(errno));
        }
    }
    if (qcrypto_init(NULL) < 0) {
        fail("cannot initialise the crypto library");
    }

    /* the limits the device derives from the builtin backend */
    cryptodev_sym_probe(&conf);
    spares = cryptodev_sym_spares_new();
    limits = (VirtIOCryptoLimits) {
        .max_size = BENCH_MAX_REQUEST_SIZE,
        .max_cipher_key_len = conf.max_cipher_key_len,
        .max_auth_key_len = conf.max_auth_key_len,
        .max_akcipher_key_len = BENCH_MAX_AKCIPHER_KEY_LEN,
    };

    print_header();
    for (i = 0; i < ARRAY_SIZE(algos); i++) {
        if (algos[i].kind == KIND_RSA) {
            if (rsa_available()) {
                bench_data(&algos[i], RSA_DIGEST_LEN);
            } else {
                printf("%s: no RSA in QEMU's crypto API on %s\n",
                       algos[i].name, raw_library);
            }
            continue;
        }
        if (algos[i].ipsec_mb && !qcrypto_3gpp_supports(
                QCRYPTO_3GPP_ALGO_KASUMI_F8)) {
            printf("%s: no ipsec-mb in this build\n", algos[i].name);
            continue;
        }
        for (j = 0; j < ARRAY_SIZE(sizes); j++) {
            if (!algos[i].max_len || sizes[j] <= algos[i].max_len) {
                bench_data(&algos[i], sizes[j]);
            }
        }
    }
    for (i = 0; i < ARRAY_SIZE(algos); i++) {
        if (algos[i].create_destroy) {
            bench_create_destroy(&algos[i]);
        }
    }
    cryptodev_sym_spares_free(spares);
    printf("\n%.0f seconds (wall clock)\n",
           (g_get_monotonic_time() - t0) / 1e6);
    if (csv && fclose(csv)) {
        fail("cannot write %s: %s", opt_csv, strerror(errno));
    }
    return 0;
}
