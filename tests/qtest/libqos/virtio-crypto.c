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

#define BACKEND_OPTS "-object cryptodev-backend-builtin,id=" \
    QVIRTIO_CRYPTO_BACKEND_ID
#define DEVICE_OPTS "cryptodev=" QVIRTIO_CRYPTO_BACKEND_ID

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

static void virtio_crypto_register_nodes(void)
{
    QPCIAddress addr = {
        .devfn = QPCI_DEVFN(4, 0),
    };
    QOSGraphEdgeOptions pci_opts = {
        .extra_device_opts = "addr=04.0," DEVICE_OPTS,
        .before_cmd_line = BACKEND_OPTS,
    };
    QOSGraphEdgeOptions mmio_opts = {
        .extra_device_opts = DEVICE_OPTS,
        .before_cmd_line = BACKEND_OPTS,
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
