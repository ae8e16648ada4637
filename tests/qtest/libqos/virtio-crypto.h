/*
 * libqos driver for virtio-crypto
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TESTS_LIBQOS_VIRTIO_CRYPTO_H
#define TESTS_LIBQOS_VIRTIO_CRYPTO_H

#include "qgraph.h"
#include "virtio.h"
#include "virtio-pci.h"

/* The id of the cryptodev backend object every test device is given */
#define QVIRTIO_CRYPTO_BACKEND_ID "qvc-cryptodev0"

typedef struct QVirtioCrypto {
    QVirtioDevice *vdev;
} QVirtioCrypto;

typedef struct QVirtioCryptoPCI {
    QVirtioPCIDevice pci_vdev;
    QVirtioCrypto crypto;
} QVirtioCryptoPCI;

typedef struct QVirtioCryptoDevice {
    QOSGraphObject obj;
    QVirtioCrypto crypto;
} QVirtioCryptoDevice;

#endif
