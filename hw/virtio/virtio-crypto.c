/*
 * Virtio crypto device
 *
 * The device moves requests between the virtqueues and a cryptodev backend.
 * Decoding and validation live in virtio-crypto-codec.c; the algorithms live
 * in the backend.  Here: queues, config space, features, the request
 * lifecycle and the capability checks that decide NOTSUPP.
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

#include "qemu/osdep.h"
#include "qemu/iov.h"
#include "qemu/units.h"
#include "qemu/log.h"
#include "qemu/main-loop.h"
#include "qemu/module.h"
#include "qemu/lockable.h"
#include "qemu/rcu.h"
#include "exec/cpu-common.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "hw/qdev-properties.h"
#include "hw/virtio/virtio.h"
#include "hw/virtio/virtio-bus.h"
#include "hw/virtio/virtio-crypto.h"
#include "hw/virtio/virtio-crypto-request.h"
#include "migration/blocker.h"
#include "migration/vmstate.h"
#include "block/aio-wait.h"
#include "system/dma.h"
#include "standard-headers/linux/virtio_ids.h"
#include "system/cryptodev-vhost.h"
#include "trace.h"

/*
 * Upper bound of what one data request may carry in its variable part.
 * Requests are bounced through host memory of this size at most.
 */
#define VIRTIO_CRYPTO_MAX_REQUEST_SIZE (16 * MiB)
/* Upper bound of an asymmetric key (DER); RSA-8192 private keys fit */
#define VIRTIO_CRYPTO_MAX_AKCIPHER_KEY_LEN (8 * KiB)

/* The default size of the session table */
#define VIRTIO_CRYPTO_DEFAULT_SESSIONS 256
/* The largest session table a property may ask for */
#define VIRTIO_CRYPTO_MAX_SESSIONS (64 * KiB)
/*
 * A bound on a create-session request: header, fixed part and keys.  It
 * keeps a migration stream's recipes to a sane size; decoding a recipe
 * then checks its key lengths against the device's real limits.
 */
#define VIRTIO_CRYPTO_MAX_RECIPE_LEN \
    (sizeof(struct virtio_crypto_op_ctrl_req) + 16 * KiB + \
     VIRTIO_CRYPTO_MAX_AKCIPHER_KEY_LEN)

/* Requests in flight per data queue, by default and at most */
#define VIRTIO_CRYPTO_DEFAULT_INFLIGHT 16
#define VIRTIO_CRYPTO_MAX_INFLIGHT VIRTIO_CRYPTO_VQ_SIZE

typedef struct VirtIOCryptoReq {
    VirtQueueElement elem;      /* first: virtqueue_pop() allocates us */
    /* From here to dec, zeroed when the request is popped */
    VirtIOCrypto *vcrypto;
    VirtQueue *vq;
    VirtIOCryptoQueue *q;       /* a data request's queue; NULL: control */
    uint32_t queue_index;
    /* the backend session it works on */
    uint64_t backend_id;
    /* the head of the request (header, fixed part, keys), copied */
    uint8_t *head;
    size_t head_len;
    union {
        /* a control request: the session slot it creates or destroys */
        struct {
            uint32_t slot;
            uint32_t generation;    /* the slot's when it was reserved */
        } ctrl;
        /* a data request: its operation's parts */
        struct {
            /* its session was made for it, and is closed after it */
            bool ephemeral;
            CryptoDevBackendSymOpInfo *sym;
            CryptoDevBackendAsymOpInfo asym;
        } data;
    };
    /*
     * Each of the rest is written whole by its stage before it is read:
     * dec by the decoder, sess by virtio_crypto_session_info(), op by
     * virtio_crypto_gather() and virtio_crypto_submit_op()
     */
    VirtIOCryptoDecoded dec;
    /* a create-session request's, or a stateless request's, session */
    CryptoDevBackendSessionInfo sess;
    CryptoDevBackendOpInfo op;
} VirtIOCryptoReq;

/* Take the next request of @vq, or NULL; @q is NULL for the control queue */
static VirtIOCryptoReq *virtio_crypto_pop(VirtIOCrypto *vcrypto,
                                          VirtQueue *vq, VirtIOCryptoQueue *q)
{
    VirtIOCryptoReq *req = virtqueue_pop(vq, sizeof(VirtIOCryptoReq));

    if (req) {
        memset(&req->vcrypto, 0, offsetof(VirtIOCryptoReq, dec) -
                                 offsetof(VirtIOCryptoReq, vcrypto));
        req->vcrypto = vcrypto;
        req->vq = vq;
        req->q = q;
        qatomic_inc(&vcrypto->inflight);
        if (q) {
            req->queue_index = q - vcrypto->vqs;
            qatomic_inc(&q->inflight);
        }
    }
    return req;
}

/* The request is answered or dropped: let it go */
static void virtio_crypto_release_req(VirtIOCryptoReq *req)
{
    VirtIOCrypto *vcrypto = req->vcrypto;
    VirtIOCryptoQueue *q = req->q;

    virtio_crypto_free_head(req->head, req->head_len);
    if (q) {
        g_free(req->data.sym);
        g_free(req->data.asym.src);
    }
    g_free(req);

    qatomic_dec(&vcrypto->inflight);
    if (q && qatomic_fetch_dec(&q->inflight) == vcrypto->max_inflight) {
        /* the queue stopped popping at its limit: go on */
        qemu_bh_schedule(q->dataq_bh);
    }
    /* a drain in the main loop may wait for this one */
    aio_wait_kick();
}

/* Send the interrupt that answers a batch of data requests */
static void virtio_crypto_flush_notify(VirtIOCryptoQueue *q)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(q->vcrypto);

    if (!q->notify_pending) {
        return;
    }
    q->notify_pending = false;
    if (q->vcrypto->ctx) {
        /* no BQL here: the guest notifier carries the interrupt */
        virtio_notify_irqfd(vdev, q->dataq);
    } else {
        virtio_notify(vdev, q->dataq);
    }
}

static void virtio_crypto_notify_bh(void *opaque)
{
    virtio_crypto_flush_notify(opaque);
}

static void virtio_crypto_push(VirtIOCryptoReq *req, size_t written)
{
    VirtIOCrypto *vcrypto = req->vcrypto;
    VirtIOCryptoQueue *q = req->q;

    virtqueue_push(req->vq, &req->elem, written);
    if (q) {
        /*
         * The answers completing together share one interrupt: the batch
         * sends it at its end, the notify BH for answers from elsewhere
         */
        q->notify_pending = true;
        if (!q->in_batch) {
            qemu_bh_schedule(q->notify_bh);
        }
    } else {
        virtio_notify(VIRTIO_DEVICE(vcrypto), req->vq);
    }
    virtio_crypto_release_req(req);
}

/* The guest gave no room for an answer: the device cannot go on. */
static void virtio_crypto_error_bh(void *opaque)
{
    VirtIOCrypto *vcrypto = opaque;

    virtio_error(VIRTIO_DEVICE(vcrypto), "%s", vcrypto->error);
}

/*
 * The guest sent a request the device cannot answer: it needs a reset.
 * virtio_error() signals that through the config space, under the BQL,
 * so the IOThread leaves it to the main loop.
 */
static void virtio_crypto_unanswerable(VirtIOCryptoReq *req, const char *why)
{
    VirtIOCrypto *vcrypto = req->vcrypto;

    virtqueue_detach_element(req->vq, &req->elem, 0);
    virtio_crypto_release_req(req);
    if (vcrypto->ctx) {
        vcrypto->error = why;
        qemu_bh_schedule(vcrypto->error_bh);
    } else {
        virtio_error(VIRTIO_DEVICE(vcrypto), "%s", why);
    }
}

/*
 * An IOThread writes answers only to guest RAM.  A device-writable buffer
 * elsewhere (a device's registers, bounced by the mapping) would be written
 * from the IOThread when the answer is pushed, and a register written there
 * could reset this very device under the IOThread's feet.
 */
static bool virtio_crypto_writes_ram(const VirtQueueElement *elem)
{
    ram_addr_t offset;
    unsigned i;

    RCU_READ_LOCK_GUARD();
    for (i = 0; i < elem->in_num; i++) {
        if (!qemu_ram_block_from_host(elem->in_sg[i].iov_base, false,
                                      &offset)) {
            return false;
        }
    }
    return true;
}

/*
 * The cryptodev API's completion contract: a call that returns a negative
 * status refused the request and calls no callback; a call that returns 0
 * calls its callback exactly once, possibly before it returns, in the
 * caller's thread or AioContext.  Both report 0 or a negated
 * VIRTIO_CRYPTO_* status.
 */
static uint8_t virtio_crypto_status_of(int ret)
{
    if (ret > 0 || ret < -VIRTIO_CRYPTO_KEY_REJECTED) {
        return VIRTIO_CRYPTO_ERR;
    }
    return -ret;
}

/* Whatever the backend made of a call, @done answers the request once. */
static void virtio_crypto_backend_called(int ret, CryptoDevCompletionFunc done,
                                         VirtIOCryptoReq *req)
{
    if (ret < 0) {
        done(req, ret);
    }
}

/* Control queue */

/* Session table */

static bool virtio_crypto_rev1(VirtIOCrypto *vcrypto)
{
    return virtio_vdev_has_feature(VIRTIO_DEVICE(vcrypto),
                                   VIRTIO_CRYPTO_F_REVISION_1);
}

static uint64_t session_guest_id(VirtIOCrypto *vcrypto, uint32_t slot)
{
    return (uint64_t)vcrypto->sessions[slot].generation << 32 | slot;
}

/* The live session of @id, or NULL */
static VirtIOCryptoSession *session_lookup(VirtIOCrypto *vcrypto, uint64_t id)
{
    uint32_t slot = id & UINT32_MAX;
    VirtIOCryptoSession *s;

    if (slot >= vcrypto->max_sessions) {
        return NULL;
    }
    s = &vcrypto->sessions[slot];
    if (s->state != VIRTIO_CRYPTO_SESSION_LIVE || s->generation != id >> 32) {
        return NULL;
    }
    return s;
}

/*
 * The table changes only in the main loop, under the BQL, and is read there
 * without the lock; data queues in an IOThread look sessions up under it.
 */

/* Reserve a free slot; false when the table is full */
static bool session_reserve(VirtIOCrypto *vcrypto, uint32_t *slot)
{
    uint32_t i;

    for (i = 0; i < vcrypto->max_sessions; i++) {
        if (vcrypto->sessions[i].state == VIRTIO_CRYPTO_SESSION_FREE) {
            QEMU_LOCK_GUARD(&vcrypto->session_lock);
            vcrypto->sessions[i].state = VIRTIO_CRYPTO_SESSION_CREATING;
            *slot = i;
            return true;
        }
    }
    return false;
}

static void session_release(VirtIOCrypto *vcrypto, uint32_t slot)
{
    VirtIOCryptoSession *s = &vcrypto->sessions[slot];

    QEMU_LOCK_GUARD(&vcrypto->session_lock);
    virtio_crypto_free_head(s->recipe, s->recipe_len);
    s->recipe = NULL;
    s->recipe_len = 0;
    s->state = VIRTIO_CRYPTO_SESSION_FREE;
    s->generation++;
}

/* Close every session in the backend: reset, unplug */
static void virtio_crypto_close_sessions(VirtIOCrypto *vcrypto)
{
    uint32_t i;

    for (i = 0; i < vcrypto->max_sessions; i++) {
        VirtIOCryptoSession *s = &vcrypto->sessions[i];

        if (s->state == VIRTIO_CRYPTO_SESSION_LIVE) {
            cryptodev_backend_close_session(vcrypto->cryptodev, s->backend_id,
                                            0, NULL, NULL);
        }
        if (s->state != VIRTIO_CRYPTO_SESSION_FREE) {
            session_release(vcrypto, i);
        }
    }
}

static void virtio_crypto_ctrl_complete(VirtIOCryptoReq *req, uint8_t status)
{
    VirtIOCrypto *vcrypto = req->vcrypto;
    VirtIOCryptoDecoded *dec = &req->dec;
    struct virtio_crypto_session_input input = { 0 };
    uint8_t destroy_outcome[8] = { status };
    uint64_t id = 0;

    if (dec->kind == VIRTIO_CRYPTO_REQ_CREATE_SESSION) {
        if (status == VIRTIO_CRYPTO_OK) {
            id = session_guest_id(vcrypto, req->ctrl.slot);
            input.session_id = cpu_to_le64(id);
        }
        input.status = cpu_to_le32(status);
        iov_from_buf(req->elem.in_sg, req->elem.in_num, 0, &input,
                     sizeof(input));
        trace_virtio_crypto_create_session(vcrypto, dec->opcode, id, status);
        virtio_crypto_push(req, sizeof(input));
    } else {
        iov_from_buf(req->elem.in_sg, req->elem.in_num, 0, destroy_outcome,
                     dec->outcome_len);
        trace_virtio_crypto_destroy_session(req->vcrypto, dec->opcode,
                                            dec->session_id, status);
        virtio_crypto_push(req, dec->outcome_len);
    }
}

static void session_set_live(VirtIOCrypto *vcrypto, VirtIOCryptoSession *s,
                             const VirtIOCryptoDecoded *dec,
                             const CryptoDevBackendSessionInfo *info)
{
    QEMU_LOCK_GUARD(&vcrypto->session_lock);
    s->state = VIRTIO_CRYPTO_SESSION_LIVE;
    s->backend_id = info->session_id;
    s->service = dec->service;
    virtio_crypto_session_shape(s->service, info, &s->result_len, &s->chain);
}

/* The backend created a session, or failed to */
static void virtio_crypto_create_done(void *opaque, int ret)
{
    VirtIOCryptoReq *req = opaque;
    VirtIOCrypto *vcrypto = req->vcrypto;
    VirtIOCryptoSession *s = &vcrypto->sessions[req->ctrl.slot];
    uint8_t status = virtio_crypto_status_of(ret);

    if (s->generation != req->ctrl.generation) {
        /* the device was reset meanwhile: the guest no longer waits */
        if (status == VIRTIO_CRYPTO_OK) {
            cryptodev_backend_close_session(vcrypto->cryptodev,
                                            req->sess.session_id, 0,
                                            NULL, NULL);
        }
        status = VIRTIO_CRYPTO_ERR;
    } else if (status == VIRTIO_CRYPTO_OK) {
        session_set_live(vcrypto, s, &req->dec, &req->sess);
        /* the request's head is the recipe a migration re-creates from */
        s->recipe = req->head;
        s->recipe_len = req->head_len;
        req->head = NULL;
    } else {
        session_release(vcrypto, req->ctrl.slot);
    }
    virtio_crypto_ctrl_complete(req, status);
}

static void virtio_crypto_destroy_done(void *opaque, int ret)
{
    VirtIOCryptoReq *req = opaque;
    uint8_t status = virtio_crypto_status_of(ret);

    if (status == VIRTIO_CRYPTO_OK) {
        session_release(req->vcrypto, req->ctrl.slot);
    } else {
        /* destroy answers OK or ERR only */
        status = VIRTIO_CRYPTO_ERR;
    }
    virtio_crypto_ctrl_complete(req, status);
}

static bool algo_in_mask(uint32_t algo, uint32_t mask)
{
    return algo < 32 && (mask & (1u << algo));
}

static bool algo_in_mask64(uint32_t algo, uint32_t lo, uint32_t hi)
{
    return algo < 64 && (algo < 32 ? lo & (1u << algo)
                                   : hi & (1u << (algo - 32)));
}

static bool service_offered(VirtIOCrypto *vcrypto, uint32_t service)
{
    return algo_in_mask(service, le32_to_cpu(vcrypto->config.crypto_services));
}

static bool cipher_offered(VirtIOCrypto *vcrypto, uint32_t algo)
{
    const struct virtio_crypto_config *c = &vcrypto->config;

    return service_offered(vcrypto, VIRTIO_CRYPTO_SERVICE_CIPHER) &&
           algo != VIRTIO_CRYPTO_NO_CIPHER &&
           algo_in_mask64(algo, le32_to_cpu(c->cipher_algo_l),
                          le32_to_cpu(c->cipher_algo_h));
}

static bool hash_offered(VirtIOCrypto *vcrypto, uint32_t algo)
{
    return service_offered(vcrypto, VIRTIO_CRYPTO_SERVICE_HASH) &&
           algo != VIRTIO_CRYPTO_NO_HASH &&
           algo_in_mask(algo, le32_to_cpu(vcrypto->config.hash_algo));
}

static bool mac_offered(VirtIOCrypto *vcrypto, uint32_t algo)
{
    const struct virtio_crypto_config *c = &vcrypto->config;

    return service_offered(vcrypto, VIRTIO_CRYPTO_SERVICE_MAC) &&
           algo != VIRTIO_CRYPTO_NO_MAC &&
           algo_in_mask64(algo, le32_to_cpu(c->mac_algo_l),
                          le32_to_cpu(c->mac_algo_h));
}

static bool aead_offered(VirtIOCrypto *vcrypto, uint32_t algo)
{
    return service_offered(vcrypto, VIRTIO_CRYPTO_SERVICE_AEAD) &&
           algo != VIRTIO_CRYPTO_NO_AEAD &&
           algo_in_mask(algo, le32_to_cpu(vcrypto->config.aead_algo));
}

static bool akcipher_offered(VirtIOCrypto *vcrypto, uint32_t algo)
{
    return service_offered(vcrypto, VIRTIO_CRYPTO_SERVICE_AKCIPHER) &&
           algo != VIRTIO_CRYPTO_NO_AKCIPHER &&
           algo_in_mask(algo, le32_to_cpu(vcrypto->config.akcipher_algo));
}

/*
 * Is what a create-session or stateless request of @service asks for
 * advertised in the config?
 */
static bool session_offered(VirtIOCrypto *vcrypto, uint32_t service,
                            const uint32_t *f)
{
    switch (service) {
    case VIRTIO_CRYPTO_SERVICE_CIPHER:
        if (!cipher_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_CIPHER_ALGO])) {
            return false;
        }
        if (f[VIRTIO_CRYPTO_FIELD_OP_TYPE] == VIRTIO_CRYPTO_SYM_OP_CIPHER) {
            return true;
        }
        return f[VIRTIO_CRYPTO_FIELD_HASH_MODE] ==
               VIRTIO_CRYPTO_SYM_HASH_MODE_PLAIN
               ? hash_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_HASH_ALGO])
               : mac_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_HASH_ALGO]);
    case VIRTIO_CRYPTO_SERVICE_HASH:
        return hash_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_HASH_ALGO]);
    case VIRTIO_CRYPTO_SERVICE_MAC:
        return mac_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_HASH_ALGO]);
    case VIRTIO_CRYPTO_SERVICE_AEAD:
        return aead_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_CIPHER_ALGO]);
    case VIRTIO_CRYPTO_SERVICE_AKCIPHER:
        return akcipher_offered(vcrypto, f[VIRTIO_CRYPTO_FIELD_AK_ALGO]);
    default:
        return false;
    }
}

/* Copy the first @len readable bytes of @req: header, fixed part, keys */
static void virtio_crypto_keep_head(VirtIOCryptoReq *req, size_t len)
{
    req->head = virtio_crypto_copy_head(req->elem.out_sg, req->elem.out_num,
                                        len);
    req->head_len = len;
}

/*
 * Decode stage, for both queues: false when the request cannot be answered
 * at all (the device then needs a reset); else *@status says whether it can
 * go on.
 */
static bool virtio_crypto_decode(VirtIOCrypto *vcrypto, VirtIOCryptoReq *req,
                                 uint8_t *status)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(vcrypto);
    VirtQueueElement *elem = &req->elem;
    VirtIOCryptoDecodeResult res;

    if (req->q) {
        res = virtio_crypto_decode_data(vdev->guest_features, &vcrypto->limits,
                                        elem->out_sg, elem->out_num,
                                        elem->in_sg, elem->in_num, &req->dec);
    } else {
        res = virtio_crypto_decode_ctrl(vdev->guest_features, &vcrypto->limits,
                                        elem->out_sg, elem->out_num,
                                        elem->in_sg, elem->in_num, &req->dec);
    }
    if (!res.status_reachable) {
        virtio_crypto_unanswerable(req, "virtio-crypto: request without "
                                   "room for its status");
        return false;
    }
    if (res.status == VIRTIO_CRYPTO_ERR) {
        qemu_log_mask(LOG_GUEST_ERROR, "virtio-crypto: malformed %s request "
                      "(opcode 0x%x)\n", req->q ? "data" : "control",
                      req->dec.opcode);
    }
    *status = res.status;
    return true;
}

/* Admission of a control request: its session, or a slot for a new one */
static uint8_t virtio_crypto_admit_ctrl(VirtIOCrypto *vcrypto,
                                        VirtIOCryptoReq *req)
{
    VirtIOCryptoDecoded *dec = &req->dec;
    VirtIOCryptoSession *s;

    if (dec->kind == VIRTIO_CRYPTO_REQ_DESTROY_SESSION) {
        s = session_lookup(vcrypto, dec->session_id);
        /* an unknown id, or one of another service's sessions */
        if (!s || s->service != dec->service) {
            return VIRTIO_CRYPTO_ERR;
        }
        req->ctrl.slot = dec->session_id & UINT32_MAX;
        req->backend_id = s->backend_id;
        return VIRTIO_CRYPTO_OK;
    }
    if (!session_offered(vcrypto, dec->service, dec->field)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    if (!session_reserve(vcrypto, &req->ctrl.slot)) {
        /* NOSPC exists from REVISION_1 on */
        return virtio_crypto_rev1(vcrypto) ? VIRTIO_CRYPTO_NOSPC
                                           : VIRTIO_CRYPTO_ERR;
    }
    req->ctrl.generation = vcrypto->sessions[req->ctrl.slot].generation;
    return VIRTIO_CRYPTO_OK;
}

/* Submission of an admitted control request; its callback completes it */
static void virtio_crypto_submit_ctrl(VirtIOCrypto *vcrypto,
                                      VirtIOCryptoReq *req)
{
    VirtIOCryptoDecoded *dec = &req->dec;
    int ret;

    if (dec->kind == VIRTIO_CRYPTO_REQ_DESTROY_SESSION) {
        ret = cryptodev_backend_close_session(vcrypto->cryptodev,
                                              req->backend_id, 0,
                                              virtio_crypto_destroy_done,
                                              req);
        virtio_crypto_backend_called(ret, virtio_crypto_destroy_done, req);
        return;
    }
    virtio_crypto_keep_head(req, dec->readable_len);
    virtio_crypto_session_info(dec, req->head, &req->sess);
    ret = cryptodev_backend_create_session(vcrypto->cryptodev, &req->sess, 0,
                                           virtio_crypto_create_done, req);
    virtio_crypto_backend_called(ret, virtio_crypto_create_done, req);
}

/* Control request: decode -> admit -> submit -> virtio_crypto_*_done */
static void virtio_crypto_handle_ctrl_req(VirtIOCrypto *vcrypto,
                                          VirtIOCryptoReq *req)
{
    uint8_t status;

    if (!virtio_crypto_decode(vcrypto, req, &status)) {
        return;
    }
    if (status == VIRTIO_CRYPTO_OK) {
        status = virtio_crypto_admit_ctrl(vcrypto, req);
    }
    if (status != VIRTIO_CRYPTO_OK) {
        virtio_crypto_ctrl_complete(req, status);
        return;
    }
    virtio_crypto_submit_ctrl(vcrypto, req);
}

/* May requests be taken from the queues now? */
static bool virtio_crypto_serving(VirtIOCrypto *vcrypto)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(vcrypto);

    return !vcrypto->vhost_started && !qatomic_read(&vcrypto->quiesced) &&
           vdev->vm_running && !vdev->broken &&
           cryptodev_backend_is_ready(vcrypto->cryptodev);
}

static void virtio_crypto_handle_ctrl(VirtIODevice *vdev, VirtQueue *vq)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    VirtIOCryptoReq *req;

    while (virtio_crypto_serving(vcrypto) &&
           (req = virtio_crypto_pop(vcrypto, vq, NULL))) {
        virtio_crypto_handle_ctrl_req(vcrypto, req);
    }
}

/* Data queues */

/*
 * A result shorter than its buffer leaves the status byte beyond the used
 * length, and virtqueue_push() marks dirty only the used bytes: write the
 * status again through the DMA address space, which marks its page dirty
 * for migration.
 */
static void virtio_crypto_status_dirty(VirtIOCryptoReq *req, size_t offset,
                                       uint8_t status)
{
    VirtQueueElement *elem = &req->elem;
    unsigned i;

    for (i = 0; i < elem->in_num; i++) {
        if (offset < elem->in_sg[i].iov_len) {
            dma_memory_write(VIRTIO_DEVICE(req->vcrypto)->dma_as,
                             elem->in_addr[i] + offset, &status, 1,
                             MEMTXATTRS_UNSPECIFIED);
            return;
        }
        offset -= elem->in_sg[i].iov_len;
    }
}

static void virtio_crypto_data_complete(VirtIOCryptoReq *req, uint8_t status)
{
    const VirtIOCryptoDecoded *dec = &req->dec;
    size_t written;

    if (req->data.ephemeral) {
        /* a stateless request leaves no session behind */
        cryptodev_backend_close_session(req->vcrypto->cryptodev,
                                        req->backend_id, req->queue_index,
                                        NULL, NULL);
    }
    written = virtio_crypto_scatter_results(dec, req->elem.in_sg,
                                            req->elem.in_num, req->data.sym,
                                            &req->data.asym, status);
    if (written <= dec->status_offset) {
        virtio_crypto_status_dirty(req, dec->status_offset, status);
    }
    trace_virtio_crypto_data_done(req->vcrypto, dec->opcode,
                                  dec->session_id, status);
    virtio_crypto_push(req, written);
}

static void virtio_crypto_data_done(void *opaque, int ret)
{
    virtio_crypto_data_complete(opaque, virtio_crypto_status_of(ret));
}

/* Hand a prepared request to the backend, on its session */
static void virtio_crypto_submit_op(VirtIOCryptoReq *req)
{
    int ret;

    req->op.op_code = req->dec.opcode;
    req->op.session_id = req->backend_id;
    req->op.queue_index = req->queue_index;
    req->op.cb = virtio_crypto_data_done;
    req->op.opaque = req;
    ret = cryptodev_backend_crypto_operation(req->vcrypto->cryptodev,
                                             &req->op);
    virtio_crypto_backend_called(ret, virtio_crypto_data_done, req);
}

/*
 * A stateless request's session is ready, or could not be made (the
 * backend refuses what it does not serve: NOTSUPP).  The rest of its
 * admission is the one a session-mode request gets.
 */
static void virtio_crypto_stateless_ready(void *opaque, int ret)
{
    VirtIOCryptoReq *req = opaque;
    uint8_t status = virtio_crypto_status_of(ret);
    uint32_t result_len;
    bool chain;

    if (status == VIRTIO_CRYPTO_OK) {
        req->data.ephemeral = true;
        req->backend_id = req->sess.session_id;
        virtio_crypto_session_shape(req->dec.service, &req->sess,
                                    &result_len, &chain);
        status = virtio_crypto_check_lengths(&req->dec, result_len, chain);
    }
    if (status != VIRTIO_CRYPTO_OK) {
        virtio_crypto_data_complete(req, status);
        return;
    }
    virtio_crypto_submit_op(req);
}

/* A session-mode request's session: its backend id, or a status */
static uint8_t virtio_crypto_check_session(VirtIOCrypto *vcrypto,
                                           VirtIOCryptoReq *req)
{
    const VirtIOCryptoDecoded *dec = &req->dec;
    VirtIOCryptoSession *s;

    QEMU_LOCK_GUARD(&vcrypto->session_lock);
    s = session_lookup(vcrypto, dec->session_id);

    /* an unknown id, or a session of another service */
    if (!s || s->service != dec->service) {
        return VIRTIO_CRYPTO_INVSESS;
    }
    req->backend_id = s->backend_id;
    return virtio_crypto_check_lengths(&req->dec, s->result_len, s->chain);
}

/* Admission of a data request: what it asks for is offered, its session */
static uint8_t virtio_crypto_admit_data(VirtIOCrypto *vcrypto,
                                        VirtIOCryptoReq *req)
{
    const VirtIOCryptoDecoded *dec = &req->dec;

    if (!service_offered(vcrypto, dec->service)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    if (!dec->stateless) {
        return virtio_crypto_check_session(vcrypto, req);
    }
    /* its lengths are checked once its own session is made */
    return session_offered(vcrypto, dec->service, dec->field)
           ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
}

/*
 * Submission of a prepared data request.  A stateless one runs on a session
 * of its own, made from its inline parameters and closed when it completes.
 */
static void virtio_crypto_submit_data(VirtIOCrypto *vcrypto,
                                      VirtIOCryptoReq *req)
{
    int ret;

    if (!req->dec.stateless) {
        virtio_crypto_submit_op(req);
        return;
    }
    virtio_crypto_keep_head(req, virtio_crypto_keys_end(&req->dec));
    virtio_crypto_session_info(&req->dec, req->head, &req->sess);
    ret = cryptodev_backend_create_session(vcrypto->cryptodev, &req->sess,
                                           req->queue_index,
                                           virtio_crypto_stateless_ready,
                                           req);
    virtio_crypto_backend_called(ret, virtio_crypto_stateless_ready, req);
}

/*
 * Data request: decode -> admit -> prepare (gather the guest's parts) ->
 * submit -> virtio_crypto_data_complete()
 */
static void virtio_crypto_handle_data_req(VirtIOCrypto *vcrypto,
                                          VirtIOCryptoReq *req)
{
    VirtQueueElement *elem = &req->elem;
    uint8_t status;

    if (vcrypto->ctx && !virtio_crypto_writes_ram(elem)) {
        virtio_crypto_unanswerable(req, "virtio-crypto: a data request's "
                                   "device-writable buffer is not guest RAM");
        return;
    }
    if (!virtio_crypto_decode(vcrypto, req, &status)) {
        return;
    }
    trace_virtio_crypto_data_req(vcrypto, req->queue_index, req->dec.opcode,
                                 req->dec.session_id, status);
    if (status == VIRTIO_CRYPTO_OK) {
        status = virtio_crypto_admit_data(vcrypto, req);
    }
    if (status == VIRTIO_CRYPTO_OK) {
        status = virtio_crypto_gather(&req->dec, elem->out_sg, elem->out_num,
                                      elem->in_sg, elem->in_num,
                                      &req->op, &req->data.sym,
                                      &req->data.asym);
    }
    if (status != VIRTIO_CRYPTO_OK) {
        virtio_crypto_data_complete(req, status);
        return;
    }
    virtio_crypto_submit_data(vcrypto, req);
}

static bool virtio_crypto_queue_can_pop(VirtIOCryptoQueue *q)
{
    VirtIOCrypto *vcrypto = q->vcrypto;

    /* with an IOThread, only there, and while it has the notifiers */
    return virtio_crypto_serving(vcrypto) && !qatomic_read(&q->resetting) &&
           (!vcrypto->ctx || qatomic_read(&vcrypto->dataplane_started)) &&
           qatomic_read(&q->inflight) < vcrypto->max_inflight;
}

/*
 * Take every request the guest has queued, up to the in-flight limit, and
 * hand each to the backend.  The guest's kicks are off meanwhile: one kick
 * serves a batch.  An IOThread that polls the ring has them off already.
 */
static void virtio_crypto_serve_dataq(void *opaque)
{
    VirtIOCryptoQueue *q = opaque;
    VirtIOCrypto *vcrypto = q->vcrypto;
    bool kicks = virtio_queue_get_notification(q->dataq);
    VirtIOCryptoReq *req;

    if (!virtio_crypto_queue_can_pop(q) || !virtio_queue_ready(q->dataq)) {
        return;
    }
    q->in_batch = true;
    do {
        if (kicks) {
            virtio_queue_set_notification(q->dataq, 0);
        }
        while (virtio_crypto_queue_can_pop(q) &&
               (req = virtio_crypto_pop(vcrypto, q->dataq, q))) {
            virtio_crypto_handle_data_req(vcrypto, req);
        }
        if (kicks) {
            virtio_queue_set_notification(q->dataq, 1);
        }
        /* a request queued before kicks were back on is ours to take */
    } while (virtio_crypto_queue_can_pop(q) && !virtio_queue_empty(q->dataq));
    q->in_batch = false;
    /* the answers of requests that ran at once: one interrupt now */
    virtio_crypto_flush_notify(q);
}

static void virtio_crypto_flush_notify_all(void *opaque)
{
    VirtIOCrypto *vcrypto = opaque;
    uint32_t i;

    for (i = 0; i < vcrypto->max_queues; i++) {
        virtio_crypto_flush_notify(&vcrypto->vqs[i]);
    }
}

static void virtio_crypto_nop(void *opaque)
{
}

/*
 * Run @fn in the data queues' thread and wait for it; in the main loop,
 * under the BQL.
 */
static void virtio_crypto_in_dataplane(VirtIOCrypto *vcrypto,
                                       QEMUBHFunc *fn)
{
    if (vcrypto->ctx) {
        aio_wait_bh_oneshot(vcrypto->ctx, fn, vcrypto);
    } else {
        fn(vcrypto);
    }
}

/*
 * Let the requests in flight of @q, or with NULL of every queue, complete;
 * no queue takes any meanwhile
 */
static void virtio_crypto_drain_queue(VirtIOCrypto *vcrypto,
                                      VirtIOCryptoQueue *q)
{
    uint32_t *inflight = q ? &q->inflight : &vcrypto->inflight;

    trace_virtio_crypto_drain(vcrypto, qatomic_read(inflight));
    qatomic_inc(&vcrypto->quiesced);
    /* an IOThread in the middle of a batch ends it first */
    virtio_crypto_in_dataplane(vcrypto, virtio_crypto_nop);
    AIO_WAIT_WHILE(NULL, qatomic_read(inflight) > 0);
    qatomic_dec(&vcrypto->quiesced);
    /* the guest hears of every answer before the state is saved */
    virtio_crypto_in_dataplane(vcrypto, virtio_crypto_flush_notify_all);
}

static void virtio_crypto_drain(VirtIOCrypto *vcrypto)
{
    virtio_crypto_drain_queue(vcrypto, NULL);
}

/*
 * VIRTIO_F_RING_RESET: the driver takes the queue's buffers back once the
 * reset completes (virtio 1.2, 4.1.4.3.2), so the requests it holds must
 * have answered by then.  The other data queues wait meanwhile, then go
 * on; the control queue's requests are not counted apart.  A data queue
 * is left alone until the driver enables it again.
 */
static void virtio_crypto_queue_reset(VirtIODevice *vdev, uint32_t queue_index)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    VirtIOCryptoQueue *q = NULL;
    uint32_t i;

    trace_virtio_crypto_queue_reset(vcrypto, queue_index);
    if (queue_index < vcrypto->max_queues) {
        q = &vcrypto->vqs[queue_index];
        qatomic_set(&q->resetting, true);
    }
    virtio_crypto_drain_queue(vcrypto, q);
    for (i = 0; i < vcrypto->max_queues; i++) {
        qemu_bh_schedule(vcrypto->vqs[i].dataq_bh);
    }
}

static void virtio_crypto_queue_enable(VirtIODevice *vdev,
                                       uint32_t queue_index)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);

    if (queue_index < vcrypto->max_queues) {
        qatomic_set(&vcrypto->vqs[queue_index].resetting, false);
        qemu_bh_schedule(vcrypto->vqs[queue_index].dataq_bh);
    }
}

/* Look at every queue again: after a drain, or when the VM runs again */
static void virtio_crypto_kick(VirtIOCrypto *vcrypto)
{
    uint32_t i;

    for (i = 0; i < vcrypto->max_queues; i++) {
        qemu_bh_schedule(vcrypto->vqs[i].dataq_bh);
    }
    virtio_queue_notify(VIRTIO_DEVICE(vcrypto), vcrypto->max_queues);
}

/*
 * A kick: take the requests at once, in the thread that saw the kick: the
 * IOThread, or the main loop with ioeventfd (which TCG emulates too).  Only
 * decoding and copying run here, and small requests; larger ones go to the
 * backend's threads.
 */
static void virtio_crypto_handle_dataq(VirtIODevice *vdev, VirtQueue *vq)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);

    virtio_crypto_serve_dataq(&vcrypto->vqs[virtio_get_queue_index(vq)]);
}

/*
 * Notifiers.  The control queue's kicks are served in the main loop, as
 * for any virtio device.  The data queues' are served there too, or in the
 * IOThread: then their interrupts go through guest notifiers, which the
 * main loop or KVM's irqfd deliver, since the IOThread runs without the
 * BQL.
 */

static void virtio_crypto_attach_dataqs(void *opaque)
{
    VirtIOCrypto *vcrypto = opaque;
    uint32_t i;

    /* attaching kicks the queue: what came meanwhile is taken now */
    for (i = 0; i < vcrypto->max_queues; i++) {
        virtio_queue_aio_attach_host_notifier(vcrypto->vqs[i].dataq,
                                              vcrypto->ctx);
    }
}

static void virtio_crypto_detach_dataqs(void *opaque)
{
    VirtIOCrypto *vcrypto = opaque;
    uint32_t i;

    for (i = 0; i < vcrypto->max_queues; i++) {
        virtio_queue_aio_detach_host_notifier(vcrypto->vqs[i].dataq,
                                              vcrypto->ctx);
    }
}

/* Assign (or remove) the host notifiers of the first @n virtqueues */
static int virtio_crypto_set_host_notifiers(VirtIOCrypto *vcrypto,
                                            uint32_t n, bool assign)
{
    VirtioBusState *bus = VIRTIO_BUS(qdev_get_parent_bus(DEVICE(vcrypto)));
    uint32_t i;
    int r = 0;

    /* one transaction: the memory map is rebuilt once, not per queue */
    memory_region_transaction_begin();
    for (i = 0; i < n && r == 0; i++) {
        r = virtio_bus_set_host_notifier(bus, i, assign);
    }
    if (r < 0) {
        n = i - 1;
        for (i = 0; i < n; i++) {
            virtio_bus_set_host_notifier(bus, i, false);
        }
    }
    /* the notifiers must stay open until the transaction commits */
    memory_region_transaction_commit();
    if (r < 0 || !assign) {
        for (i = 0; i < n; i++) {
            virtio_bus_cleanup_host_notifier(bus, i);
        }
    }
    return r;
}

/*
 * Take (or stop taking) kicks in the main loop: the control queue's, and
 * the data queues' when there is no IOThread.  Turned on, each queue is
 * looked at once: what came meanwhile is taken now.
 */
static void virtio_crypto_main_loop_kicks(VirtIOCrypto *vcrypto, bool on)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(vcrypto);
    uint32_t i;

    /* data queue i is virtqueue i; the control queue comes last */
    for (i = vcrypto->ctx ? vcrypto->max_queues : 0;
         i <= vcrypto->max_queues; i++) {
        EventNotifier *e =
            virtio_queue_get_host_notifier(virtio_get_queue(vdev, i));

        event_notifier_set_handler(e, on ? virtio_queue_host_notifier_read
                                         : NULL);
        if (on) {
            event_notifier_set(e);
        }
    }
}

static int virtio_crypto_start_ioeventfd(VirtIODevice *vdev)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    BusState *qbus = qdev_get_parent_bus(DEVICE(vdev));
    VirtioBusClass *k = VIRTIO_BUS_GET_CLASS(qbus);
    int r;

    if (vcrypto->ctx) {
        r = k->set_guest_notifiers(qbus->parent, vcrypto->max_queues, true);
        if (r < 0) {
            goto fail;
        }
    }
    r = virtio_crypto_set_host_notifiers(vcrypto, vcrypto->max_queues + 1,
                                         true);
    if (r < 0) {
        if (vcrypto->ctx) {
            k->set_guest_notifiers(qbus->parent, vcrypto->max_queues, false);
        }
        goto fail;
    }

    virtio_crypto_main_loop_kicks(vcrypto, true);
    if (vcrypto->ctx) {
        qatomic_set(&vcrypto->dataplane_started, true);
        aio_wait_bh_oneshot(vcrypto->ctx, virtio_crypto_attach_dataqs,
                            vcrypto);
    }
    return 0;

fail:
    if (vcrypto->ctx) {
        /* only the IOThread serves the data queues: they cannot go on */
        virtio_error(vdev, "virtio-crypto: cannot attach the data queues to "
                     "the IOThread (%d)", r);
    }
    return r;
}

static void virtio_crypto_stop_ioeventfd(VirtIODevice *vdev)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    BusState *qbus = qdev_get_parent_bus(DEVICE(vdev));
    VirtioBusClass *k = VIRTIO_BUS_GET_CLASS(qbus);

    virtio_crypto_main_loop_kicks(vcrypto, false);
    if (vcrypto->ctx) {
        /*
         * The IOThread takes no more requests; those in flight answer
         * while the guest notifiers can still carry their interrupts.
         */
        qatomic_set(&vcrypto->dataplane_started, false);
        aio_wait_bh_oneshot(vcrypto->ctx, virtio_crypto_detach_dataqs,
                            vcrypto);
        virtio_crypto_drain(vcrypto);
    }
    virtio_crypto_set_host_notifiers(vcrypto, vcrypto->max_queues + 1, false);
    if (vcrypto->ctx) {
        k->set_guest_notifiers(qbus->parent, vcrypto->max_queues, false);
    }
}

/* Config space and features */

static void virtio_crypto_build_config(VirtIOCrypto *vcrypto)
{
    const CryptoDevBackendConf *b = &vcrypto->cryptodev->conf;
    struct virtio_crypto_config *c = &vcrypto->config;
    uint64_t max_size = MIN(b->max_size, VIRTIO_CRYPTO_MAX_REQUEST_SIZE);

    memset(c, 0, sizeof(*c));
    c->max_dataqueues = cpu_to_le32(vcrypto->max_queues);
    c->crypto_services = cpu_to_le32(b->crypto_services);
    c->cipher_algo_l = cpu_to_le32(b->cipher_algo_l);
    c->cipher_algo_h = cpu_to_le32(b->cipher_algo_h);
    c->hash_algo = cpu_to_le32(b->hash_algo);
    c->mac_algo_l = cpu_to_le32(b->mac_algo_l);
    c->mac_algo_h = cpu_to_le32(b->mac_algo_h);
    c->aead_algo = cpu_to_le32(b->aead_algo);
    c->max_cipher_key_len = cpu_to_le32(b->max_cipher_key_len);
    c->max_auth_key_len = cpu_to_le32(b->max_auth_key_len);
    c->akcipher_algo = cpu_to_le32(b->akcipher_algo);
    c->max_size = cpu_to_le64(max_size);

    vcrypto->limits = (VirtIOCryptoLimits) {
        .max_size = max_size,
        .max_cipher_key_len = b->max_cipher_key_len,
        .max_auth_key_len = b->max_auth_key_len,
        .max_akcipher_key_len = VIRTIO_CRYPTO_MAX_AKCIPHER_KEY_LEN,
    };
}

static void virtio_crypto_get_config(VirtIODevice *vdev, uint8_t *config)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    struct virtio_crypto_config *c = &vcrypto->config;

    /* a vhost-user backend becomes ready when its peer connects */
    c->status = cpu_to_le32(cryptodev_backend_is_ready(vcrypto->cryptodev)
                            ? VIRTIO_CRYPTO_S_HW_READY : 0);
    memcpy(config, c, sizeof(*c));
}

static bool virtio_crypto_backend_is_vhost(VirtIOCrypto *vcrypto)
{
    CryptoDevBackendClient *cc = vcrypto->cryptodev->conf.peers.ccs[0];

    return cc && cc->type == QCRYPTODEV_BACKEND_TYPE_VHOST_USER;
}

/* The stateless feature bits of the services in the mask @services */
static uint64_t stateless_bits(uint32_t services)
{
    uint64_t bits = 0;
    uint32_t service;

    for (service = 0; service <= VIRTIO_CRYPTO_SERVICE_AKCIPHER; service++) {
        if (services & BIT(service)) {
            bits |= BIT_ULL(virtio_crypto_stateless_feature(service));
        }
    }
    return bits;
}

static uint64_t virtio_crypto_get_features(VirtIODevice *vdev,
                                           uint64_t features, Error **errp)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    uint64_t ours = vcrypto->host_features;
    uint32_t services = le32_to_cpu(vcrypto->config.crypto_services);

    /* a vhost-user peer parses the requests itself: legacy format only */
    if (virtio_crypto_backend_is_vhost(vcrypto)) {
        ours = 0;
    }
    /*
     * the stateless bits need REVISION_1; and stateless mode is only
     * for the services the backend serves.
     */
    if (!(ours & BIT_ULL(VIRTIO_CRYPTO_F_REVISION_1))) {
        services = 0;
    }
    ours &= ~stateless_bits(~services);
    return features | ours;
}

/* a driver that takes a stateless bit without bit 0 fails FEATURES_OK */
static int virtio_crypto_validate_features(VirtIODevice *vdev)
{
    if ((vdev->guest_features & stateless_bits(UINT32_MAX)) &&
        !virtio_vdev_has_feature(vdev, VIRTIO_CRYPTO_F_REVISION_1)) {
        qemu_log_mask(LOG_GUEST_ERROR, "virtio-crypto: stateless mode "
                      "features without VIRTIO_CRYPTO_F_REVISION_1\n");
        return -EINVAL;
    }
    return 0;
}

/* vhost-user backends run the queues themselves */

static bool virtio_crypto_vhost_wanted(VirtIOCrypto *vcrypto, uint8_t status)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(vcrypto);

    return (status & VIRTIO_CONFIG_S_DRIVER_OK) && vdev->vm_running &&
           cryptodev_backend_is_ready(vcrypto->cryptodev);
}

static void virtio_crypto_vhost_set_status(VirtIOCrypto *vcrypto,
                                           uint8_t status)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(vcrypto);
    CryptoDevBackend *b = vcrypto->cryptodev;
    bool wanted = virtio_crypto_vhost_wanted(vcrypto, status);

    if (!cryptodev_get_vhost(b->conf.peers.ccs[0], b, 0) ||
        wanted == !!vcrypto->vhost_started) {
        return;
    }
    if (wanted) {
        int r = cryptodev_vhost_start(vdev, vcrypto->max_queues);

        if (r < 0) {
            error_report("virtio-crypto: cannot start vhost crypto (%d), "
                         "serving the queues in QEMU instead", -r);
            return;
        }
        vcrypto->vhost_started = 1;
    } else {
        cryptodev_vhost_stop(vdev, vcrypto->max_queues);
        vcrypto->vhost_started = 0;
    }
}

/* Also called when the VM stops or runs again */
static void virtio_crypto_set_status(VirtIODevice *vdev, uint8_t status)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);

    if (!vdev->vm_running) {
        /*
         * A stopped VM has no request in flight: what migrates is either
         * answered or still in the ring, never half done.
         */
        virtio_crypto_drain(vcrypto);
    }
    virtio_crypto_vhost_set_status(vcrypto, status);
    if (vdev->vm_running) {
        /* kicks that came while stopped were not acted on */
        virtio_crypto_kick(vcrypto);
    }
}

static void virtio_crypto_guest_notifier_mask(VirtIODevice *vdev, int idx,
                                              bool mask)
{
    if (idx != VIRTIO_CONFIG_IRQ_IDX) {
        /* data queue i is virtqueue i */
        cryptodev_vhost_virtqueue_mask(vdev, idx, idx, mask);
    }
}

static bool virtio_crypto_guest_notifier_pending(VirtIODevice *vdev, int idx)
{
    if (idx == VIRTIO_CONFIG_IRQ_IDX) {
        return false;
    }
    return cryptodev_vhost_virtqueue_pending(vdev, idx, idx);
}

static struct vhost_dev *virtio_crypto_get_vhost(VirtIODevice *vdev)
{
    CryptoDevBackend *b = VIRTIO_CRYPTO(vdev)->cryptodev;
    CryptoDevBackendVhost *vhost;

    if (!b) {
        return NULL;
    }
    vhost = cryptodev_get_vhost(b->conf.peers.ccs[0], b, 0);
    return vhost ? &vhost->dev : NULL;
}

/* Lifecycle */

/* The data queues may run in an IOThread: can they here? */
static bool virtio_crypto_iothread_check(VirtIOCrypto *vcrypto, Error **errp)
{
    CryptoDevBackend *b = vcrypto->cryptodev;
    BusState *qbus = qdev_get_parent_bus(DEVICE(vcrypto));
    VirtioBusClass *k = VIRTIO_BUS_GET_CLASS(qbus);
    const char *name = object_get_canonical_path_component(OBJECT(b));

    if (!vcrypto->conf.iothread) {
        return true;
    }
    if (!CRYPTODEV_BACKEND_GET_CLASS(b)->thread_safe) {
        error_setg(errp, "cryptodev '%s' cannot serve requests from an "
                   "iothread; use cryptodev-backend-builtin", name);
        return false;
    }
    if (!k->set_guest_notifiers || !k->ioeventfd_assign ||
        !virtio_device_ioeventfd_enabled(VIRTIO_DEVICE(vcrypto))) {
        error_setg(errp, "an iothread needs ioeventfd, which this transport "
                   "does not offer here");
        return false;
    }
    /* the throttle's timer and queue belong to the main loop */
    if (throttle_enabled(&b->tc)) {
        error_setg(errp, "cryptodev '%s' is throttled; throttling does not "
                   "work with an iothread", name);
        return false;
    }
    error_setg(&b->throttle_blocker, "cryptodev '%s' serves a virtio-crypto "
               "device with an iothread; throttling does not work there",
               name);
    vcrypto->ctx = iothread_get_aio_context(vcrypto->conf.iothread);
    object_ref(OBJECT(vcrypto->conf.iothread));
    return true;
}

static void virtio_crypto_device_realize(DeviceState *dev, Error **errp)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(dev);
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(dev);
    CryptoDevBackendClass *bc;
    uint32_t i;

    vcrypto->cryptodev = vcrypto->conf.cryptodev;
    if (!vcrypto->cryptodev) {
        error_setg(errp, "'cryptodev' parameter expects a valid object");
        return;
    }
    bc = CRYPTODEV_BACKEND_GET_CLASS(vcrypto->cryptodev);
    if (cryptodev_backend_is_used(vcrypto->cryptodev)) {
        error_setg(errp, "cryptodev '%s' is already in use by another device",
                   object_get_canonical_path_component(
                       OBJECT(vcrypto->cryptodev)));
        return;
    }
    if (!vcrypto->max_sessions ||
        vcrypto->max_sessions > VIRTIO_CRYPTO_MAX_SESSIONS) {
        error_setg(errp, "'max-sessions' must be between 1 and %u",
                   (unsigned)VIRTIO_CRYPTO_MAX_SESSIONS);
        return;
    }
    if (!vcrypto->max_inflight ||
        vcrypto->max_inflight > VIRTIO_CRYPTO_MAX_INFLIGHT) {
        error_setg(errp, "'max-inflight' must be between 1 and %u",
                   (unsigned)VIRTIO_CRYPTO_MAX_INFLIGHT);
        return;
    }
    vcrypto->max_queues = MAX(vcrypto->cryptodev->conf.peers.queues, 1);
    if (vcrypto->max_queues + 1 > VIRTIO_QUEUE_MAX) {
        error_setg(errp, "cryptodev has %" PRIu32 " queues; at most %d "
                   "are supported", vcrypto->max_queues,
                   VIRTIO_QUEUE_MAX - 1);
        return;
    }
    if (!bc->sessions_recreatable) {
        /* a migration destination makes the guest's sessions again */
        error_setg(&vcrypto->migration_blocker, "virtio-crypto: cryptodev "
                   "'%s' cannot re-create sessions; its sessions "
                   "and requests cannot be migrated",
                   object_get_canonical_path_component(
                       OBJECT(vcrypto->cryptodev)));
        if (migrate_add_blocker(&vcrypto->migration_blocker, errp) < 0) {
            return;
        }
    }
    if (!virtio_crypto_iothread_check(vcrypto, errp)) {
        migrate_del_blocker(&vcrypto->migration_blocker);
        return;
    }

    virtio_init(vdev, VIRTIO_ID_CRYPTO, sizeof(struct virtio_crypto_config));
    /*
     * Linux's driver sends descriptors of length 0 (AF_ALG requests made
     * of spliced pages); they carry no bytes, and the request is valid
     */
    vdev->skip_empty_descriptors = true;
    vcrypto->vqs = g_new0(VirtIOCryptoQueue, vcrypto->max_queues);
    for (i = 0; i < vcrypto->max_queues; i++) {
        vcrypto->vqs[i].vcrypto = vcrypto;
        vcrypto->vqs[i].dataq = virtio_add_queue(vdev, VIRTIO_CRYPTO_VQ_SIZE,
                                                 virtio_crypto_handle_dataq);
        if (vcrypto->ctx) {
            /*
             * Not guarded: the transport's re-entrancy guard is the vCPUs',
             * and these run in another thread
             */
            vcrypto->vqs[i].dataq_bh =
                aio_bh_new(vcrypto->ctx, virtio_crypto_serve_dataq,
                           &vcrypto->vqs[i]);
            vcrypto->vqs[i].notify_bh =
                aio_bh_new(vcrypto->ctx, virtio_crypto_notify_bh,
                           &vcrypto->vqs[i]);
        } else {
            vcrypto->vqs[i].dataq_bh =
                virtio_bh_new_guarded(dev, virtio_crypto_serve_dataq,
                                      &vcrypto->vqs[i]);
            vcrypto->vqs[i].notify_bh =
                virtio_bh_new_guarded(dev, virtio_crypto_notify_bh,
                                      &vcrypto->vqs[i]);
        }
    }
    vcrypto->ctrl_vq = virtio_add_queue(vdev, VIRTIO_CRYPTO_VQ_SIZE,
                                        virtio_crypto_handle_ctrl);
    virtio_crypto_build_config(vcrypto);
    vcrypto->sessions = g_new0(VirtIOCryptoSession, vcrypto->max_sessions);
    qemu_mutex_init(&vcrypto->session_lock);
    vcrypto->error_bh = virtio_bh_new_guarded(dev, virtio_crypto_error_bh,
                                              vcrypto);
    if (vcrypto->ctx) {
        /* the data queues' interrupts go through guest notifiers */
        vdev->use_guest_notifier_mask = false;
    }
    cryptodev_backend_set_used(vcrypto->cryptodev, true);
}

static void virtio_crypto_device_unrealize(DeviceState *dev)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(dev);
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(dev);
    uint32_t i;

    /* answers go to guest memory, which must still be mapped */
    virtio_crypto_drain(vcrypto);
    virtio_crypto_close_sessions(vcrypto);
    g_free(vcrypto->sessions);
    vcrypto->sessions = NULL;
    qemu_mutex_destroy(&vcrypto->session_lock);
    qemu_bh_delete(vcrypto->error_bh);
    migrate_del_blocker(&vcrypto->migration_blocker);
    for (i = 0; i < vcrypto->max_queues; i++) {
        qemu_bh_delete(vcrypto->vqs[i].dataq_bh);
        qemu_bh_delete(vcrypto->vqs[i].notify_bh);
        virtio_delete_queue(vcrypto->vqs[i].dataq);
    }
    virtio_delete_queue(vcrypto->ctrl_vq);
    g_free(vcrypto->vqs);
    vcrypto->vqs = NULL;
    virtio_cleanup(vdev);
    if (vcrypto->ctx) {
        error_free(vcrypto->cryptodev->throttle_blocker);
        vcrypto->cryptodev->throttle_blocker = NULL;
        object_unref(OBJECT(vcrypto->conf.iothread));
        vcrypto->ctx = NULL;
    }
    cryptodev_backend_set_used(vcrypto->cryptodev, false);
}

/* Migration: the session table travels with its recipes */

static bool session_recipe_valid(void *opaque, int version_id)
{
    VirtIOCryptoSession *s = opaque;

    if (s->state == VIRTIO_CRYPTO_SESSION_FREE) {
        return s->recipe_len == 0;
    }
    return s->state == VIRTIO_CRYPTO_SESSION_LIVE &&
           s->recipe_len <= VIRTIO_CRYPTO_MAX_RECIPE_LEN;
}

static const VMStateDescription vmstate_virtio_crypto_session = {
    .name = "virtio-crypto/session",
    .version_id = 1,
    .minimum_version_id = 1,
    .fields = (const VMStateField[]) {
        VMSTATE_UINT32(state, VirtIOCryptoSession),
        VMSTATE_UINT32(generation, VirtIOCryptoSession),
        VMSTATE_UINT32(recipe_len, VirtIOCryptoSession),
        VMSTATE_VALIDATE("session state and recipe length",
                         session_recipe_valid),
        VMSTATE_VBUFFER_ALLOC_UINT32(recipe, VirtIOCryptoSession, 0, NULL,
                                     recipe_len),
        VMSTATE_END_OF_LIST()
    },
};

static int virtio_crypto_pre_save(void *opaque)
{
    VirtIOCrypto *vcrypto = opaque;

    /* the VM stopped, which drained the queues (set_status) */
    if (qatomic_read(&vcrypto->inflight)) {
        error_report("virtio-crypto: %" PRIu32 " requests still in flight",
                     qatomic_read(&vcrypto->inflight));
        return -EBUSY;
    }
    return 0;
}

static const VMStateDescription vmstate_virtio_crypto_device = {
    .name = "virtio-crypto-device",
    .version_id = 1,
    .minimum_version_id = 1,
    .pre_save = virtio_crypto_pre_save,
    .fields = (const VMStateField[]) {
        VMSTATE_UINT32_EQUAL(max_sessions, VirtIOCrypto, NULL),
        VMSTATE_STRUCT_VARRAY_POINTER_UINT32(sessions, VirtIOCrypto,
                                             max_sessions,
                                             vmstate_virtio_crypto_session,
                                             VirtIOCryptoSession),
        VMSTATE_END_OF_LIST()
    },
};

/* The backend's answer to a session re-created after migration */
typedef struct VirtIOCryptoRecreate {
    bool done;
    int ret;
} VirtIOCryptoRecreate;

static void virtio_crypto_recreate_done(void *opaque, int ret)
{
    VirtIOCryptoRecreate *r = opaque;

    r->ret = ret;
    r->done = true;
}

/* Make session @slot again in this process's backend, from its recipe */
static int virtio_crypto_recreate_session(VirtIOCrypto *vcrypto,
                                          uint32_t slot)
{
    VirtIODevice *vdev = VIRTIO_DEVICE(vcrypto);
    VirtIOCryptoSession *s = &vcrypto->sessions[slot];
    uint8_t outcome[sizeof(struct virtio_crypto_session_input)];
    struct iovec out = { .iov_base = s->recipe, .iov_len = s->recipe_len };
    struct iovec in = { .iov_base = outcome, .iov_len = sizeof(outcome) };
    CryptoDevBackendSessionInfo info;
    VirtIOCryptoRecreate r = { 0 };
    VirtIOCryptoDecoded dec;
    VirtIOCryptoDecodeResult res;

    /* the stream is as untrusted as the guest that wrote the recipe */
    res = virtio_crypto_decode_ctrl(vdev->guest_features, &vcrypto->limits,
                                    &out, 1, &in, 1, &dec);
    if (res.status != VIRTIO_CRYPTO_OK ||
        dec.kind != VIRTIO_CRYPTO_REQ_CREATE_SESSION ||
        !session_offered(vcrypto, dec.service, dec.field)) {
        error_report("virtio-crypto: session %" PRIu32 " cannot be made "
                     "again: its request is not valid here", slot);
        return -EINVAL;
    }
    virtio_crypto_session_info(&dec, s->recipe, &info);
    /* a backend with sessions_recreatable answers at once */
    cryptodev_backend_create_session(vcrypto->cryptodev, &info, 0,
                                     virtio_crypto_recreate_done, &r);
    if (!r.done || r.ret) {
        error_report("virtio-crypto: the backend refused to make session "
                     "%" PRIu32 " again (%d)", slot, r.ret);
        return -EINVAL;
    }
    session_set_live(vcrypto, s, &dec, &info);
    return 0;
}

/* After the whole device loaded: features are known, sessions can be made */
static int virtio_crypto_post_load(VirtIODevice *vdev)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    uint32_t i;
    int ret;

    for (i = 0; i < vcrypto->max_sessions; i++) {
        if (vcrypto->sessions[i].state == VIRTIO_CRYPTO_SESSION_LIVE) {
            ret = virtio_crypto_recreate_session(vcrypto, i);
            if (ret < 0) {
                return ret;
            }
        }
    }
    return 0;
}

static const VMStateDescription vmstate_virtio_crypto = {
    .name = "virtio-crypto",
    .minimum_version_id = 1,
    .version_id = 1,
    .fields = (const VMStateField[]) {
        VMSTATE_VIRTIO_DEVICE,
        VMSTATE_END_OF_LIST()
    },
};

/* A reset forgets every session: the driver starts over */
static void virtio_crypto_reset(VirtIODevice *vdev)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(vdev);
    uint32_t i;

    /* answers first, while the rings are still the driver's */
    virtio_crypto_drain(vcrypto);
    virtio_crypto_close_sessions(vcrypto);
    for (i = 0; i < vcrypto->max_queues; i++) {
        qatomic_set(&vcrypto->vqs[i].resetting, false);
    }
}

static const Property virtio_crypto_properties[] = {
    DEFINE_PROP_LINK("cryptodev", VirtIOCrypto, conf.cryptodev,
                     TYPE_CRYPTODEV_BACKEND, CryptoDevBackend *),
    DEFINE_PROP_LINK("iothread", VirtIOCrypto, conf.iothread, TYPE_IOTHREAD,
                     IOThread *),
    DEFINE_PROP_UINT32("max-sessions", VirtIOCrypto, max_sessions,
                       VIRTIO_CRYPTO_DEFAULT_SESSIONS),
    DEFINE_PROP_UINT32("max-inflight", VirtIOCrypto, max_inflight,
                       VIRTIO_CRYPTO_DEFAULT_INFLIGHT),
    DEFINE_PROP_BIT64("revision-1", VirtIOCrypto, host_features,
                      VIRTIO_CRYPTO_F_REVISION_1, true),
    DEFINE_PROP_BIT64("cipher-stateless-mode", VirtIOCrypto, host_features,
                      VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE, true),
    DEFINE_PROP_BIT64("hash-stateless-mode", VirtIOCrypto, host_features,
                      VIRTIO_CRYPTO_F_HASH_STATELESS_MODE, true),
    DEFINE_PROP_BIT64("mac-stateless-mode", VirtIOCrypto, host_features,
                      VIRTIO_CRYPTO_F_MAC_STATELESS_MODE, true),
    DEFINE_PROP_BIT64("aead-stateless-mode", VirtIOCrypto, host_features,
                      VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE, true),
    DEFINE_PROP_BIT64("akcipher-stateless-mode", VirtIOCrypto, host_features,
                      VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE, true),
};

static void virtio_crypto_class_init(ObjectClass *klass, void *data)
{
    DeviceClass *dc = DEVICE_CLASS(klass);
    VirtioDeviceClass *vdc = VIRTIO_DEVICE_CLASS(klass);

    device_class_set_props(dc, virtio_crypto_properties);
    dc->vmsd = &vmstate_virtio_crypto;
    set_bit(DEVICE_CATEGORY_MISC, dc->categories);
    vdc->realize = virtio_crypto_device_realize;
    vdc->unrealize = virtio_crypto_device_unrealize;
    vdc->get_config = virtio_crypto_get_config;
    vdc->get_features = virtio_crypto_get_features;
    vdc->validate_features = virtio_crypto_validate_features;
    vdc->reset = virtio_crypto_reset;
    vdc->queue_reset = virtio_crypto_queue_reset;
    vdc->queue_enable = virtio_crypto_queue_enable;
    vdc->start_ioeventfd = virtio_crypto_start_ioeventfd;
    vdc->stop_ioeventfd = virtio_crypto_stop_ioeventfd;
    vdc->vmsd = &vmstate_virtio_crypto_device;
    vdc->post_load = virtio_crypto_post_load;
    vdc->set_status = virtio_crypto_set_status;
    vdc->guest_notifier_mask = virtio_crypto_guest_notifier_mask;
    vdc->guest_notifier_pending = virtio_crypto_guest_notifier_pending;
    vdc->get_vhost = virtio_crypto_get_vhost;
}

static void virtio_crypto_instance_init(Object *obj)
{
    VirtIOCrypto *vcrypto = VIRTIO_CRYPTO(obj);

    /* the config size is fixed; data queues are set up at realize */
    vcrypto->max_queues = 1;
}

static const TypeInfo virtio_crypto_info = {
    .name = TYPE_VIRTIO_CRYPTO,
    .parent = TYPE_VIRTIO_DEVICE,
    .instance_size = sizeof(VirtIOCrypto),
    .instance_init = virtio_crypto_instance_init,
    .class_init = virtio_crypto_class_init,
};

static void virtio_register_types(void)
{
    type_register_static(&virtio_crypto_info);
}

type_init(virtio_register_types)
