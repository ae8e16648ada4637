/*
 * Builtin cryptodev backend: the algorithms run in QEMU
 *
 * This file keeps the sessions and dispatches requests; the algorithms
 * live in cryptodev-sym.c and cryptodev-asym.c, over QEMU's crypto API.
 * Requests run on the thread pool of the caller's AioContext, outside the
 * BQL; those of at most 'inline-limit' bytes run at once on the caller's
 * thread, where a hand-off would cost more than the work.
 *
 * A stateless request makes and closes a session of its own; closed
 * sessions are kept as spares, whose contexts the next session of the
 * same algorithms re-keys (cryptodev-sym.c).
 *
 * Copyright (c) 2016 HUAWEI TECHNOLOGIES CO., LTD.
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * Authors:
 *    Gonglei <arei.gonglei@huawei.com>
 *
 * This library is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 *
 * This library is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the GNU
 * Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public
 * License along with this library; if not, see <http://www.gnu.org/licenses/>.
 *
 */

#include "qemu/osdep.h"
#include "qemu/thread.h"
#include "qemu/units.h"
#include "qapi/error.h"
#include "block/aio.h"
#include "block/thread-pool.h"
#include "qemu/error-report.h"
#include "system/cryptodev.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "qom/object.h"
#include "cryptodev-asym.h"
#include "cryptodev-sym.h"

#define TYPE_CRYPTODEV_BACKEND_BUILTIN "cryptodev-backend-builtin"
OBJECT_DECLARE_SIMPLE_TYPE(CryptoDevBackendBuiltin, CRYPTODEV_BACKEND_BUILTIN)

/* Bounds of what a guest can make the backend hold */
#define BUILTIN_MAX_SESSIONS (64 * KiB)
#define BUILTIN_MAX_REQUEST_SIZE (16 * MiB)

/* Requests up to this many bytes of data run inline by default */
#define BUILTIN_DEFAULT_INLINE_LIMIT 4096

typedef struct BuiltinSession {
    unsigned refs;              /* the table's, and each request's (atomic) */
    CryptoDevSymSession *sym;           /* cipher, chain, hash, MAC, AEAD */
    CryptoDevSymSpares *spares;         /* where @sym goes when closed */
    CryptoDevAsymSession *asym;         /* RSA, ECDSA */
} BuiltinSession;

struct CryptoDevBackendBuiltin {
    CryptoDevBackend parent_obj;

    QemuMutex lock;                     /* guards the table */
    GHashTable *sessions;               /* id -> BuiltinSession */
    CryptoDevSymSpares *spares;
    uint64_t next_id;
    uint32_t inline_limit;
};

/* One request on its way through the thread pool */
typedef struct BuiltinJob {
    BuiltinSession *session;
    CryptoDevBackendOpInfo *op;
    int status;
} BuiltinJob;

/* The last reference is gone; called without the table lock */
static void builtin_session_free(BuiltinSession *s)
{
    if (s->sym) {
        cryptodev_sym_session_close(s->spares, s->sym);
    }
    cryptodev_asym_session_free(s->asym);
    g_free(s);
}

/*
 * Drop a reference; the last one frees.  References are taken under the
 * table lock, from the table's own, so none is taken after the last drop.
 */
static void builtin_session_unref(BuiltinSession *s)
{
    if (qatomic_fetch_dec(&s->refs) == 1) {
        builtin_session_free(s);
    }
}

static void cryptodev_builtin_init(CryptoDevBackend *backend, Error **errp)
{
    CryptoDevBackendBuiltin *builtin = CRYPTODEV_BACKEND_BUILTIN(backend);
    uint32_t queues = backend->conf.peers.queues;
    uint32_t i;

    if (queues > MAX_CRYPTO_QUEUE_NUM) {
        error_setg(errp, "cryptodev-backend-builtin: at most %d queues",
                   MAX_CRYPTO_QUEUE_NUM);
        return;
    }
    for (i = 0; i < queues; i++) {
        CryptoDevBackendClient *cc = cryptodev_backend_new_client();

        cc->info_str = g_strdup_printf("cryptodev-builtin%u", i);
        cc->queue_index = i;
        cc->type = QCRYPTODEV_BACKEND_TYPE_BUILTIN;
        backend->conf.peers.ccs[i] = cc;
    }

    qemu_mutex_init(&builtin->lock);
    builtin->sessions = g_hash_table_new_full(g_int64_hash, g_int64_equal,
                                              g_free, NULL);
    builtin->spares = cryptodev_sym_spares_new();
    /* the masks say exactly what this process's libraries can run */
    cryptodev_sym_probe(&backend->conf);
    cryptodev_asym_probe(&backend->conf);
    backend->conf.max_size = BUILTIN_MAX_REQUEST_SIZE;
    cryptodev_backend_set_ready(backend, true);
}

static int cryptodev_builtin_create_session(CryptoDevBackend *backend,
                                            CryptoDevBackendSessionInfo *info,
                                            uint32_t queue_index,
                                            CryptoDevCompletionFunc cb,
                                            void *opaque)
{
    CryptoDevBackendBuiltin *builtin = CRYPTODEV_BACKEND_BUILTIN(backend);
    BuiltinSession *s = g_new0(BuiltinSession, 1);
    uint64_t *id;
    int ret;

    if (info->op_code == VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION) {
        ret = cryptodev_asym_session_new(&info->u.asym_sess_info, &s->asym);
    } else {
        s->spares = builtin->spares;
        ret = cryptodev_sym_session_new(info, builtin->spares, &s->sym);
    }
    if (ret == VIRTIO_CRYPTO_OK) {
        qemu_mutex_lock(&builtin->lock);
        if (g_hash_table_size(builtin->sessions) >= BUILTIN_MAX_SESSIONS) {
            ret = VIRTIO_CRYPTO_ERR;
        } else {
            id = g_new(uint64_t, 1);
            *id = info->session_id = builtin->next_id++;
            s->refs = 1;
            g_hash_table_insert(builtin->sessions, id, s);
            s = NULL;
        }
        qemu_mutex_unlock(&builtin->lock);
    }
    if (s) {
        builtin_session_free(s);
    }
    if (cb) {
        cb(opaque, -ret);
    }
    return 0;
}

static int cryptodev_builtin_close_session(CryptoDevBackend *backend,
                                           uint64_t session_id,
                                           uint32_t queue_index,
                                           CryptoDevCompletionFunc cb,
                                           void *opaque)
{
    CryptoDevBackendBuiltin *builtin = CRYPTODEV_BACKEND_BUILTIN(backend);
    gpointer id, s;
    bool found;

    qemu_mutex_lock(&builtin->lock);
    found = g_hash_table_steal_extended(builtin->sessions, &session_id,
                                        &id, &s);
    qemu_mutex_unlock(&builtin->lock);
    if (!found) {
        return -VIRTIO_CRYPTO_INVSESS;
    }
    g_free(id);
    /* requests running on it hold references of their own */
    builtin_session_unref(s);
    if (cb) {
        cb(opaque, 0);
    }
    return 0;
}

/* Run @op on @s; a VIRTIO_CRYPTO_* status.  Any thread. */
static int builtin_run(BuiltinSession *s, CryptoDevBackendOpInfo *op)
{
    if (op->algtype == QCRYPTODEV_BACKEND_ALGO_TYPE_ASYM && s->asym) {
        return cryptodev_asym_run(s->asym, op->op_code, op->u.asym_op_info);
    }
    if (op->algtype == QCRYPTODEV_BACKEND_ALGO_TYPE_SYM && s->sym) {
        return cryptodev_sym_run(s->sym, op->op_code, op->u.sym_op_info);
    }
    return VIRTIO_CRYPTO_INVSESS;
}

/* The bytes a request works on: what decides whether it runs inline */
static uint64_t builtin_op_size(const CryptoDevBackendOpInfo *op)
{
    const CryptoDevBackendSymOpInfo *sym = op->u.sym_op_info;

    if (op->algtype != QCRYPTODEV_BACKEND_ALGO_TYPE_SYM) {
        /* asymmetric operations are slow at any size */
        return UINT64_MAX;
    }
    return (uint64_t)sym->src_len + sym->aad_len;
}

static int builtin_job_run(void *opaque)
{
    BuiltinJob *job = opaque;

    job->status = builtin_run(job->session, job->op);
    return 0;
}

/* Back in the submitter's AioContext */
static void builtin_job_done(void *opaque, int ret)
{
    BuiltinJob *job = opaque;
    CryptoDevBackendOpInfo *op = job->op;
    int status = job->status;

    /* @ret is the job function's 0: jobs are never cancelled */
    builtin_session_unref(job->session);
    g_free(job);
    if (op->cb) {
        op->cb(op->opaque, -status);
    }
}

static int cryptodev_builtin_operation(CryptoDevBackend *backend,
                                       CryptoDevBackendOpInfo *op)
{
    CryptoDevBackendBuiltin *builtin = CRYPTODEV_BACKEND_BUILTIN(backend);
    BuiltinSession *s;
    BuiltinJob *job;
    int ret;

    qemu_mutex_lock(&builtin->lock);
    s = g_hash_table_lookup(builtin->sessions, &op->session_id);
    if (s) {
        /* a close while the request runs must not free the session */
        qatomic_inc(&s->refs);
    }
    qemu_mutex_unlock(&builtin->lock);
    if (!s) {
        return -VIRTIO_CRYPTO_INVSESS;
    }

    if (builtin_op_size(op) <= builtin->inline_limit) {
        ret = builtin_run(s, op);
        builtin_session_unref(s);
        if (op->cb) {
            op->cb(op->opaque, -ret);
        }
        return 0;
    }
    job = g_new(BuiltinJob, 1);
    *job = (BuiltinJob) { .session = s, .op = op };
    thread_pool_submit_aio(builtin_job_run, job, builtin_job_done, job);
    return 0;
}

static void cryptodev_builtin_cleanup(CryptoDevBackend *backend, Error **errp)
{
    CryptoDevBackendBuiltin *builtin = CRYPTODEV_BACKEND_BUILTIN(backend);
    uint32_t i;

    if (builtin->sessions) {
        GHashTableIter iter;
        gpointer s;

        /* no request runs: the device using us drained them */
        g_hash_table_iter_init(&iter, builtin->sessions);
        while (g_hash_table_iter_next(&iter, NULL, &s)) {
            builtin_session_free(s);
        }
        g_hash_table_destroy(builtin->sessions);
        builtin->sessions = NULL;
        cryptodev_sym_spares_free(builtin->spares);
        builtin->spares = NULL;
        qemu_mutex_destroy(&builtin->lock);
    }
    for (i = 0; i < backend->conf.peers.queues; i++) {
        if (backend->conf.peers.ccs[i]) {
            cryptodev_backend_free_client(backend->conf.peers.ccs[i]);
            backend->conf.peers.ccs[i] = NULL;
        }
    }
    cryptodev_backend_set_ready(backend, false);
}

static void cryptodev_builtin_class_init(ObjectClass *oc, void *data)
{
    CryptoDevBackendClass *bc = CRYPTODEV_BACKEND_CLASS(oc);

    bc->init = cryptodev_builtin_init;
    bc->cleanup = cryptodev_builtin_cleanup;
    bc->create_session = cryptodev_builtin_create_session;
    bc->close_session = cryptodev_builtin_close_session;
    bc->do_op = cryptodev_builtin_operation;
    /* the table is locked; the thread pool answers in the caller's context */
    bc->thread_safe = true;
    bc->sessions_recreatable = true;
}

static void cryptodev_builtin_instance_init(Object *obj)
{
    CryptoDevBackendBuiltin *builtin = CRYPTODEV_BACKEND_BUILTIN(obj);

    builtin->inline_limit = BUILTIN_DEFAULT_INLINE_LIMIT;
    object_property_add_uint32_ptr(obj, "inline-limit", &builtin->inline_limit,
                                   OBJ_PROP_FLAG_READWRITE);
}

static const TypeInfo cryptodev_builtin_info = {
    .name = TYPE_CRYPTODEV_BACKEND_BUILTIN,
    .parent = TYPE_CRYPTODEV_BACKEND,
    .instance_init = cryptodev_builtin_instance_init,
    .class_init = cryptodev_builtin_class_init,
    .instance_size = sizeof(CryptoDevBackendBuiltin),
};

static void cryptodev_builtin_register_types(void)
{
    type_register_static(&cryptodev_builtin_info);
}

type_init(cryptodev_builtin_register_types);
