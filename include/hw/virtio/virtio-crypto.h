/*
 * Virtio crypto device
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef QEMU_VIRTIO_CRYPTO_H
#define QEMU_VIRTIO_CRYPTO_H

#include "standard-headers/linux/virtio_crypto.h"
#include "hw/virtio/virtio.h"
#include "hw/virtio/virtio-crypto-codec.h"
#include "system/cryptodev.h"
#include "qom/object.h"

#define TYPE_VIRTIO_CRYPTO "virtio-crypto-device"
OBJECT_DECLARE_SIMPLE_TYPE(VirtIOCrypto, VIRTIO_CRYPTO)

/* The queue size of every virtqueue of the device */
#define VIRTIO_CRYPTO_VQ_SIZE 1024

typedef struct VirtIOCryptoConf {
    CryptoDevBackend *cryptodev;
} VirtIOCryptoConf;

typedef struct VirtIOCryptoQueue {
    VirtQueue *dataq;
    QEMUBH *dataq_bh;
    struct VirtIOCrypto *vcrypto;
} VirtIOCryptoQueue;

struct VirtIOCrypto {
    VirtIODevice parent_obj;

    VirtQueue *ctrl_vq;
    VirtIOCryptoQueue *vqs;
    VirtIOCryptoConf conf;
    /* the backend; also read by backends/cryptodev-vhost.c */
    CryptoDevBackend *cryptodev;

    uint32_t max_queues;
    /* what the config space advertises, taken from the backend */
    struct virtio_crypto_config config;
    VirtIOCryptoLimits limits;
    uint8_t vhost_started;
};

#endif /* QEMU_VIRTIO_CRYPTO_H */
