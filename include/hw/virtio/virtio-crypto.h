/*
 * Virtio crypto device
 *
 * Copyright (c) 2016 HUAWEI TECHNOLOGIES CO., LTD.
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * Authors:
 *    Gonglei <arei.gonglei@huawei.com>
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or
 * (at your option) any later version.  See the COPYING file in the
 * top-level directory.
 */

#ifndef QEMU_VIRTIO_CRYPTO_H
#define QEMU_VIRTIO_CRYPTO_H

#include "hw/virtio/virtio-crypto-layouts.h"
#include "hw/virtio/virtio.h"
#include "hw/virtio/virtio-crypto-codec.h"
#include "system/cryptodev.h"
#include "system/iothread.h"
#include "qemu/thread.h"
#include "qom/object.h"

#define TYPE_VIRTIO_CRYPTO "virtio-crypto-device"
OBJECT_DECLARE_SIMPLE_TYPE(VirtIOCrypto, VIRTIO_CRYPTO)

/* The queue size of every virtqueue of the device */
#define VIRTIO_CRYPTO_VQ_SIZE 1024

typedef struct VirtIOCryptoConf {
    CryptoDevBackend *cryptodev;
    IOThread *iothread;
} VirtIOCryptoConf;

typedef struct VirtIOCryptoQueue {
    VirtQueue *dataq;
    QEMUBH *dataq_bh;           /* takes requests, when no kick comes */
    QEMUBH *notify_bh;          /* one interrupt for a batch of answers */
    bool notify_pending;
    bool in_batch;              /* in virtio_crypto_serve_dataq() */
    /* the driver reset the queue and has not enabled it again */
    bool resetting;
    uint32_t inflight;          /* popped and not answered yet (atomic) */
    struct VirtIOCrypto *vcrypto;
} VirtIOCryptoQueue;

/* VirtIOCryptoSession.state */
enum {
    VIRTIO_CRYPTO_SESSION_FREE,
    VIRTIO_CRYPTO_SESSION_CREATING,     /* the backend has not answered yet */
    VIRTIO_CRYPTO_SESSION_LIVE,
};

/*
 * A guest-visible session.  Its id is (generation << 32 | slot): a slot is
 * reused only with a new generation, so an id is never reused while the
 * guest could still hold it, and a stale id is told apart from a live one.
 */
typedef struct VirtIOCryptoSession {
    uint32_t state;
    uint32_t generation;
    uint32_t service;           /* VIRTIO_CRYPTO_SERVICE_* it was made for */
    uint32_t result_len;        /* hash result or AEAD tag length */
    bool chain;                 /* a cipher session chained to a hash */
    uint64_t backend_id;
    /*
     * The create-session request that made it (header, fixed part, keys):
     * what a migration destination makes the session again from.
     */
    uint32_t recipe_len;
    uint8_t *recipe;
} VirtIOCryptoSession;

struct VirtIOCrypto {
    VirtIODevice parent_obj;

    VirtQueue *ctrl_vq;
    VirtIOCryptoQueue *vqs;
    VirtIOCryptoConf conf;
    /* the backend; also read by backends/cryptodev-vhost.c */
    CryptoDevBackend *cryptodev;

    uint32_t max_queues;
    /* feature bits 0-5, as properties */
    uint64_t host_features;
    uint32_t max_sessions;
    VirtIOCryptoSession *sessions;
    /* guards the table's changes against the IOThread's lookups */
    QemuMutex session_lock;
    /* requests a data queue may have in flight at once */
    uint32_t max_inflight;
    /* requests of all queues popped and not answered yet (atomic) */
    uint32_t inflight;
    /* while non-zero, no request is popped: drain, VM stop (atomic) */
    unsigned quiesced;
    /*
     * The IOThread's context, where the data queues run; NULL when they run
     * in the main loop.  They run there only while the transport's
     * notifiers are attached to it: dataplane_started.
     */
    AioContext *ctx;
    bool dataplane_started;
    /* reports to the main loop what made the IOThread give up */
    QEMUBH *error_bh;
    const char *error;
    Error *migration_blocker;
    /* what the config space advertises, taken from the backend */
    struct virtio_crypto_config config;
    VirtIOCryptoLimits limits;
    uint8_t vhost_started;
};

#endif /* QEMU_VIRTIO_CRYPTO_H */
