/*
 * libqos driver for virtio-crypto: virtio-crypto-pci on a PCI bus and
 * virtio-crypto-device on a virtio-mmio transport
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "../libqtest.h"
#include "qemu/module.h"
#include "qgraph.h"
#include "virtio-crypto.h"
#include "qemu/bswap.h"
#include "standard-headers/linux/virtio_ring.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "malloc.h"

#define QVIRTIO_CRYPTO_TIMEOUT_US (30 * 1000 * 1000)

#define BACKEND_OPTS "-object cryptodev-backend-builtin,id=" \
    QVIRTIO_CRYPTO_BACKEND_ID
#define DEVICE_OPTS "cryptodev=" QVIRTIO_CRYPTO_BACKEND_ID
#define IOTHREAD_BACKEND_OPTS BACKEND_OPTS " -object iothread,id=qvc-iothread0"
#define IOTHREAD_DEVICE_OPTS DEVICE_OPTS QVIRTIO_CRYPTO_IOTHREAD_OPT

bool qvirtio_crypto_in_iothread(void)
{
    return g_strcmp0(g_getenv(QVIRTIO_CRYPTO_IOTHREAD), "1") == 0;
}

typedef struct QVirtioCryptoLacking {
    uint32_t service;
    uint32_t algo;
    uint32_t key_len;           /* 0: with any key */
} QVirtioCryptoLacking;

/* What the builtin backend lacks on this build's crypto libraries */
static const QVirtioCryptoLacking lacking[] = {
#if defined(CONFIG_GCRYPT)
    /* nothing (NO_CIPHER stands in: C has no empty arrays) */
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_NO_CIPHER, 0 },
#elif defined(CONFIG_NETTLE)
    /* nettle 3.8 has SHAKE256 only (SHAKE128 came in 3.10) */
    { VIRTIO_CRYPTO_SERVICE_HASH, VIRTIO_CRYPTO_HASH_SHA3_SHAKE128, 0 },
#else
    /* gnutls 3.7: no SHAKE, no CCM with 192-bit keys */
    { VIRTIO_CRYPTO_SERVICE_HASH, VIRTIO_CRYPTO_HASH_SHA3_SHAKE128, 0 },
    { VIRTIO_CRYPTO_SERVICE_HASH, VIRTIO_CRYPTO_HASH_SHA3_SHAKE256, 0 },
    { VIRTIO_CRYPTO_SERVICE_AEAD, VIRTIO_CRYPTO_AEAD_CCM, 24 },
#endif
#ifndef CONFIG_IPSEC_MB
    /* KASUMI, SNOW 3G and ZUC come from ipsec-mb */
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_CIPHER_KASUMI_F8, 0 },
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_CIPHER_SNOW3G_UEA2, 0 },
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_CIPHER_ZUC_EEA3, 0 },
    { VIRTIO_CRYPTO_SERVICE_MAC, VIRTIO_CRYPTO_MAC_KASUMI_F9, 0 },
#endif
};

bool qvirtio_crypto_serves(uint32_t service, uint32_t algo, uint32_t key_len)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(lacking); i++) {
        if (lacking[i].service == service && lacking[i].algo == algo &&
            (!lacking[i].key_len || lacking[i].key_len == key_len)) {
            return false;
        }
    }
    return true;
}

bool qvirtio_crypto_serves_rsa(uint32_t padding, uint32_t hash)
{
    if (!qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AKCIPHER,
                               VIRTIO_CRYPTO_AKCIPHER_RSA, 0)) {
        return false;
    }
    if (padding == VIRTIO_CRYPTO_RSA_RAW_PADDING) {
        /* QEMU's RSA on nettle and gnutls pads, always */
#if defined(CONFIG_GCRYPT)
        return true;
#else
        return false;
#endif
    }
    if (padding != VIRTIO_CRYPTO_RSA_PKCS1_PADDING) {
        return false;
    }
#if defined(CONFIG_GNUTLS_CRYPTO)
    /* gnutls: the DigestInfo of every SHA-2 hash */
    if (hash == VIRTIO_CRYPTO_RSA_SHA224 || hash == VIRTIO_CRYPTO_RSA_SHA384) {
        return true;
    }
#endif
    /*
     * PKCS#1 v1.5 with MD5, SHA-1, SHA-256 or SHA-512, in QEMU's RSA on
     * every library; no hash stands for SHA-256 (the hash only matters
     * to signatures)
     */
    return (hash == VIRTIO_CRYPTO_RSA_NO_HASH ||
            hash == VIRTIO_CRYPTO_RSA_MD5 ||
            hash == VIRTIO_CRYPTO_RSA_SHA1 ||
            hash == VIRTIO_CRYPTO_RSA_SHA256 ||
            hash == VIRTIO_CRYPTO_RSA_SHA512);
}

bool qvirtio_crypto_ecdsa_deterministic(void)
{
    /* libgcrypt and gnutls follow RFC 6979; nettle draws each nonce */
#if defined(CONFIG_GCRYPT) || defined(CONFIG_GNUTLS_CRYPTO)
    return true;
#else
    return false;
#endif
}

static void *qvirtio_crypto_get_driver(QVirtioCrypto *crypto,
                                       const char *interface)
{
    if (!g_strcmp0(interface, "virtio-crypto")) {
        return crypto;
    }
    if (!g_strcmp0(interface, "virtio")) {
        return crypto->vdev;
    }
    fprintf(stderr, "%s not present in virtio-crypto\n", interface);
    g_assert_not_reached();
}

static void *qvirtio_crypto_device_get_driver(void *object,
                                              const char *interface)
{
    QVirtioCryptoDevice *dev = object;

    return qvirtio_crypto_get_driver(&dev->crypto, interface);
}

static void *virtio_crypto_device_create(void *virtio_dev,
                                         QGuestAllocator *t_alloc,
                                         void *addr)
{
    QVirtioCryptoDevice *dev = g_new0(QVirtioCryptoDevice, 1);

    dev->crypto.vdev = virtio_dev;
    dev->obj.get_driver = qvirtio_crypto_device_get_driver;
    return &dev->obj;
}

static void *qvirtio_crypto_pci_get_driver(void *object,
                                           const char *interface)
{
    QVirtioCryptoPCI *dev = object;

    if (!g_strcmp0(interface, "pci-device")) {
        return dev->pci_vdev.pdev;
    }
    return qvirtio_crypto_get_driver(&dev->crypto, interface);
}

static void *virtio_crypto_pci_create(void *pci_bus, QGuestAllocator *t_alloc,
                                      void *addr)
{
    QVirtioCryptoPCI *dev = g_new0(QVirtioCryptoPCI, 1);

    virtio_pci_init(&dev->pci_vdev, pci_bus, addr);
    dev->crypto.vdev = &dev->pci_vdev.vdev;
    dev->pci_vdev.obj.get_driver = qvirtio_crypto_pci_get_driver;
    return &dev->pci_vdev.obj;
}

/* Test driver helpers */

uint64_t qvirtio_crypto_transport_features(QVirtioDevice *dev)
{
    return qvirtio_get_features(dev) &
           ~(QVIRTIO_F_BAD_FEATURE | QVIRTIO_CRYPTO_DEVICE_FEATURES |
             (1ull << VIRTIO_RING_F_INDIRECT_DESC) |
             (1ull << VIRTIO_RING_F_EVENT_IDX));
}

/* Start a trace of the requests to a device negotiated with @features */
static FILE *qvirtio_crypto_record_start(uint64_t features)
{
    static unsigned count;
    const char *dir = g_getenv(QVIRTIO_CRYPTO_RECORD);
    g_autofree char *path = NULL;
    uint64_t le = cpu_to_le64(features);
    FILE *f;

    if (!dir) {
        return NULL;
    }
    path = g_strdup_printf("%s/trace-%d-%u", dir, getpid(), count++);
    f = fopen(path, "wb");
    g_assert_nonnull(f);
    fwrite(QVIRTIO_CRYPTO_TRACE_MAGIC, 1, 8, f);
    fwrite(&le, sizeof(le), 1, f);
    return f;
}

static void qvirtio_crypto_record(QVirtioCryptoQueues *q, QVirtQueue *vq,
                                  const void *out, size_t out_len,
                                  const void *in, size_t in_len)
{
    uint8_t ctrl = vq == q->ctrlq;
    uint32_t lens[2] = { cpu_to_le32(out_len), cpu_to_le32(in_len) };

    if (q->record) {
        fwrite(&ctrl, 1, 1, q->record);
        fwrite(lens, sizeof(lens), 1, q->record);
        fwrite(out, 1, out_len, q->record);
        fwrite(in, 1, in_len, q->record);
    }
}

QVirtioCryptoQueues qvirtio_crypto_start(QTestState *qts, QVirtioDevice *dev,
                                         QGuestAllocator *alloc,
                                         uint64_t features)
{
    QVirtioCryptoQueues q = { .qts = qts, .dev = dev, .alloc = alloc };
    uint32_t i;

    g_assert_cmphex(qvirtio_get_features(dev) & features, ==, features);
    qvirtio_set_features(dev, qvirtio_crypto_transport_features(dev) |
                              features);
    q.num_dataqs = qvirtio_config_readl(dev, offsetof(
        struct virtio_crypto_config, max_dataqueues));
    g_assert_cmpuint(q.num_dataqs, >=, 1);
    g_assert_cmpuint(q.num_dataqs, <=, QVIRTIO_CRYPTO_MAX_DATAQS);
    for (i = 0; i < q.num_dataqs; i++) {
        q.dataqs[i] = qvirtqueue_setup(dev, alloc, i);
    }
    q.dataq = q.dataqs[0];
    q.ctrlq = qvirtqueue_setup(dev, alloc, q.num_dataqs);
    qvirtio_set_driver_ok(dev);
    q.record = qvirtio_crypto_record_start(features);
    q.features = features;
    return q;
}

void qvirtio_crypto_stop(QVirtioCryptoQueues *q)
{
    uint32_t i;

    for (i = 0; i < q->num_dataqs; i++) {
        qvirtqueue_cleanup(q->dev->bus, q->dataqs[i], q->alloc);
    }
    qvirtqueue_cleanup(q->dev->bus, q->ctrlq, q->alloc);
    if (q->record) {
        fclose(q->record);
        q->record = NULL;
    }
}

void qvirtio_crypto_post(QVirtioCryptoQueues *q, QVirtQueue *vq,
                         const void *out, size_t out_len, size_t in_len,
                         QVirtioCryptoPending *p)
{
    g_autofree uint8_t *fill = g_malloc(in_len);

    *p = (QVirtioCryptoPending) {
        .vq = vq,
        .out_addr = guest_alloc(q->alloc, out_len),
        .in_addr = guest_alloc(q->alloc, in_len),
        .in_len = in_len,
    };
    qtest_bufwrite(q->qts, p->out_addr, out, out_len);
    memset(fill, QVIRTIO_CRYPTO_FILL, in_len);
    qtest_bufwrite(q->qts, p->in_addr, fill, in_len);
    p->head = qvirtqueue_add(q->qts, vq, p->out_addr, out_len, false, true);
    qvirtqueue_add(q->qts, vq, p->in_addr, in_len, true, false);
    qvirtqueue_kick(q->qts, q->dev, vq, p->head);
}

unsigned qvirtio_crypto_collect(QVirtioCryptoQueues *q, QVirtQueue *vq,
                                QVirtioCryptoPending *p, unsigned n)
{
    uint32_t head, len;
    unsigned i, done = 0;

    while (qvirtqueue_get_buf(q->qts, vq, &head, &len)) {
        for (i = 0; i < n; i++) {
            if (p[i].vq == vq && !p[i].done && p[i].head == head) {
                break;
            }
        }
        /* every answer belongs to exactly one request in flight */
        g_assert_cmpuint(i, <, n);
        p[i].done = true;
        p[i].used_len = len;
    }
    for (i = 0; i < n; i++) {
        done += p[i].done;
    }
    return done;
}

void qvirtio_crypto_collect_all(QVirtioCryptoQueues *q,
                                QVirtioCryptoPending *p, unsigned n)
{
    gint64 deadline = g_get_monotonic_time() + QVIRTIO_CRYPTO_TIMEOUT_US;
    unsigned done = 0, i, j;

    while (done < n) {
        g_assert_cmpint(g_get_monotonic_time(), <, deadline);
        qtest_clock_step(q->qts, 100);
        done = 0;
        for (i = 0; i < n; i++) {
            /* each queue once */
            for (j = 0; j < i && p[j].vq != p[i].vq; j++) {
                continue;
            }
            if (j == i) {
                qvirtio_crypto_collect(q, p[i].vq, p, n);
            }
            done += p[i].done;
        }
        if (done < n) {
            g_usleep(1000);
        }
    }
}

void qvirtio_crypto_finish(QVirtioCryptoQueues *q, QVirtioCryptoPending *p,
                           void *in)
{
    g_assert_true(p->done);
    qtest_bufread(q->qts, p->in_addr, in, p->in_len);
    guest_free(q->alloc, p->out_addr);
    guest_free(q->alloc, p->in_addr);
}

uint32_t qvirtio_crypto_submit_split(QVirtioCryptoQueues *q, QVirtQueue *vq,
                                     const void *out, const uint32_t *out_lens,
                                     unsigned out_n, void *in,
                                     const uint32_t *in_lens, unsigned in_n)
{
    size_t out_len = 0, in_len = 0, off;
    uint64_t out_addr, in_addr;
    uint32_t head = 0, used_len = 0;
    unsigned i;

    for (i = 0; i < out_n; i++) {
        out_len += out_lens[i];
    }
    for (i = 0; i < in_n; i++) {
        in_len += in_lens[i];
    }
    out_addr = guest_alloc(q->alloc, MAX(out_len, 1));
    in_addr = guest_alloc(q->alloc, MAX(in_len, 1));
    qtest_bufwrite(q->qts, out_addr, out, out_len);
    memset(in, 0xa5, in_len);
    qtest_bufwrite(q->qts, in_addr, in, in_len);
    for (i = 0, off = 0; i < out_n; off += out_lens[i], i++) {
        uint32_t idx = qvirtqueue_add(q->qts, vq, out_addr + off, out_lens[i],
                                      false, i + 1 < out_n || in_n);

        head = i ? head : idx;
    }
    for (i = 0, off = 0; i < in_n; off += in_lens[i], i++) {
        uint32_t idx = qvirtqueue_add(q->qts, vq, in_addr + off, in_lens[i],
                                      true, i + 1 < in_n);

        head = i || out_n ? head : idx;
    }
    qvirtqueue_kick(q->qts, q->dev, vq, head);
    qvirtio_wait_used_elem(q->qts, q->dev, vq, head, &used_len,
                           QVIRTIO_CRYPTO_TIMEOUT_US);
    qtest_bufread(q->qts, in_addr, in, in_len);
    guest_free(q->alloc, out_addr);
    guest_free(q->alloc, in_addr);
    qvirtio_crypto_record(q, vq, out, out_len, in, in_len);
    return used_len;
}

uint32_t qvirtio_crypto_submit(QVirtioCryptoQueues *q, QVirtQueue *vq,
                               const void *out, size_t out_len,
                               void *in, size_t in_len)
{
    uint32_t out_lens[] = { out_len }, in_lens[] = { in_len };

    return qvirtio_crypto_submit_split(q, vq, out, out_lens, 1, in, in_lens,
                                       1);
}

uint32_t qvirtio_crypto_create_session(QVirtioCryptoQueues *q,
                                       const void *req, size_t req_len,
                                       uint64_t *session_id)
{
    struct virtio_crypto_session_input input;

    g_assert_cmpuint(qvirtio_crypto_submit(q, q->ctrlq, req, req_len, &input,
                                           sizeof(input)), ==, sizeof(input));
    g_assert_cmpuint(le32_to_cpu(input.padding), ==, 0);
    *session_id = le64_to_cpu(input.session_id);
    return le32_to_cpu(input.status);
}

uint8_t qvirtio_crypto_data_used(QVirtioCryptoQueues *q, const void *req,
                                 size_t req_len, void *result,
                                 size_t result_len, uint32_t *used)
{
    g_autofree uint8_t *in = g_malloc(result_len + 1);

    *used = qvirtio_crypto_submit(q, q->dataq, req, req_len, in,
                                  result_len + 1);
    if (result) {
        memcpy(result, in, result_len);
    }
    /* an error's used length is the whole writable part */
    if (in[result_len] != VIRTIO_CRYPTO_OK) {
        g_assert_cmpuint(*used, ==, result_len + 1);
    }
    return in[result_len];
}

uint8_t qvirtio_crypto_data(QVirtioCryptoQueues *q, const void *req,
                            size_t req_len, void *result, size_t result_len)
{
    uint32_t used;
    uint8_t status = qvirtio_crypto_data_used(q, req, req_len, result,
                                              result_len, &used);

    /* the result fills its buffer: the used length is all of it */
    g_assert_cmpuint(used, ==, result_len + 1);
    return status;
}

/* Building requests */

GByteArray *qvirtio_crypto_unhex(const char *hex, unsigned rep)
{
    GByteArray *b = g_byte_array_new();
    size_t len = hex ? strlen(hex) : 0;
    unsigned r;
    size_t i;

    g_assert(len % 2 == 0);
    for (r = 0; r < MAX(rep, 1); r++) {
        for (i = 0; i < len; i += 2) {
            int hi = g_ascii_xdigit_value(hex[i]);
            int lo = g_ascii_xdigit_value(hex[i + 1]);
            uint8_t byte = hi << 4 | lo;

            g_assert(hi >= 0 && lo >= 0);
            g_byte_array_append(b, &byte, 1);
        }
    }
    return b;
}

void qvirtio_crypto_put(GByteArray *b, const void *data, size_t len)
{
    if (len) {
        g_byte_array_append(b, data, len);
    }
}

void qvirtio_crypto_put_bytes(GByteArray *b, const GByteArray *data)
{
    if (data) {
        qvirtio_crypto_put(b, data->data, data->len);
    }
}

/*
 * A request's header, then its fixed part @flf, padded to @legacy_len in
 * the legacy format
 */
static GByteArray *request_head(const QVirtioCryptoQueues *q,
                                const void *hdr, size_t hdr_len,
                                const void *flf, size_t flf_len,
                                size_t legacy_len)
{
    static const uint8_t zeros[VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY];
    GByteArray *req = g_byte_array_new();

    qvirtio_crypto_put(req, hdr, hdr_len);
    qvirtio_crypto_put(req, flf, flf_len);
    if (!(q->features & (1ull << VIRTIO_CRYPTO_F_REVISION_1))) {
        g_assert_cmpuint(flf_len, <=, legacy_len);
        qvirtio_crypto_put(req, zeros, legacy_len - flf_len);
    }
    return req;
}

GByteArray *qvirtio_crypto_ctrl_req(const QVirtioCryptoQueues *q,
                                    uint32_t opcode, uint32_t algo,
                                    const void *flf, size_t flf_len)
{
    struct virtio_crypto_ctrl_header hdr = {
        .opcode = cpu_to_le32(opcode),
        .algo = cpu_to_le32(algo),
    };

    return request_head(q, &hdr, sizeof(hdr), flf, flf_len,
                        VIRTIO_CRYPTO_CTRLQ_OP_SPEC_HDR_LEGACY);
}

GByteArray *qvirtio_crypto_data_req(const QVirtioCryptoQueues *q,
                                    uint32_t opcode, uint32_t algo,
                                    uint64_t session_id, uint32_t flag,
                                    const void *flf, size_t flf_len)
{
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(opcode),
        .algo = cpu_to_le32(algo),
        .session_id = cpu_to_le64(session_id),
        .flag = cpu_to_le32(flag),
    };

    return request_head(q, &hdr, sizeof(hdr), flf, flf_len,
                        VIRTIO_CRYPTO_DATAQ_OP_SPEC_HDR_LEGACY);
}

/* A create-session request: fixed part @flf, then @key */
static uint32_t session_with_key(QVirtioCryptoQueues *q, uint32_t opcode,
                                 uint32_t algo, const void *flf,
                                 size_t flf_len, const void *key,
                                 size_t key_len, uint64_t *session_id)
{
    g_autoptr(GByteArray) req = qvirtio_crypto_ctrl_req(q, opcode, algo, flf,
                                                        flf_len);

    qvirtio_crypto_put(req, key, key_len);
    return qvirtio_crypto_create_session(q, req->data, req->len, session_id);
}

uint32_t qvirtio_crypto_cipher_session(QVirtioCryptoQueues *q, uint32_t algo,
                                       uint32_t op, const void *key,
                                       size_t key_len, uint64_t *session_id)
{
    struct virtio_crypto_sym_create_session_req s = { };

    s.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
    s.u.cipher.para.algo = cpu_to_le32(algo);
    s.u.cipher.para.keylen = cpu_to_le32(key_len);
    s.u.cipher.para.op = cpu_to_le32(op);
    return session_with_key(q, VIRTIO_CRYPTO_CIPHER_CREATE_SESSION, algo, &s,
                            sizeof(s), key, key_len, session_id);
}

uint32_t qvirtio_crypto_akcipher_session(QVirtioCryptoQueues *q,
                                         uint32_t algo, uint32_t key_type,
                                         uint32_t para0, uint32_t para1,
                                         const void *key, size_t key_len,
                                         uint64_t *session_id)
{
    struct virtio_crypto_akcipher_create_session_req s = { };

    s.para.algo = cpu_to_le32(algo);
    s.para.keytype = cpu_to_le32(key_type);
    s.para.keylen = cpu_to_le32(key_len);
    /* RSA's padding and hash, or ECDSA's curve: the same words */
    s.para.u.rsa.padding_algo = cpu_to_le32(para0);
    s.para.u.rsa.hash_algo = cpu_to_le32(para1);
    return session_with_key(q, VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION, algo,
                            &s, sizeof(s), key, key_len, session_id);
}

GByteArray *qvirtio_crypto_cipher_req(const QVirtioCryptoQueues *q,
                                      uint32_t opcode, uint64_t session_id,
                                      uint32_t flag,
                                      const void *iv, uint32_t iv_len,
                                      const void *src, uint32_t src_len,
                                      uint32_t src_data_len,
                                      uint32_t dst_len)
{
    struct virtio_crypto_sym_data_req f = { };
    GByteArray *req;

    f.op_type = cpu_to_le32(VIRTIO_CRYPTO_SYM_OP_CIPHER);
    f.u.cipher.para.iv_len = cpu_to_le32(iv_len);
    f.u.cipher.para.src_data_len = cpu_to_le32(src_data_len);
    f.u.cipher.para.dst_data_len = cpu_to_le32(dst_len);
    req = qvirtio_crypto_data_req(q, opcode, 0, session_id, flag, &f,
                                  sizeof(f));
    qvirtio_crypto_put(req, iv, iv_len);
    qvirtio_crypto_put(req, src, src_len);
    return req;
}

uint8_t qvirtio_crypto_destroy_session(QVirtioCryptoQueues *q,
                                       uint32_t opcode, uint64_t session_id)
{
    struct virtio_crypto_destroy_session_flf flf = {
        .session_id = cpu_to_le64(session_id),
    };
    g_autoptr(GByteArray) req = qvirtio_crypto_ctrl_req(q, opcode, 0, &flf,
                                                        sizeof(flf));
    uint8_t outcome[8];
    size_t i;

    g_assert_cmpuint(qvirtio_crypto_submit(q, q->ctrlq, req->data, req->len,
                                           outcome, sizeof(outcome)),
                     ==, sizeof(outcome));
    /* the status byte, then zeros */
    for (i = 1; i < sizeof(outcome); i++) {
        g_assert_cmpuint(outcome[i], ==, 0);
    }
    return outcome[0];
}

static void virtio_crypto_register_nodes(void)
{
    QPCIAddress addr = {
        .devfn = QPCI_DEVFN(4, 0),
    };
    bool io = qvirtio_crypto_in_iothread();
    QOSGraphEdgeOptions pci_opts = {
        .extra_device_opts = io ? "addr=04.0," IOTHREAD_DEVICE_OPTS
                                : "addr=04.0," DEVICE_OPTS,
        .before_cmd_line = io ? IOTHREAD_BACKEND_OPTS : BACKEND_OPTS,
    };
    QOSGraphEdgeOptions mmio_opts = {
        .extra_device_opts = io ? IOTHREAD_DEVICE_OPTS : DEVICE_OPTS,
        .before_cmd_line = io ? IOTHREAD_BACKEND_OPTS : BACKEND_OPTS,
    };

    qos_node_create_driver("virtio-crypto-device",
                           virtio_crypto_device_create);
    qos_node_consumes("virtio-crypto-device", "virtio-bus", &mmio_opts);
    qos_node_produces("virtio-crypto-device", "virtio");
    qos_node_produces("virtio-crypto-device", "virtio-crypto");

    add_qpci_address(&pci_opts, &addr);
    qos_node_create_driver("virtio-crypto-pci", virtio_crypto_pci_create);
    qos_node_consumes("virtio-crypto-pci", "pci-bus", &pci_opts);
    qos_node_produces("virtio-crypto-pci", "pci-device");
    qos_node_produces("virtio-crypto-pci", "virtio");
    qos_node_produces("virtio-crypto-pci", "virtio-crypto");
}

libqos_init(virtio_crypto_register_nodes);
