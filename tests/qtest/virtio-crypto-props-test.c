/*
 * QTest for the properties of virtio-crypto and of its cryptodev backends:
 * every value at its limits works, every value beyond them is refused with
 * an error, and QEMU goes on.  The steps run in order in one QEMU; a step
 * that succeeds may be used by a later one.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "libqtest.h"
#include "qobject/qdict.h"
#include "qobject/qjson.h"
#include "qapi/error.h"

typedef struct Step {
    const char *cmd;
    const char *args;
    const char *error;          /* a part of the error it gets; NULL: none */
} Step;

#define BUILTIN "'qom-type': 'cryptodev-backend-builtin', "
#define LKCF "'qom-type': 'cryptodev-backend-lkcf', "
#define DEVICE "'driver': 'virtio-crypto-pci', "

static const Step steps[] = {
    /* the backends' queues: 1 to 64 */
    { "object-add", "{" BUILTIN "'id': 'q0', 'queues': 0}",
      "doesn't take value '0'" },
    { "object-add", "{" BUILTIN "'id': 'q65', 'queues': 65}",
      "doesn't take value '65'" },
    { "object-add", "{" BUILTIN "'id': 'qbig', 'queues': 4294967295}",
      "doesn't take value '4294967295'" },
    { "object-add", "{" BUILTIN "'id': 'qneg', 'queues': -1}", "queues" },
    { "object-add", "{" BUILTIN "'id': 'q64', 'queues': 64}", NULL },
    { "object-add", "{" BUILTIN "'id': 'q1', 'queues': 1}", NULL },
    { "object-add", "{" LKCF "'id': 'l2', 'queues': 2}",
      "Only support one queue" },
    { "object-add", "{" LKCF "'id': 'l65', 'queues': 65}",
      "doesn't take value '65'" },
    { "object-add", "{" LKCF "'id': 'l1'}", NULL },
    /* the builtin backend's inline limit: any uint32 */
    { "object-add", "{" BUILTIN "'id': 'i0', 'inline-limit': 0}", NULL },
    { "object-add", "{" BUILTIN "'id': 'imax', "
      "'inline-limit': 4294967295}", NULL },
    { "object-add", "{" BUILTIN "'id': 'ineg', 'inline-limit': -1}",
      "inline-limit" },
    /* the device: a backend that exists and is not in use */
    { "device_add", "{" DEVICE "'id': 'd0'}",
      "'cryptodev' parameter expects a valid object" },
    { "device_add", "{" DEVICE "'id': 'd1', 'cryptodev': 'nowhere'}",
      "nowhere" },
    { "device_add", "{" DEVICE "'id': 'd2', 'cryptodev': 'q64'}", NULL },
    { "device_add", "{" DEVICE "'id': 'd3', 'cryptodev': 'q64'}",
      "already in use" },
    /* max-sessions: 1 to 65536; max-inflight: 1 to 1024 */
    { "device_add", "{" DEVICE "'id': 'd4', 'cryptodev': 'q1', "
      "'max-sessions': 0}", "'max-sessions' must be between 1 and 65536" },
    { "device_add", "{" DEVICE "'id': 'd5', 'cryptodev': 'q1', "
      "'max-sessions': 65537}", "'max-sessions' must be between" },
    { "device_add", "{" DEVICE "'id': 'd6', 'cryptodev': 'q1', "
      "'max-inflight': 0}", "'max-inflight' must be between 1 and 1024" },
    { "device_add", "{" DEVICE "'id': 'd7', 'cryptodev': 'q1', "
      "'max-inflight': 1025}", "'max-inflight' must be between" },
    { "device_add", "{" DEVICE "'id': 'd8', 'cryptodev': 'q1', "
      "'max-sessions': 65536, 'max-inflight': 1024}", NULL },
    { "device_add", "{" DEVICE "'id': 'd9', 'cryptodev': 'i0', "
      "'max-sessions': 1, 'max-inflight': 1, 'revision-1': false}", NULL },
    { "device_add", "{" DEVICE "'id': 'd10', 'cryptodev': 'l1'}", NULL },
    /* a backend in use stays */
    { "object-del", "{'id': 'q64'}", "in use" },
    { "object-del", "{'id': 'imax'}", NULL },
};

static void test_properties(void)
{
    QTestState *qts = qtest_init("-machine pc");
    size_t i;

    for (i = 0; i < ARRAY_SIZE(steps); i++) {
        QObject *args = qobject_from_json(steps[i].args, &error_abort);
        QDict *resp;

        g_test_message("%s %s", steps[i].cmd, steps[i].args);
        resp = qtest_qmp(qts, "{'execute': %s, 'arguments': %p}",
                         steps[i].cmd, args);
        if (steps[i].error) {
            const char *desc;

            g_assert_true(qdict_haskey(resp, "error"));
            desc = qdict_get_str(qdict_get_qdict(resp, "error"), "desc");
            g_test_message("-> %s", desc);
            g_assert_nonnull(strstr(desc, steps[i].error));
        } else {
            g_assert_false(qdict_haskey(resp, "error"));
        }
        qobject_unref(resp);
        /* QEMU is still there */
        qtest_qmp_assert_success(qts, "{'execute': 'query-status'}");
    }
    qtest_quit(qts);
}

/* On the command line, a bad value ends QEMU with an error, not a crash */
static const char *const bad_command_lines[][2] = {
    { "-object cryptodev-backend-builtin,id=c0,queues=65",
      "doesn't take value '65'" },
    { "-object cryptodev-backend-lkcf,id=c0,queues=2",
      "Only support one queue" },
    { "-object cryptodev-backend-builtin,id=c0 "
      "-device virtio-crypto-pci,cryptodev=c0,max-inflight=4096",
      "'max-inflight' must be between" },
    { "-object cryptodev-backend-builtin,id=c0 "
      "-device virtio-crypto-pci,cryptodev=c0,iothread=none",
      "Device 'none' not found" },
    { "-object cryptodev-backend-builtin,id=c0 -object iothread,id=io0 "
      "-device virtio-crypto-pci,cryptodev=c0,iothread=io0 "
      "-object cryptodev-backend-builtin,id=c1,throttle-bps=1 "
      "-device virtio-crypto-pci,cryptodev=c1,iothread=io0",
      "cryptodev 'c1' is throttled" },
};

static void test_command_line(void)
{
    const char *qemu = g_getenv("QTEST_QEMU_BINARY");
    size_t i;

    g_assert_nonnull(qemu);
    for (i = 0; i < ARRAY_SIZE(bad_command_lines); i++) {
        g_autofree char *cmd = g_strdup_printf("%s -machine pc -display none "
                                               "-nodefaults %s", qemu,
                                               bad_command_lines[i][0]);
        g_autofree char *err = NULL;
        g_auto(GStrv) argv = NULL;
        int status;

        g_test_message("%s", cmd);
        g_assert_true(g_shell_parse_argv(cmd, NULL, &argv, NULL));
        g_assert_true(g_spawn_sync(NULL, argv, NULL, G_SPAWN_DEFAULT, NULL,
                                   NULL, NULL, &err, &status, NULL));
        g_test_message("-> %s", err);
        g_assert_true(WIFEXITED(status));
        g_assert_cmpint(WEXITSTATUS(status), ==, 1);
        g_assert_nonnull(strstr(err, bad_command_lines[i][1]));
    }
}

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    qtest_add_func("/virtio-crypto/properties/qmp", test_properties);
    qtest_add_func("/virtio-crypto/properties/command-line",
                   test_command_line);
    return g_test_run();
}
