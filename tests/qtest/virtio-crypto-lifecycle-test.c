/*
 * QTest for virtio-crypto's execution and lifecycle: several data queues at
 * once, the control queue while data requests wait, and reset, queue reset,
 * VM stop, hot-unplug and live migration with requests in flight.
 *
 * Known answer: RFC 3602, section 4, case #4 (AES-128-CBC, 64 bytes); its
 * 16, 32 and 48-byte prefixes are the answers for the shorter plaintexts.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "libqtest.h"
#include "libqos/pci-pc.h"
#include "libqos/malloc-pc.h"
#include "libqos/virtio.h"
#include "libqos/virtio-pci.h"
#include "libqos/virtio-crypto.h"
#include "migration/migration-qmp.h"
#include "migration/migration-util.h"
#include "qobject/qdict.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "standard-headers/linux/virtio_config.h"
#include "standard-headers/linux/virtio_pci.h"

#define SLOT 4

static const uint8_t rfc3602_key[16] = {
    0x56, 0xe4, 0x7a, 0x38, 0xc5, 0x59, 0x89, 0x74,
    0xbc, 0x46, 0x90, 0x3d, 0xba, 0x29, 0x03, 0x49,
};
static const uint8_t rfc3602_iv[16] = {
    0x8c, 0xe8, 0x2e, 0xef, 0xbe, 0xa0, 0xda, 0x3c,
    0x44, 0x69, 0x9e, 0xd7, 0xdb, 0x51, 0xb7, 0xd9,
};
/* the plaintext is the bytes 0xa0 .. 0xdf */
static const uint8_t rfc3602_cipher[64] = {
    0xc3, 0x0e, 0x32, 0xff, 0xed, 0xc0, 0x77, 0x4e,
    0x6a, 0xff, 0x6a, 0xf0, 0x86, 0x9f, 0x71, 0xaa,
    0x0f, 0x3a, 0xf0, 0x7a, 0x9a, 0x31, 0xa9, 0xc6,
    0x84, 0xdb, 0x20, 0x7e, 0xb0, 0xef, 0x8e, 0x4e,
    0x35, 0x90, 0x7a, 0xa6, 0x32, 0xc3, 0xff, 0xdf,
    0x86, 0x8b, 0xb7, 0xb2, 0x9d, 0x3d, 0x46, 0xad,
    0x83, 0xce, 0x9f, 0x9a, 0x10, 0x2e, 0xe9, 0x9d,
    0x49, 0xa5, 0x3e, 0x87, 0xf4, 0xc3, 0xda, 0x55,
};

/* One QEMU with a virtio-crypto-pci device, driven in the legacy format */
typedef struct Rig {
    QTestState *qts;
    QGuestAllocator alloc;
    QPCIBus *bus;
    QVirtioPCIDevice dev;
    QVirtioCryptoQueues q;
} Rig;

static void rig_connect(Rig *r)
{
    QPCIAddress addr = { .devfn = QPCI_DEVFN(SLOT, 0) };

    pc_alloc_init(&r->alloc, r->qts, ALLOC_NO_FLAGS);
    r->bus = qpci_new_pc(r->qts, NULL);
    virtio_pci_init(&r->dev, r->bus, &addr);
    qvirtio_pci_start_hw(&r->dev.obj);
    r->q = qvirtio_crypto_start(r->qts, &r->dev.vdev, &r->alloc, 0);
}

/* The test runs with the data queues in an IOThread (its data says so) */
static bool in_iothread;

/* @backend and @device: extra options of the backend and the device */
static void rig_start(Rig *r, const char *backend, const char *device)
{
    r->qts = qtest_initf("-machine pc -object cryptodev-backend-builtin,"
                         "id=cd0%s -device virtio-crypto-pci,id=vc0,"
                         "cryptodev=cd0,addr=%x.0%s%s%s", backend, SLOT,
                         device, in_iothread ? ",iothread=io0" : "",
                         in_iothread ? " -object iothread,id=io0" : "");
    rig_connect(r);
}

static void rig_quit(Rig *r)
{
    qvirtio_crypto_stop(&r->q);
    r->dev.obj.destructor(&r->dev.obj);
    qpci_free_pc(r->bus);
    alloc_destroy(&r->alloc);
    qtest_quit(r->qts);
}

/* Where a migration goes: a socket in a directory of its own */
typedef struct MigrationSocket {
    char *dir;
    char *path;
    char *uri;
} MigrationSocket;

static MigrationSocket *migration_socket_new(void)
{
    MigrationSocket *m = g_new(MigrationSocket, 1);

    m->dir = g_dir_make_tmp("qvc-migrate-XXXXXX", NULL);
    m->path = g_strdup_printf("%s/sock", m->dir);
    m->uri = g_strdup_printf("unix:%s", m->path);
    return m;
}

static void migration_socket_free(MigrationSocket *m)
{
    unlink(m->path);
    rmdir(m->dir);
    g_free(m->dir);
    g_free(m->path);
    g_free(m->uri);
    g_free(m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC(MigrationSocket, migration_socket_free)

/* A destination for rig_migrate(), started with the same options */
static QTestState *rig_incoming(const char *backend, const char *device,
                                const char *uri)
{
    QTestState *to = qtest_initf("-machine pc -object "
                                 "cryptodev-backend-builtin,id=cd0%s "
                                 "-device virtio-crypto-pci,id=vc0,"
                                 "cryptodev=cd0,addr=%x.0%s%s%s "
                                 "-incoming defer", backend, SLOT, device,
                                 in_iothread ? ",iothread=io0" : "",
                                 in_iothread ? " -object iothread,id=io0"
                                             : "");

    migrate_incoming_qmp(to, uri, NULL, "{}");
    return to;
}

/* Migrate to @to; the test's view of the guest moves there */
static void rig_migrate(Rig *r, QTestState *to, const char *uri)
{
    QPCIBus *to_bus;

    migrate_qmp(r->qts, to, uri, NULL, "{}");
    wait_for_migration_complete(r->qts);
    qtest_qmp_eventwait(to, "RESUME");
    qtest_quit(r->qts);
    r->qts = to;
    r->q.qts = to;
    to_bus = qpci_new_pc(to, NULL);
    r->dev.pdev->bus = to_bus;
    qpci_free_pc(r->bus);
    r->bus = to_bus;
}

/* No answer is left in the first @queues data queues: none comes twice */
static void assert_no_more_answers(Rig *r, unsigned queues)
{
    unsigned i;

    qtest_qmp_assert_success(r->qts, "{'execute': 'query-status'}");
    for (i = 0; i < queues; i++) {
        g_assert_false(qvirtqueue_get_buf(r->qts, r->q.dataqs[i], NULL,
                                          NULL));
    }
}

/* Let the backend start @ops_per_s data requests a second (0: any) */
static void throttle(Rig *r, int ops_per_s)
{
    qtest_qmp_assert_success(r->qts, "{'execute': 'qom-set', 'arguments': "
                             "{'path': '/objects/cd0', 'property': "
                             "'throttle-ops', 'value': %d}}", ops_per_s);
}

static uint64_t cbc_session(Rig *r, uint32_t op)
{
    uint64_t id;

    g_assert_cmpuint(qvirtio_crypto_cipher_session(&r->q,
                         VIRTIO_CRYPTO_CIPHER_AES_CBC, op, rfc3602_key,
                         sizeof(rfc3602_key), &id), ==, VIRTIO_CRYPTO_OK);
    return id;
}

static void destroy_session(Rig *r, uint64_t id)
{
    g_assert_cmpuint(qvirtio_crypto_destroy_session(&r->q,
                         VIRTIO_CRYPTO_CIPHER_DESTROY_SESSION, id), ==,
                     VIRTIO_CRYPTO_OK);
}

/*
 * An AES-CBC request on @session of @len bytes: the RFC's IV, and a source
 * whose first 64 bytes (or fewer) are known; the rest are zeros
 */
static GByteArray *cbc_req(Rig *r, uint64_t session, bool encrypt,
                           size_t len)
{
    g_autofree uint8_t *src = g_malloc0(len);
    size_t i;

    for (i = 0; i < MIN(len, 64); i++) {
        src[i] = encrypt ? 0xa0 + i : rfc3602_cipher[i];
    }
    return qvirtio_crypto_cipher_req(&r->q,
                                     encrypt ? VIRTIO_CRYPTO_CIPHER_ENCRYPT
                                             : VIRTIO_CRYPTO_CIPHER_DECRYPT,
                                     session, 0, rfc3602_iv,
                                     sizeof(rfc3602_iv), src, len, len, len);
}

/* Post @req on @vq, for a result as long as its source */
static void post_req(Rig *r, QVirtQueue *vq, GByteArray *req, size_t len,
                     QVirtioCryptoPending *p)
{
    qvirtio_crypto_post(&r->q, vq, req->data, req->len, len + 1, p);
    g_byte_array_unref(req);
}

/* The length request @i of a test works on: 16, 32, 48 or 64 bytes */
static size_t len_of(unsigned i)
{
    return 16 * (1 + i % 4);
}

static void post_cbc(Rig *r, QVirtQueue *vq, uint64_t session, unsigned i,
                     QVirtioCryptoPending *p)
{
    post_req(r, vq, cbc_req(r, session, true, len_of(i)), len_of(i), p);
}

/* Request @i (of post_cbc) was answered once, with its known answer */
static void check_cbc(Rig *r, QVirtioCryptoPending *p, unsigned i)
{
    uint8_t in[65];
    size_t len = len_of(i);

    qvirtio_crypto_finish(&r->q, p, in);
    g_assert_cmpuint(p->used_len, ==, len + 1);
    g_assert_cmpuint(in[len], ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(in, len, rfc3602_cipher, len);
}

/* Post @n requests on @id, spread over the first @queues data queues */
static void post_all(Rig *r, uint64_t id, unsigned queues,
                     QVirtioCryptoPending *p, unsigned n)
{
    unsigned i;

    for (i = 0; i < n; i++) {
        post_cbc(r, r->q.dataqs[i % queues], id, i, &p[i]);
    }
}

/* Wait for all of @p: each answered once, with its known answer */
static void check_all(Rig *r, QVirtioCryptoPending *p, unsigned n)
{
    unsigned i;

    qvirtio_crypto_collect_all(&r->q, p, n);
    for (i = 0; i < n; i++) {
        check_cbc(r, &p[i], i);
    }
}

/*
 * A request of @len bytes (at least 64) on the thread pool, slow enough to
 * be in flight when a test acts: the plaintext starts as the RFC's, so the
 * first 64 bytes of the answer are known.
 */
static void post_big(Rig *r, QVirtQueue *vq, uint64_t session, size_t len,
                     QVirtioCryptoPending *p)
{
    post_req(r, vq, cbc_req(r, session, true, len), len, p);
}

/* A big request was answered once, OK, with the known first 64 bytes */
static void check_big(Rig *r, QVirtioCryptoPending *p)
{
    uint8_t head[64];
    size_t len = p->in_len - 1;

    g_assert_true(p->done);
    g_assert_cmpuint(p->used_len, ==, p->in_len);
    g_assert_cmpuint(qtest_readb(r->qts, p->in_addr + len), ==,
                     VIRTIO_CRYPTO_OK);
    qtest_memread(r->qts, p->in_addr, head, sizeof(head));
    g_assert_cmpmem(head, sizeof(head), rfc3602_cipher, sizeof(head));
    guest_free(&r->alloc, p->out_addr);
    guest_free(&r->alloc, p->in_addr);
}

/* The size of big request @i: 1 MiB, or 4 MiB for every fourth */
static size_t big_len(unsigned i)
{
    return (i % 4 == 3 ? 4 : 1) * 1024 * 1024;
}

/* Post @n big requests on @id over the first @queues data queues */
static void post_all_big(Rig *r, uint64_t id, unsigned queues,
                         QVirtioCryptoPending *p, unsigned n)
{
    unsigned i;

    for (i = 0; i < n; i++) {
        post_big(r, r->q.dataqs[i % queues], id, big_len(i), &p[i]);
    }
}

static void check_all_big(Rig *r, QVirtioCryptoPending *p, unsigned n)
{
    unsigned i;

    qvirtio_crypto_collect_all(&r->q, p, n);
    for (i = 0; i < n; i++) {
        check_big(r, &p[i]);
    }
}

/*
 * A device (with extra options @device) whose backend lets one data
 * request start every 0.2 s, and @n requests posted on one session
 */
static uint64_t start_held(Rig *r, const char *device,
                           QVirtioCryptoPending *p, unsigned n)
{
    uint64_t id;

    rig_start(r, "", device);
    id = cbc_session(r, VIRTIO_CRYPTO_OP_ENCRYPT);
    throttle(r, 5);
    post_all(r, id, 1, p, n);
    return id;
}

/* One request, waited for: status, and the result in @out */
static uint8_t run_cbc(Rig *r, uint64_t session, bool encrypt, uint8_t *out)
{
    g_autoptr(GByteArray) req = cbc_req(r, session, encrypt, 64);
    uint8_t in[65];

    qvirtio_crypto_submit(&r->q, r->q.dataq, req->data, req->len, in,
                          sizeof(in));
    memcpy(out, in, 64);
    return in[64];
}

/* Requests interleaved over four data queues each get their own answer */
static void test_queues_in_parallel(void)
{
    enum { N = 32 };
    QVirtioCryptoPending p[N];
    uint64_t id;
    Rig r;

    /* inline-limit=0: every request through the thread pool */
    rig_start(&r, ",queues=4,inline-limit=0", "");
    g_assert_cmpuint(r.q.num_dataqs, ==, 4);
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    post_all(&r, id, 4, p, N);
    check_all(&r, p, N);
    rig_quit(&r);
}

/* The control queue answers while data requests are held back */
static void test_ctrl_while_data_waits(void)
{
    enum { N = 6 };
    QVirtioCryptoPending p[N];
    uint64_t id;
    Rig r;

    id = start_held(&r, "", p, N);
    /* a second session, while the data requests wait their turn */
    g_assert_cmpuint(cbc_session(&r, VIRTIO_CRYPTO_OP_DECRYPT), !=, id);
    g_assert_cmpuint(qvirtio_crypto_collect(&r.q, r.q.dataq, p, N), <, N);
    check_all(&r, p, N);
    rig_quit(&r);
}

/* A reset answers what is in flight before the rings go, then forgets */
static void test_reset_in_flight(void)
{
    enum { N = 6 };
    QVirtioCryptoPending p[N];
    uint8_t out[64];
    uint64_t id;
    Rig r;

    id = start_held(&r, "", p, N);
    /* a QMP round trip lets the device take them all */
    qtest_qmp_assert_success(r.qts, "{'execute': 'query-status'}");
    qvirtio_reset(&r.dev.vdev);
    /* every request was answered before the reset completed */
    g_assert_cmpuint(qvirtio_crypto_collect(&r.q, r.q.dataq, p, N), ==, N);
    check_all(&r, p, N);
    throttle(&r, 0);

    /* the driver starts over: the old session is gone */
    qvirtio_crypto_stop(&r.q);
    qvirtio_start_device(&r.dev.vdev);
    r.q = qvirtio_crypto_start(r.qts, &r.dev.vdev, &r.alloc, 0);
    g_assert_cmpuint(run_cbc(&r, id, true, out), ==, VIRTIO_CRYPTO_INVSESS);
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    g_assert_cmpuint(run_cbc(&r, id, true, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, 64, rfc3602_cipher, 64);
    rig_quit(&r);
}

/*
 * Reset data queue @index as a driver does with VIRTIO_F_RING_RESET.  When
 * it reads 0 back, the reset is complete and the buffers are the driver's.
 */
static void queue_reset(Rig *r, uint16_t index)
{
    QVirtioPCIDevice *d = &r->dev;
    uint64_t cfg = d->common_cfg_offset;

    g_assert_true(d->vdev.features & (1ull << VIRTIO_F_RING_RESET));
    qpci_io_writew(d->pdev, d->bar, cfg + VIRTIO_PCI_COMMON_Q_SELECT, index);
    qpci_io_writew(d->pdev, d->bar, cfg + VIRTIO_PCI_COMMON_Q_RESET, 1);
    g_assert_cmpuint(qpci_io_readw(d->pdev, d->bar,
                                   cfg + VIRTIO_PCI_COMMON_Q_RESET), ==, 0);
}

/* The device-writable bytes of @p[@n], one after the other */
static GByteArray *read_results(Rig *r, QVirtioCryptoPending *p, unsigned n)
{
    GByteArray *b = g_byte_array_new();
    unsigned i;

    for (i = 0; i < n; i++) {
        g_autofree uint8_t *in = g_malloc(p[i].in_len);

        qtest_bufread(r->qts, p[i].in_addr, in, p[i].in_len);
        g_byte_array_append(b, in, p[i].in_len);
    }
    return b;
}

/*
 * Right after a queue reset: each of @p[@n] has its status, every request
 * the device took having been answered; @release lets held requests go,
 * and after a while not one byte of their buffers has changed.  An
 * IOThread takes a kick on its own time: a request it had not taken when
 * the reset came is untouched, and stays so.
 */
static void assert_answered_and_still(Rig *r, QVirtioCryptoPending *p,
                                      unsigned n, bool release,
                                      unsigned wait_ms)
{
    g_autoptr(GByteArray) before = NULL;
    g_autoptr(GByteArray) after = NULL;
    unsigned i;

    for (i = 0; i < n; i++) {
        uint8_t status = qtest_readb(r->qts, p[i].in_addr + p[i].in_len - 1);

        if (in_iothread && status == QVIRTIO_CRYPTO_FILL) {
            continue;
        }
        g_assert_cmpuint(status, ==, VIRTIO_CRYPTO_OK);
    }
    before = read_results(r, p, n);
    if (release) {
        throttle(r, 0);
    }
    g_usleep(wait_ms * 1000);
    qtest_qmp_assert_success(r->qts, "{'execute': 'query-status'}");
    after = read_results(r, p, n);
    g_assert_cmpmem(after->data, after->len, before->data, before->len);
}

/*
 * A queue reset answers the requests its queue holds before it completes;
 * nothing is written to their buffers after; the other queues go on.
 */
static void test_queue_reset_in_flight(void)
{
    enum { N = 6 };
    QVirtioPCIDevice *d;
    QVirtioCryptoPending p[N];
    uint8_t in[65];
    uint64_t id;
    g_autoptr(GByteArray) req = NULL;
    unsigned i;
    Rig r;

    rig_start(&r, ",queues=2", "");
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    throttle(&r, 5);
    post_all(&r, id, 1, p, N);
    qtest_qmp_assert_success(r.qts, "{'execute': 'query-status'}");
    queue_reset(&r, 0);
    assert_answered_and_still(&r, p, N, true, 500);
    /* with their known answers */
    for (i = 0; i < N; i++) {
        qtest_memread(r.qts, p[i].in_addr, in, len_of(i));
        g_assert_cmpmem(in, len_of(i), rfc3602_cipher, len_of(i));
    }
    /* the other data queue serves on */
    req = cbc_req(&r, id, true, 64);
    qvirtio_crypto_submit(&r.q, r.q.dataqs[1], req->data, req->len, in,
                          sizeof(in));
    g_assert_cmpuint(in[64], ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(in, 64, rfc3602_cipher, 64);

    /* the driver sets the queue up again, and it serves too */
    d = &r.dev;
    qvirtqueue_cleanup(d->vdev.bus, r.q.dataqs[0], &r.alloc);
    r.q.dataqs[0] = r.q.dataq = qvirtqueue_setup(&d->vdev, &r.alloc, 0);
    g_assert_cmpuint(run_cbc(&r, id, true, in), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(in, 64, rfc3602_cipher, 64);
    rig_quit(&r);
}

/*
 * The same on the thread pool, racing: large requests still running when
 * the reset comes are answered before it completes, not after.
 */
static void test_queue_reset_pool(void)
{
    enum { N = 4, TRIALS = 4 };
    QVirtioCryptoPending p[N];
    uint64_t id;
    unsigned t, i;
    Rig r;

    rig_start(&r, ",inline-limit=0", "");
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    for (t = 0; t < TRIALS; t++) {
        for (i = 0; i < N; i++) {
            /* 64 KiB each, then 4 MiB: still running at the reset */
            size_t len = (i + 1 < N ? 64 : 4096) * 1024;

            post_req(&r, r.q.dataq, cbc_req(&r, id, true, len), len, &p[i]);
        }
        queue_reset(&r, 0);
        assert_answered_and_still(&r, p, N, false, 50);
        for (i = 0; i < N; i++) {
            guest_free(&r.alloc, p[i].out_addr);
            guest_free(&r.alloc, p[i].in_addr);
        }
        qvirtqueue_cleanup(r.dev.vdev.bus, r.q.dataq, &r.alloc);
        r.q.dataqs[0] = r.q.dataq = qvirtqueue_setup(&r.dev.vdev, &r.alloc,
                                                     0);
    }
    rig_quit(&r);
}

/* Stopping the VM drains; nothing runs while stopped; all done after */
static void test_stop_in_flight(void)
{
    enum { N = 6 };
    QVirtioCryptoPending p[N];
    unsigned done;
    Rig r;

    start_held(&r, ",max-inflight=2", p, N);
    qtest_qmp_assert_success(r.qts, "{'execute': 'stop'}");
    done = qvirtio_crypto_collect(&r.q, r.q.dataq, p, N);
    /* two at a time, 0.2 s each: the stop came before the end */
    g_assert_cmpuint(done, <, N);
    g_usleep(500 * 1000);
    g_assert_cmpuint(qvirtio_crypto_collect(&r.q, r.q.dataq, p, N), ==, done);

    qtest_qmp_assert_success(r.qts, "{'execute': 'cont'}");
    check_all(&r, p, N);
    rig_quit(&r);
}

/* Hot-unplug answers what is in flight; the backend is free again after */
static void test_unplug_in_flight(void)
{
    enum { N = 6 };
    QVirtioCryptoPending p[N];
    Rig r;
    QDict *resp;

    start_held(&r, "", p, N);
    qtest_qmp_assert_success(r.qts, "{'execute': 'query-status'}");
    /* the backend of a device cannot be deleted */
    resp = qtest_qmp(r.qts, "{'execute': 'object-del', "
                     "'arguments': {'id': 'cd0'}}");
    g_assert_true(qdict_haskey(resp, "error"));
    qobject_unref(resp);

    qpci_unplug_acpi_device_test(r.qts, "vc0", SLOT);
    g_assert_cmpuint(qvirtio_crypto_collect(&r.q, r.q.dataq, p, N), ==, N);
    check_all(&r, p, N);
    /* a new device can take the backend */
    qtest_qmp_device_add(r.qts, "virtio-crypto-pci", "vc1",
                         "{'cryptodev': 'cd0', 'addr': '5.0'}");
    rig_quit(&r);
}

/*
 * Migration with live sessions and requests in flight: each request is
 * answered exactly once, correctly, and the sessions go on working.
 */
static void test_migrate_in_flight(void)
{
    enum { N = 8 };
    g_autoptr(MigrationSocket) m = migration_socket_new();
    QVirtioCryptoPending p[N];
    uint64_t enc, dec, gone, fresh;
    uint8_t out[64];
    QTestState *to;
    Rig r;
    unsigned i;

    rig_start(&r, ",queues=2", ",max-inflight=2");
    enc = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    /* a destroyed session's slot is reused, under a new id */
    gone = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    destroy_session(&r, gone);
    dec = cbc_session(&r, VIRTIO_CRYPTO_OP_DECRYPT);
    g_assert_cmpuint(dec, !=, gone);

    to = rig_incoming(",queues=2", ",max-inflight=2", m->uri);
    throttle(&r, 5);
    post_all(&r, enc, 2, p, N);
    rig_migrate(&r, to, m->uri);
    check_all(&r, p, N);
    assert_no_more_answers(&r, 2);

    /* the sessions made before migration work after it */
    g_assert_cmpuint(run_cbc(&r, enc, true, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, 64, rfc3602_cipher, 64);
    g_assert_cmpuint(run_cbc(&r, dec, false, out), ==, VIRTIO_CRYPTO_OK);
    for (i = 0; i < 64; i++) {
        g_assert_cmpuint(out[i], ==, 0xa0 + i);
    }
    g_assert_cmpuint(run_cbc(&r, gone, true, out), ==, VIRTIO_CRYPTO_INVSESS);
    fresh = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    g_assert_cmpuint(fresh, !=, enc);
    g_assert_cmpuint(fresh, !=, dec);
    g_assert_cmpuint(fresh, !=, gone);
    rig_quit(&r);
}

/* A backend whose sessions the device cannot make again blocks migration */
static void test_migration_blocked(void)
{
    QTestState *qts = qtest_init("-machine pc -object cryptodev-backend-lkcf,"
                                 "id=cd0 -device virtio-crypto-pci,"
                                 "cryptodev=cd0");
    QDict *resp = qtest_qmp(qts, "{'execute': 'migrate', 'arguments': "
                            "{'uri': 'unix:/nonexistent'}}");
    const char *desc;

    g_assert_true(qdict_haskey(resp, "error"));
    desc = qdict_get_str(qdict_get_qdict(resp, "error"), "desc");
    g_assert_nonnull(strstr(desc, "'cd0' cannot re-create sessions"));
    g_assert_nonnull(strstr(desc, "cannot be migrated"));
    qobject_unref(resp);
    qtest_quit(qts);
}

/*
 * With an IOThread.  Throttling, which holds requests back above, is
 * refused there; big requests on the thread pool are what is in flight.
 */

/* The requests of @p[@n] that were answered are right; the others stay */
static unsigned check_answered_still(Rig *r, QVirtioCryptoPending *p,
                                     unsigned n)
{
    g_autoptr(GByteArray) before = NULL;
    g_autoptr(GByteArray) after = NULL;
    unsigned i, done;

    done = qvirtio_crypto_collect(&r->q, r->q.dataq, p, n);
    before = read_results(r, p, n);
    g_usleep(200 * 1000);
    qtest_qmp_assert_success(r->qts, "{'execute': 'query-status'}");
    g_assert_cmpuint(qvirtio_crypto_collect(&r->q, r->q.dataq, p, n), ==,
                     done);
    after = read_results(r, p, n);
    g_assert_cmpmem(after->data, after->len, before->data, before->len);
    for (i = 0; i < n; i++) {
        if (p[i].done) {
            check_big(r, &p[i]);
        }
    }
    return done;
}

/* A reset: what was answered is right, and nothing is written after it */
static void test_iothread_reset_in_flight(void)
{
    enum { N = 8 };
    QVirtioCryptoPending p[N];
    uint8_t out[64];
    uint64_t id;
    Rig r;

    rig_start(&r, ",inline-limit=0", "");
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    post_all_big(&r, id, 1, p, N);
    qvirtio_reset(&r.dev.vdev);
    check_answered_still(&r, p, N);

    qvirtio_crypto_stop(&r.q);
    qvirtio_start_device(&r.dev.vdev);
    r.q = qvirtio_crypto_start(r.qts, &r.dev.vdev, &r.alloc, 0);
    g_assert_cmpuint(run_cbc(&r, id, true, out), ==, VIRTIO_CRYPTO_INVSESS);
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    g_assert_cmpuint(run_cbc(&r, id, true, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, 64, rfc3602_cipher, 64);
    rig_quit(&r);
}

/* A stop: nothing moves while stopped; everything is answered after */
static void test_iothread_stop_in_flight(void)
{
    enum { N = 8 };
    QVirtioCryptoPending p[N];
    unsigned i, done;
    uint64_t id;
    Rig r;

    rig_start(&r, ",inline-limit=0", ",max-inflight=2");
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    post_all_big(&r, id, 1, p, N);
    qtest_qmp_assert_success(r.qts, "{'execute': 'stop'}");
    done = qvirtio_crypto_collect(&r.q, r.q.dataq, p, N);
    g_usleep(200 * 1000);
    g_assert_cmpuint(qvirtio_crypto_collect(&r.q, r.q.dataq, p, N), ==, done);
    qtest_qmp_assert_success(r.qts, "{'execute': 'cont'}");
    check_all_big(&r, p, N);
    for (i = 0; i < N; i++) {
        g_assert_true(p[i].done);
    }
    rig_quit(&r);
}

/* Hot-unplug: what was answered is right; the backend serves again */
static void test_iothread_unplug_in_flight(void)
{
    enum { N = 8 };
    QVirtioCryptoPending p[N];
    uint64_t id;
    Rig r;

    rig_start(&r, ",inline-limit=0", "");
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    post_all_big(&r, id, 1, p, N);
    qpci_unplug_acpi_device_test(r.qts, "vc0", SLOT);
    check_answered_still(&r, p, N);
    qtest_qmp_device_add(r.qts, "virtio-crypto-pci", "vc1",
                         "{'cryptodev': 'cd0', 'addr': '5.0', "
                         "'iothread': 'io0'}");
    rig_quit(&r);
}

/* Migration: every request answered once, right, on one side or the other */
static void test_iothread_migrate_in_flight(void)
{
    enum { N = 8 };
    g_autoptr(MigrationSocket) m = migration_socket_new();
    QVirtioCryptoPending p[N];
    uint8_t out[64];
    uint64_t id;
    QTestState *to;
    Rig r;

    rig_start(&r, ",queues=2,inline-limit=0", ",max-inflight=2");
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    to = rig_incoming(",queues=2,inline-limit=0", ",max-inflight=2", m->uri);
    post_all_big(&r, id, 2, p, N);
    rig_migrate(&r, to, m->uri);
    check_all_big(&r, p, N);
    assert_no_more_answers(&r, 2);
    g_assert_cmpuint(run_cbc(&r, id, true, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, 64, rfc3602_cipher, 64);
    rig_quit(&r);
}

/*
 * A request whose device-writable buffer is the device's own status
 * register: it is not answered there (the write would reset the device
 * from under the thread that makes it); the device asks for a reset, and
 * serves again after one.
 */
static void test_answer_into_registers(void)
{
    QVirtioDevice *vdev;
    uint64_t status_reg, out_addr;
    gint64 deadline;
    uint8_t out[64];
    uint64_t id;
    g_autoptr(GByteArray) req = NULL;
    uint32_t head;
    Rig r;

    rig_start(&r, "", "");
    vdev = &r.dev.vdev;
    g_assert_false(r.dev.bar.is_io);
    status_reg = r.dev.bar.addr + r.dev.common_cfg_offset +
                 VIRTIO_PCI_COMMON_STATUS;
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);

    req = cbc_req(&r, id, true, 16);
    out_addr = guest_alloc(&r.alloc, req->len);
    qtest_bufwrite(r.qts, out_addr, req->data, req->len);
    head = qvirtqueue_add(r.qts, r.q.dataq, out_addr, req->len, false, true);
    qvirtqueue_add(r.qts, r.q.dataq, status_reg, 1, true, false);
    qvirtqueue_kick(r.qts, vdev, r.q.dataq, head);

    deadline = g_get_monotonic_time() + 10 * G_USEC_PER_SEC;
    while (!(vdev->bus->get_status(vdev) & VIRTIO_CONFIG_S_NEEDS_RESET)) {
        g_assert_cmpint(g_get_monotonic_time(), <, deadline);
        g_usleep(1000);
    }
    g_assert_true(vdev->bus->get_status(vdev) & VIRTIO_CONFIG_S_DRIVER_OK);
    g_assert_false(qvirtqueue_get_buf(r.qts, r.q.dataq, NULL, NULL));

    /* the driver starts over */
    qvirtio_crypto_stop(&r.q);
    qvirtio_reset(vdev);
    qvirtio_start_device(vdev);
    r.q = qvirtio_crypto_start(r.qts, vdev, &r.alloc, 0);
    id = cbc_session(&r, VIRTIO_CRYPTO_OP_ENCRYPT);
    g_assert_cmpuint(run_cbc(&r, id, true, out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, 64, rfc3602_cipher, 64);
    guest_free(&r.alloc, out_addr);
    rig_quit(&r);
}

/* What cannot serve an IOThread is refused at device_add, and says why */
static void test_iothread_refused(void)
{
    static const struct {
        const char *objects;
        const char *error;
    } cases[] = {
        { "-object cryptodev-backend-lkcf,id=cd0",
          "cryptodev 'cd0' cannot serve requests from an iothread; use "
          "cryptodev-backend-builtin" },
        { "-object cryptodev-backend-builtin,id=cd0,throttle-ops=10",
          "cryptodev 'cd0' is throttled; throttling does not work with an "
          "iothread" },
    };
    unsigned i;

    for (i = 0; i < G_N_ELEMENTS(cases); i++) {
        QTestState *qts = qtest_initf("-machine pc %s -object iothread,"
                                      "id=io0", cases[i].objects);
        QDict *resp = qtest_qmp(qts, "{'execute': 'device_add', "
                                "'arguments': {'driver': "
                                "'virtio-crypto-pci', 'cryptodev': 'cd0', "
                                "'iothread': 'io0'}}");

        g_assert_cmpstr(qdict_get_str(qdict_get_qdict(resp, "error"),
                                      "desc"), ==, cases[i].error);
        qobject_unref(resp);
        /* the backend is free: a device in the main loop takes it */
        qtest_qmp_device_add(qts, "virtio-crypto-pci", "vc0",
                             "{'cryptodev': 'cd0'}");
        qtest_quit(qts);
    }
}

typedef struct TestMode {
    GTestFunc fn;
    bool iothread;
} TestMode;

static void run_in_mode(const void *data)
{
    const TestMode *t = data;

    in_iothread = t->iothread;
    t->fn();
}

/* Add @fn as /virtio-crypto/lifecycle/[iothread/]@name */
static void add_test(const char *name, GTestFunc fn, bool iothread)
{
    g_autofree char *path = g_strdup_printf("/virtio-crypto/lifecycle/%s%s",
                                            iothread ? "iothread/" : "",
                                            name);
    TestMode *t = g_new(TestMode, 1);

    *t = (TestMode) { .fn = fn, .iothread = iothread };
    qtest_add_data_func_full(path, t, run_in_mode, g_free);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    add_test("queues-in-parallel", test_queues_in_parallel, false);
    add_test("queues-in-parallel", test_queues_in_parallel, true);
    add_test("queue-reset-pool", test_queue_reset_pool, false);
    add_test("queue-reset-pool", test_queue_reset_pool, true);
    add_test("reset-in-flight", test_iothread_reset_in_flight, true);
    add_test("stop-in-flight", test_iothread_stop_in_flight, true);
    add_test("unplug-in-flight", test_iothread_unplug_in_flight, true);
    add_test("migrate-in-flight", test_iothread_migrate_in_flight, true);
    add_test("refused", test_iothread_refused, true);
    add_test("answer-into-registers", test_answer_into_registers, true);
    add_test("ctrl-while-data-waits", test_ctrl_while_data_waits, false);
    add_test("reset-in-flight", test_reset_in_flight, false);
    add_test("queue-reset-in-flight", test_queue_reset_in_flight, false);
    add_test("stop-in-flight", test_stop_in_flight, false);
    add_test("unplug-in-flight", test_unplug_in_flight, false);
    add_test("migrate-in-flight", test_migrate_in_flight, false);
    add_test("migration-blocked", test_migration_blocked, false);
    return g_test_run();
}
