/*
 * Virtqueue-level fuzzer for virtio-crypto
 *
 * A test driver that replays the requests the other qtests send (their
 * traces, recorded with QVIRTIO_CRYPTO_RECORD; see libqos/virtio-crypto.h)
 * to a real device, mutated: fields set to boundary values, bytes flipped,
 * requests cut short or grown, the writable part resized, the parts split
 * over several descriptors, direct or in indirect tables, descriptors of
 * length 0, in the wrong order or outside guest memory, malformed indirect
 * tables and chains that loop, session ids of other sessions, resets of a
 * queue or of the device in between.  The recorded requests cover every
 * service, algorithm and request form, so mutations reach the backend, not
 * only the parser.
 *
 * What must hold, whatever the guest sends:
 * - QEMU does not crash, assert or report a sanitizer error;
 * - every request is answered, or the device says it needs a reset;
 * - the used length is at most the writable bytes the request gave, and
 *   the status the device wrote is one the specification defines;
 * - the device writes nothing outside the writable buffers, and nothing
 *   into the readable ones;
 * - a trace replayed unmutated on a fresh device gets the answers it got
 *   when it was recorded.
 *
 * Environment: QVC_FUZZ_CORPUS (the traces' directory; the test is skipped
 * without it), QVC_FUZZ_SECONDS (default 30), QVC_FUZZ_SEED (default: from
 * the clock; printed, so a finding can be replayed).
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/cutils.h"
#include "libqtest.h"
#include "libqos/pci-pc.h"
#include "libqos/malloc-pc.h"
#include "libqos/virtio.h"
#include "libqos/virtio-pci.h"
#include "libqos/virtio-crypto.h"
#include "standard-headers/linux/virtio_config.h"
#include "standard-headers/linux/virtio_ring.h"
#include "standard-headers/linux/virtio_pci.h"
#include "hw/virtio/virtio-crypto-layouts.h"

#define SLOT 4
/* Bytes of guard around each buffer, which the device must not touch */
#define GUARD 16
/* The most descriptors one request is split into, per direction */
#define MAX_PIECES 4
/* How long an answer may take before the request counts as lost */
#define ANSWER_TIMEOUT_US (20 * 1000 * 1000)

/* One recorded request and the answer it got */
typedef struct Record {
    bool ctrl;
    GByteArray *out;
    GByteArray *answer;
} Record;

typedef struct Trace {
    char *name;
    uint64_t features;
    GPtrArray *records;
    size_t bytes;               /* of all its requests and answers */
} Trace;

/* Requests this large are sent now and then only: they are slow to send */
#define LARGE_RECORD (16 * 1024)
/* Traces this large are not replayed unmutated: they would take long */
#define LARGE_TRACE (1024 * 1024)

/* A buffer of the guest's, with its guards */
typedef struct Piece {
    uint64_t addr;              /* of the guard before the data */
    uint32_t len;
    bool write;
    uint8_t guard;              /* the guard's byte */
    const uint8_t *data;        /* readable: what was written there */
} Piece;

typedef struct Stats {
    uint64_t requests, answered, mutated, exact_replays, broken;
    uint64_t device_resets, queue_resets, restarts;
    uint64_t status[VIRTIO_CRYPTO_KEY_REJECTED + 1];
    uint64_t ok_by_service[VIRTIO_CRYPTO_SERVICE_AKCIPHER + 1];
} Stats;

typedef struct Fuzz {
    GRand *rand;
    GPtrArray *traces;
    QTestState *qts;
    QGuestAllocator alloc;
    QPCIBus *bus;
    QVirtioPCIDevice dev;
    QVirtioCryptoQueues q;
    uint64_t features;
    GHashTable *ids;            /* recorded session id -> the live one */
    Stats st;
} Fuzz;

static uint32_t rnd(Fuzz *f, uint32_t n)
{
    return n ? g_rand_int_range(f->rand, 0, n) : 0;
}

static bool chance(Fuzz *f, uint32_t one_in)
{
    return rnd(f, one_in) == 0;
}

/* Corpus */

static bool take(const uint8_t **p, const uint8_t *end, void *dst, size_t n)
{
    if (end - *p < n) {
        return false;
    }
    memcpy(dst, *p, n);
    *p += n;
    return true;
}

static void record_free(gpointer p)
{
    Record *r = p;

    g_byte_array_unref(r->out);
    g_byte_array_unref(r->answer);
    g_free(r);
}

static void trace_free(gpointer p)
{
    Trace *t = p;

    g_ptr_array_unref(t->records);
    g_free(t->name);
    g_free(t);
}

static Trace *trace_load(const char *path)
{
    g_autofree uint8_t *buf = NULL;
    const uint8_t *p, *end;
    char magic[8];
    size_t len;
    Trace *t;

    if (!g_file_get_contents(path, (char **)&buf, &len, NULL)) {
        return NULL;
    }
    p = buf;
    end = buf + len;
    t = g_new0(Trace, 1);
    t->name = g_path_get_basename(path);
    t->records = g_ptr_array_new_with_free_func(record_free);
    if (!take(&p, end, magic, 8) || memcmp(magic, QVIRTIO_CRYPTO_TRACE_MAGIC,
                                           8) ||
        !take(&p, end, &t->features, 8)) {
        g_test_message("%s: not a trace", path);
        return t;
    }
    t->features = le64_to_cpu(t->features);
    for (;;) {
        uint8_t ctrl;
        uint32_t lens[2];
        Record *r;

        if (!take(&p, end, &ctrl, 1) || !take(&p, end, lens, sizeof(lens)) ||
            end - p < (uint64_t)le32_to_cpu(lens[0]) + le32_to_cpu(lens[1])) {
            break;
        }
        r = g_new0(Record, 1);
        r->ctrl = ctrl;
        r->out = g_byte_array_new();
        r->answer = g_byte_array_new();
        g_byte_array_append(r->out, p, le32_to_cpu(lens[0]));
        p += le32_to_cpu(lens[0]);
        g_byte_array_append(r->answer, p, le32_to_cpu(lens[1]));
        p += le32_to_cpu(lens[1]);
        t->bytes += r->out->len + r->answer->len;
        g_ptr_array_add(t->records, r);
    }
    return t;
}

static GPtrArray *corpus_load(const char *dir)
{
    GPtrArray *traces = g_ptr_array_new_with_free_func(trace_free);
    g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
    const char *name;

    while (d && (name = g_dir_read_name(d))) {
        g_autofree char *path = g_build_filename(dir, name, NULL);
        Trace *t = trace_load(path);

        if (t && t->records->len) {
            g_ptr_array_add(traces, t);
        } else if (t) {
            trace_free(t);
        }
    }
    return traces;
}

/* The QEMU under test */

static void qemu_start(Fuzz *f)
{
    static const char *const backend_opts[] = {
        "", ",queues=2", ",inline-limit=0", ",queues=2,inline-limit=0",
    };
    static const char *const device_opts[] = {
        "", ",max-inflight=1", ",max-sessions=4",
    };
    QPCIAddress addr = { .devfn = QPCI_DEVFN(SLOT, 0) };
    unsigned b = rnd(f, ARRAY_SIZE(backend_opts));
    unsigned d = rnd(f, ARRAY_SIZE(device_opts));

    g_test_message("starting QEMU: backend '%s', device '%s'",
                   backend_opts[b], device_opts[d]);
    f->qts = qtest_initf("-machine pc -object cryptodev-backend-builtin,"
                         "id=cd0%s -device virtio-crypto-pci,id=vc0,"
                         "cryptodev=cd0,addr=%x.0%s", backend_opts[b], SLOT,
                         device_opts[d]);
    pc_alloc_init(&f->alloc, f->qts, ALLOC_NO_FLAGS);
    f->bus = qpci_new_pc(f->qts, NULL);
    virtio_pci_init(&f->dev, f->bus, &addr);
    qvirtio_pci_start_hw(&f->dev.obj);
    f->q = qvirtio_crypto_start(f->qts, &f->dev.vdev, &f->alloc, 0);
    f->features = 0;
    f->st.restarts++;
}

static void qemu_quit(Fuzz *f)
{
    if (f->qts) {
        qvirtio_crypto_stop(&f->q);
        f->dev.obj.destructor(&f->dev.obj);
        qpci_free_pc(f->bus);
        alloc_destroy(&f->alloc);
        qtest_quit(f->qts);
        f->qts = NULL;
    }
}

/*
 * Reset the device and negotiate @features, and now and then indirect
 * descriptors: a fresh device, no sessions
 */
static void device_restart(Fuzz *f, uint64_t features)
{
    if (chance(f, 2)) {
        features |= 1ull << VIRTIO_RING_F_INDIRECT_DESC;
    }
    qvirtio_crypto_stop(&f->q);
    qvirtio_reset(&f->dev.vdev);
    qvirtio_start_device(&f->dev.vdev);
    f->q = qvirtio_crypto_start(f->qts, &f->dev.vdev, &f->alloc, features);
    f->features = features;
    g_hash_table_remove_all(f->ids);
    f->st.device_resets++;
}

static bool device_broken(Fuzz *f)
{
    return f->dev.vdev.bus->get_status(&f->dev.vdev) &
           VIRTIO_CONFIG_S_NEEDS_RESET;
}

/* Reset data queue @index with VIRTIO_F_RING_RESET, then set it up again */
static void queue_restart(Fuzz *f, uint16_t index)
{
    QVirtioPCIDevice *d = &f->dev;
    uint64_t cfg = d->common_cfg_offset;

    if (!(d->vdev.features & (1ull << VIRTIO_F_RING_RESET))) {
        return;
    }
    qpci_io_writew(d->pdev, d->bar, cfg + VIRTIO_PCI_COMMON_Q_SELECT, index);
    qpci_io_writew(d->pdev, d->bar, cfg + VIRTIO_PCI_COMMON_Q_RESET, 1);
    g_assert_cmpuint(qpci_io_readw(d->pdev, d->bar,
                                   cfg + VIRTIO_PCI_COMMON_Q_RESET), ==, 0);
    qvirtqueue_cleanup(d->vdev.bus, f->q.dataqs[index], &f->alloc);
    f->q.dataqs[index] = qvirtqueue_setup(&d->vdev, &f->alloc, index);
    f->q.dataq = f->q.dataqs[0];
    f->st.queue_resets++;
}

/* Mutations */

static uint32_t interesting_u32(Fuzz *f)
{
    static const uint32_t v[] = {
        0, 1, 2, 7, 8, 12, 15, 16, 17, 20, 31, 32, 33, 48, 63, 64, 65, 127,
        128, 255, 256, 511, 512, 1024, 4095, 4096, 4097, 65535, 65536,
        65537, 1 << 20, 16 << 20, (16 << 20) + 1, 0x7fffffff, 0x80000000,
        0xfffffff0, 0xfffffffe, 0xffffffff,
    };

    return chance(f, 8) ? g_rand_int(f->rand) : v[rnd(f, ARRAY_SIZE(v))];
}

/*
 * Change @out (the readable bytes) or *@in_len (the writable length) the
 * way a careless or hostile driver would.  Most changes hit the header and
 * the fixed part, where the lengths are.
 */
static void mutate(Fuzz *f, GByteArray *out, uint32_t *in_len)
{
    unsigned n = 1 + rnd(f, 3);
    uint32_t v, off;

    while (n--) {
        uint32_t head = MIN(out->len, 96);

        switch (rnd(f, 8)) {
        case 0:
        case 1:
        case 2:
            /* a length, algorithm or opcode field set to a boundary */
            if (head >= 4) {
                off = rnd(f, head / 4) * 4;
                v = cpu_to_le32(interesting_u32(f));
                memcpy(out->data + off, &v, 4);
            }
            break;
        case 3:
            if (out->len) {
                off = chance(f, 2) ? rnd(f, head) : rnd(f, out->len);
                out->data[off] ^= 1 << rnd(f, 8);
            }
            break;
        case 4:
            g_byte_array_set_size(out, rnd(f, out->len + 1));
            break;
        case 5: {
            uint32_t grow = 1 + rnd(f, chance(f, 4) ? 4096 : 64);
            uint32_t old = out->len;

            g_byte_array_set_size(out, old + grow);
            for (off = old; off < out->len; off++) {
                out->data[off] = g_rand_int(f->rand);
            }
            break;
        }
        case 6: {
            static const uint32_t lens[] = { 0, 1, 2, 8, 15, 16, 17, 65 };

            *in_len = chance(f, 2) ? lens[rnd(f, ARRAY_SIZE(lens))]
                                   : rnd(f, *in_len * 2 + 2);
            break;
        }
        default:
            /* the session id of a data request: another session's */
            if (out->len >= 16) {
                uint64_t id = chance(f, 2) ? g_rand_int(f->rand)
                                           : (uint64_t)rnd(f, 4) << 32 |
                                             rnd(f, 8);

                id = cpu_to_le64(id);
                memcpy(out->data + 8, &id, 8);
            }
            break;
        }
    }
}

/* Requests */

/*
 * Split @len bytes into at most MAX_PIECES pieces, some of length 0 when
 * @hostile; returns how many
 */
static unsigned split(Fuzz *f, uint32_t len, uint32_t *lens, bool hostile)
{
    unsigned n = chance(f, 2) ? 1 : MIN(1 + rnd(f, MAX_PIECES), MAX(len, 1));
    unsigned i;

    for (i = 0; i + 1 < n; i++) {
        /* at least a byte for each piece to come */
        lens[i] = hostile && chance(f, 16) ? 0 : 1 + rnd(f, len - (n - 1 - i));
        len -= lens[i];
    }
    lens[n - 1] = len;
    return n;
}

static void piece_alloc(Fuzz *f, Piece *p, const uint8_t *data, uint32_t len,
                        bool write)
{
    g_autofree uint8_t *buf = g_malloc(len + 2 * GUARD);

    p->len = len;
    p->write = write;
    p->guard = g_rand_int(f->rand);
    p->data = data;
    p->addr = guest_alloc(&f->alloc, len + 2 * GUARD);
    memset(buf, p->guard, len + 2 * GUARD);
    if (write) {
        memset(buf + GUARD, 0xa5, len);
    } else {
        memcpy(buf + GUARD, data, len);
    }
    qtest_bufwrite(f->qts, p->addr, buf, len + 2 * GUARD);
}

/*
 * The device wrote nothing outside @p's writable bytes; read those into
 * @answer.
 */
static void piece_check(Fuzz *f, Piece *p, GByteArray *answer)
{
    g_autofree uint8_t *buf = g_malloc(p->len + 2 * GUARD);
    uint32_t i;

    qtest_bufread(f->qts, p->addr, buf, p->len + 2 * GUARD);
    for (i = 0; i < GUARD; i++) {
        g_assert_cmphex(buf[i], ==, p->guard);
        g_assert_cmphex(buf[GUARD + p->len + i], ==, p->guard);
    }
    if (p->write) {
        g_byte_array_append(answer, buf + GUARD, p->len);
    } else {
        g_assert_cmpmem(buf + GUARD, p->len, p->data, p->len);
    }
}

/* What a hostile driver does to a request's descriptors */
typedef enum Abuse {
    ABUSE_NONE,
    ABUSE_OUTSIDE,              /* the last buffer is beyond guest memory */
    ABUSE_ORDER,                /* a writable buffer before a readable one */
    ABUSE_TABLE_LEN,            /* an indirect table not of whole entries */
    ABUSE_LOOP,                 /* the last descriptor leads to the first */
    ABUSE_NESTED,               /* an indirect table in an indirect table */
    ABUSE_NEXT,                 /* a next index past the table */
    ABUSE__MAX
} Abuse;

static void desc_put(uint8_t *d, uint64_t addr, uint32_t len, uint16_t flags,
                     uint16_t next)
{
    stq_le_p(d, addr);
    stl_le_p(d + 8, len);
    stw_le_p(d + 12, flags);
    stw_le_p(d + 14, next);
}

/* One request in flight */
typedef struct Req {
    QVirtQueue *vq;
    uint32_t head;
    Piece pieces[2 * MAX_PIECES];
    unsigned n;
    uint64_t table;             /* its indirect table, or 0 */
    uint32_t in_len;
    bool ctrl;
    Abuse abuse;                /* if any, its answer is not checked */
    bool done;
    uint32_t used_len;
} Req;

/*
 * The descriptors of @r's pieces, @n entries of 16 bytes in @d, linked
 * from @first on (a ring index, or 0 in an indirect table of @size)
 */
static void descs_build(Fuzz *f, const Req *r, uint8_t *d, uint32_t first,
                        uint32_t size)
{
    unsigned i;

    for (i = 0; i < r->n; i++) {
        const Piece *p = &r->pieces[i];
        uint64_t addr = p->addr + GUARD;
        uint16_t next = (first + i + 1) % size;
        uint16_t flags = (p->write ? VRING_DESC_F_WRITE : 0) |
                         (i + 1 < r->n ? VRING_DESC_F_NEXT : 0);
        bool last = i + 1 == r->n;

        if (last && r->abuse == ABUSE_OUTSIDE) {
            /*
             * QEMU maps it, if at all, through a bounce buffer, and what
             * the device writes there is lost
             */
            addr = 0xfff0000000ull + rnd(f, 4096);
        } else if (last && r->abuse == ABUSE_LOOP) {
            flags |= VRING_DESC_F_NEXT;
            next = first;
        } else if (last && r->abuse == ABUSE_NESTED) {
            flags |= VRING_DESC_F_INDIRECT;
        } else if (i == 0 && r->n > 1 && r->abuse == ABUSE_NEXT) {
            next = size + rnd(f, 0x10000 - size);
        }
        desc_put(d + 16 * i, addr, p->len, flags, next);
    }
}

/* Write @r's descriptors, direct or through an indirect table; kick */
static void descs_add(Fuzz *f, Req *r, bool indirect)
{
    QVirtQueue *vq = r->vq;
    uint32_t head = vq->free_head % vq->size;
    g_autofree uint8_t *d = g_malloc(16 * r->n);

    if (indirect) {
        uint8_t ring_desc[16];
        uint32_t table_len = 16 * r->n;

        r->table = guest_alloc(&f->alloc, table_len);
        descs_build(f, r, d, 0, r->n);
        qtest_bufwrite(f->qts, r->table, d, table_len);
        if (r->abuse == ABUSE_TABLE_LEN) {
            table_len = rnd(f, 2) ? 0 : table_len - 1 - rnd(f, 15);
        }
        desc_put(ring_desc, r->table, table_len, VRING_DESC_F_INDIRECT, 0);
        qtest_bufwrite(f->qts, vq->desc + 16 * head, ring_desc, 16);
        vq->free_head = (head + 1) % vq->size;
    } else {
        uint32_t first_part = MIN(r->n, vq->size - head);

        descs_build(f, r, d, head, vq->size);
        /* the ring's descriptors wrap around at its end */
        qtest_bufwrite(f->qts, vq->desc + 16 * head, d, 16 * first_part);
        if (first_part < r->n) {
            qtest_bufwrite(f->qts, vq->desc, d + 16 * first_part,
                           16 * (r->n - first_part));
        }
        vq->free_head = (head + r->n) % vq->size;
    }
    r->head = head;
    qvirtqueue_kick(f->qts, &f->dev.vdev, vq, head);
}

/* Post a request; only a @mutated one may abuse its descriptors */
static void req_post(Fuzz *f, Req *r, QVirtQueue *vq, const GByteArray *out,
                     uint32_t in_len, bool mutated)
{
    uint32_t lens[MAX_PIECES];
    unsigned i, n, off = 0;
    bool indirect = f->dev.vdev.features &
                    (1ull << VIRTIO_RING_F_INDIRECT_DESC) && chance(f, 4);

    *r = (Req) { .vq = vq, .in_len = in_len, .ctrl = vq == f->q.ctrlq };
    if (mutated && chance(f, 50)) {
        r->abuse = 1 + rnd(f, ABUSE__MAX - 1);
        /* some abuses are of indirect tables */
        indirect |= r->abuse == ABUSE_TABLE_LEN || r->abuse == ABUSE_NESTED;
    }
    n = split(f, out->len, lens, mutated);
    for (i = 0; i < n; off += lens[i], i++) {
        piece_alloc(f, &r->pieces[r->n++], out->data + off, lens[i], false);
    }
    n = split(f, in_len, lens, mutated);
    for (i = 0; i < n; i++) {
        piece_alloc(f, &r->pieces[r->n++], NULL, lens[i], true);
    }
    if (r->abuse == ABUSE_ORDER && r->n > 1) {
        Piece tmp = r->pieces[0];

        r->pieces[0] = r->pieces[r->n - 1];
        r->pieces[r->n - 1] = tmp;
    }
    descs_add(f, r, indirect);
    f->st.requests++;
}

/* The driver has the request's memory back */
static void req_free(Fuzz *f, Req *r)
{
    unsigned i;

    for (i = 0; i < r->n; i++) {
        guest_free(&f->alloc, r->pieces[i].addr);
    }
    if (r->table) {
        guest_free(&f->alloc, r->table);
    }
}

/*
 * Wait until every one of @r[@n] is answered; false when the device broke
 * instead (what it held is then abandoned, and the device reset).
 */
static bool req_wait(Fuzz *f, Req *r, unsigned n)
{
    gint64 deadline = g_get_monotonic_time() + ANSWER_TIMEOUT_US;
    unsigned i, done = 0;
    uint32_t head, len;

    while (done < n) {
        bool got = false;

        for (i = 0; i < n; i++) {
            while (!r[i].done &&
                   qvirtqueue_get_buf(f->qts, r[i].vq, &head, &len)) {
                unsigned j;

                for (j = 0; j < n; j++) {
                    if (!r[j].done && r[j].vq == r[i].vq &&
                        r[j].head == head) {
                        break;
                    }
                }
                /* an answer to exactly one request in flight */
                g_assert_cmpuint(j, <, n);
                r[j].done = true;
                r[j].used_len = len;
                done++;
                got = true;
            }
        }
        if (done == n || got) {
            continue;
        }
        if (device_broken(f)) {
            f->st.broken++;
            return false;
        }
        g_assert_cmpint(g_get_monotonic_time(), <, deadline);
        qtest_clock_step(f->qts, 100);
    }
    return true;
}

/*
 * Check an answered request and collect what the device wrote in
 * @answer; its status is returned, or -1 when none is defined.
 */
static int req_finish(Fuzz *f, Req *r, GByteArray *answer, uint32_t opcode)
{
    unsigned i;
    int status = -1;

    for (i = 0; i < r->n; i++) {
        piece_check(f, &r->pieces[i], answer);
    }
    req_free(f, r);
    g_assert_cmpuint(answer->len, ==, r->in_len);
    /* the used length counts bytes the request gave to be written */
    g_assert_cmpuint(r->used_len, <=, r->in_len);
    f->st.answered++;
    if (r->abuse) {
        /* the answer went, in part, where the test cannot see it */
        return -1;
    }
    if (!r->ctrl && r->in_len) {
        /* a data request's status is its last writable byte */
        status = answer->data[r->in_len - 1];
    } else if (r->ctrl && (opcode & 0xff) == 0x02 && r->in_len >= 16) {
        /* create session: { le64 id; le32 status; le32 padding } */
        status = ldl_le_p(answer->data + 8);
    } else if (r->ctrl && (opcode & 0xff) == 0x03 && r->in_len) {
        status = answer->data[0];
    }
    if (status > VIRTIO_CRYPTO_KEY_REJECTED) {
        g_autoptr(GString) hex = qemu_hexdump_line(NULL, answer->data,
                                                   MIN(answer->len, 32), 1, 0);

        g_test_message("%s request, opcode 0x%x, %u writable bytes, used "
                       "length %u, writes %s", r->ctrl ? "control" : "data",
                       opcode, r->in_len, r->used_len, hex->str);
    }
    if (status >= 0) {
        g_assert_cmpint(status, <=, VIRTIO_CRYPTO_KEY_REJECTED);
        f->st.status[MIN(status, VIRTIO_CRYPTO_KEY_REJECTED)]++;
        if (!r->ctrl && status == VIRTIO_CRYPTO_OK &&
            (opcode >> 8) <= VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
            f->st.ok_by_service[opcode >> 8]++;
        }
    }
    return status;
}

/* Replays */

/* Rewrite a recorded session id in @out to the live one, if known */
static void remap_session(Fuzz *f, const Record *rec, GByteArray *out)
{
    /* data: the op header's session_id; destroy: after the ctrl header */
    size_t off = rec->ctrl ? 16 : 8;
    uint32_t opcode;
    uint64_t id;
    gpointer live;

    if (out->len < off + 8 || out->len < 4) {
        return;
    }
    opcode = ldl_le_p(out->data);
    if (rec->ctrl && (opcode & 0xff) != 0x03) {
        return;
    }
    id = ldq_le_p(out->data + off);
    if (g_hash_table_lookup_extended(f->ids, &id, NULL, &live)) {
        stq_le_p(out->data + off, *(uint64_t *)live);
    }
}

/* A created session's live id answers to its recorded one */
static void remember_session(Fuzz *f, const Record *rec,
                             const GByteArray *answer)
{
    uint64_t *rec_id, *live_id;

    if (!rec->ctrl || rec->answer->len < 16 || answer->len < 16 ||
        (ldl_le_p(rec->out->data) & 0xff) != 0x02 ||
        ldl_le_p(rec->answer->data + 8) != VIRTIO_CRYPTO_OK ||
        ldl_le_p(answer->data + 8) != VIRTIO_CRYPTO_OK) {
        return;
    }
    rec_id = g_new(uint64_t, 1);
    live_id = g_new(uint64_t, 1);
    *rec_id = ldq_le_p(rec->answer->data);
    *live_id = ldq_le_p(answer->data);
    g_hash_table_insert(f->ids, rec_id, live_id);
}

/*
 * Does a request of @opcode get the same answer every time?  Not RSA
 * encryption, whose PKCS#1 v1.5 padding is random (RFC 8017 7.2.1), nor
 * ECDSA signing, whose k is (FIPS 186-5 6.4.1).
 */
static bool deterministic(uint32_t opcode)
{
    return opcode != VIRTIO_CRYPTO_AKCIPHER_ENCRYPT &&
           opcode != VIRTIO_CRYPTO_AKCIPHER_SIGN;
}

/* Something a driver may do between two requests */
static bool interlude(Fuzz *f, const Trace *t)
{
    switch (rnd(f, 3)) {
    case 0:
        device_restart(f, t->features);
        return true;
    case 1:
        queue_restart(f, rnd(f, f->q.num_dataqs));
        return true;
    default:
        return false;
    }
}

/*
 * Replay @t: @exact, unmutated on a fresh device, where each answer must
 * be the recorded one; else mutated, with now and then several requests
 * in flight at once, over all data queues.
 */
static void replay(Fuzz *f, const Trace *t, bool exact)
{
    unsigned i = 0, k, n;

    device_restart(f, t->features);
    while (i < t->records->len) {
        const Record *next = g_ptr_array_index(t->records, i);
        Req reqs[8];
        g_autoptr(GPtrArray) outs = g_ptr_array_new_with_free_func(
            (GDestroyNotify)g_byte_array_unref);
        const Record *recs[8];

        if (!exact && chance(f, 64) && interlude(f, t)) {
            continue;
        }
        if (!exact && next->out->len + next->answer->len > LARGE_RECORD &&
            !chance(f, 16)) {
            i++;
            continue;
        }
        /* a batch: consecutive data requests, posted before any answer */
        n = exact || !chance(f, 8) ? 1 : 1 + rnd(f, 8);
        for (k = 0; k < n && i < t->records->len; k++, i++) {
            const Record *rec = g_ptr_array_index(t->records, i);
            GByteArray *out = g_byte_array_new();
            uint32_t in_len = rec->answer->len;
            QVirtQueue *vq = rec->ctrl ? f->q.ctrlq
                                       : f->q.dataqs[rnd(f, f->q.num_dataqs)];

            bool mutated = !exact && chance(f, 3);

            g_byte_array_append(out, rec->out->data, rec->out->len);
            remap_session(f, rec, out);
            if (mutated) {
                mutate(f, out, &in_len);
                f->st.mutated++;
            }
            recs[k] = rec;
            g_ptr_array_add(outs, out);
            req_post(f, &reqs[k], vq, out, in_len, mutated);
            if (rec->ctrl) {
                /* control requests go one at a time */
                k++;
                i++;
                break;
            }
        }
        n = k;
        if (!req_wait(f, reqs, n)) {
            /* what the broken device held is the driver's again */
            for (k = 0; k < n; k++) {
                req_free(f, &reqs[k]);
            }
            device_restart(f, t->features);
            if (exact) {
                g_test_message("%s: the device broke on its request %u",
                               t->name, i - 1);
                g_assert_not_reached();
            }
            return;
        }
        for (k = 0; k < n; k++) {
            g_autoptr(GByteArray) answer = g_byte_array_new();
            GByteArray *out = g_ptr_array_index(outs, k);
            uint32_t opcode = out->len >= 4 ? ldl_le_p(out->data) : 0;
            int status = req_finish(f, &reqs[k], answer, opcode);

            remember_session(f, recs[k], answer);
            if (exact && status == VIRTIO_CRYPTO_OK && !recs[k]->ctrl &&
                recs[k]->answer->data[recs[k]->answer->len - 1] ==
                VIRTIO_CRYPTO_OK && deterministic(opcode)) {
                /* the same bytes as when recorded */
                if (answer->len != recs[k]->answer->len ||
                    memcmp(answer->data, recs[k]->answer->data,
                           answer->len)) {
                    g_test_message("%s: request %u (opcode 0x%x) got "
                                   "another answer than when recorded",
                                   t->name, i - n + k, opcode);
                }
                g_assert_cmpmem(answer->data, answer->len,
                                recs[k]->answer->data, recs[k]->answer->len);
            }
        }
    }
    if (exact) {
        f->st.exact_replays++;
    }
}

static void test_fuzz(void)
{
    const char *corpus = g_getenv("QVC_FUZZ_CORPUS");
    const char *seconds = g_getenv("QVC_FUZZ_SECONDS");
    const char *seed_str = g_getenv("QVC_FUZZ_SEED");
    unsigned int seed = g_get_real_time(), secs = 30, s;
    gint64 end, report;
    Fuzz f = { };

    if (seed_str) {
        g_assert_cmpint(qemu_strtoui(seed_str, NULL, 0, &seed), ==, 0);
    }
    if (seconds) {
        g_assert_cmpint(qemu_strtoui(seconds, NULL, 10, &secs), ==, 0);
    }
    end = g_get_monotonic_time() + secs * G_USEC_PER_SEC;
    report = g_get_monotonic_time() + 60 * G_USEC_PER_SEC;

    if (!corpus) {
        g_test_skip("QVC_FUZZ_CORPUS names no corpus of traces");
        return;
    }
    f.traces = corpus_load(corpus);
    if (!f.traces->len) {
        g_test_skip("no trace in QVC_FUZZ_CORPUS");
        g_ptr_array_unref(f.traces);
        return;
    }
    g_test_message("seed %u, %u traces", seed, f.traces->len);
    f.rand = g_rand_new_with_seed(seed);
    f.ids = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, g_free);
    while (g_get_monotonic_time() < end) {
        const Trace *t = g_ptr_array_index(f.traces, rnd(&f, f.traces->len));

        if (g_get_monotonic_time() >= report) {
            /* so that a run that ends in a crash still says how far */
            g_test_message("%" PRIu64 " requests so far", f.st.requests);
            report += 60 * G_USEC_PER_SEC;
        }
        if (!f.qts || chance(&f, 500)) {
            qemu_quit(&f);
            qemu_start(&f);
        }
        replay(&f, t, t->bytes <= LARGE_TRACE && chance(&f, 8));
    }
    qemu_quit(&f);

    g_test_message("%" PRIu64 " requests (%" PRIu64 " mutated), %" PRIu64
                   " answered, %" PRIu64 " left a broken device; %" PRIu64
                   " exact replays, %" PRIu64 " device resets, %" PRIu64
                   " queue resets, %" PRIu64 " QEMU starts",
                   f.st.requests, f.st.mutated, f.st.answered, f.st.broken,
                   f.st.exact_replays, f.st.device_resets,
                   f.st.queue_resets, f.st.restarts);
    for (s = 0; s <= VIRTIO_CRYPTO_KEY_REJECTED; s++) {
        g_test_message("status %u: %" PRIu64, s, f.st.status[s]);
    }
    for (s = 0; s <= VIRTIO_CRYPTO_SERVICE_AKCIPHER; s++) {
        g_test_message("service %u: %" PRIu64 " data requests served", s,
                       f.st.ok_by_service[s]);
    }
    g_hash_table_destroy(f.ids);
    g_rand_free(f.rand);
    g_ptr_array_unref(f.traces);
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    /* the fuzzer replays traces; it does not write them */
    g_unsetenv(QVIRTIO_CRYPTO_RECORD);
    qtest_add_func("/virtio-crypto/fuzz/virtqueue", test_fuzz);
    return g_test_run();
}
