/*
 * The crypto unit tests' known answers are hex strings: their bytes
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TESTS_UNIT_CRYPTO_HEX_H
#define TESTS_UNIT_CRYPTO_HEX_H

/* The bytes of @hex, in a buffer of at least one byte; *@len of them */
static inline uint8_t *unhex(const char *hex, size_t *len)
{
    size_t n = strlen(hex) / 2, i;
    uint8_t *b = g_malloc(n + 1);

    for (i = 0; i < n; i++) {
        g_assert_true(sscanf(hex + 2 * i, "%2hhx", &b[i]) == 1);
    }
    *len = n;
    return b;
}

#endif /* TESTS_UNIT_CRYPTO_HEX_H */
