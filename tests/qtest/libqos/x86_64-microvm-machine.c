/*
 * libqos machine: x86_64 microvm, whose devices sit on virtio-mmio
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "../libqtest.h"
#include "qemu/module.h"
#include "libqos-malloc.h"
#include "qgraph.h"
#include "virtio-mmio.h"

#define MICROVM_PAGE_SIZE       4096
#define MICROVM_RAM_START       (1 * 1024 * 1024)
#define MICROVM_RAM_END         (256 * 1024 * 1024)
/*
 * With one I/O APIC microvm has 8 virtio-mmio transports from 0xfeb00000,
 * 512 bytes apart; -device plugs into the last one created first.
 */
#define MICROVM_VIRTIO_MMIO_ADDR (0xfeb00000 + 7 * 512)
#define MICROVM_VIRTIO_MMIO_SIZE 512

typedef struct QMicrovmMachine {
    QOSGraphObject obj;
    QGuestAllocator alloc;
    QVirtioMMIODevice virtio_mmio;
} QMicrovmMachine;

static void microvm_destructor(QOSGraphObject *obj)
{
    QMicrovmMachine *machine = (QMicrovmMachine *)obj;

    alloc_destroy(&machine->alloc);
}

static void *microvm_get_driver(void *object, const char *interface)
{
    QMicrovmMachine *machine = object;

    if (!g_strcmp0(interface, "memory")) {
        return &machine->alloc;
    }
    fprintf(stderr, "%s not present in x86_64/microvm\n", interface);
    g_assert_not_reached();
}

static QOSGraphObject *microvm_get_device(void *obj, const char *device)
{
    QMicrovmMachine *machine = obj;

    if (!g_strcmp0(device, "virtio-mmio")) {
        return &machine->virtio_mmio.obj;
    }
    fprintf(stderr, "%s not present in x86_64/microvm\n", device);
    g_assert_not_reached();
}

static void *qos_create_machine_microvm(QTestState *qts)
{
    QMicrovmMachine *machine = g_new0(QMicrovmMachine, 1);

    alloc_init(&machine->alloc, 0, MICROVM_RAM_START, MICROVM_RAM_END,
               MICROVM_PAGE_SIZE);
    qvirtio_mmio_init_device(&machine->virtio_mmio, qts,
                             MICROVM_VIRTIO_MMIO_ADDR,
                             MICROVM_VIRTIO_MMIO_SIZE);
    machine->obj.get_device = microvm_get_device;
    machine->obj.get_driver = microvm_get_driver;
    machine->obj.destructor = microvm_destructor;
    return machine;
}

static void microvm_machine_register_nodes(void)
{
    qos_node_create_machine_args("x86_64/microvm", qos_create_machine_microvm,
                                 " -m 512M -machine ioapic2=off");
    qos_node_contains("x86_64/microvm", "virtio-mmio", NULL);
}

libqos_init(microvm_machine_register_nodes);
