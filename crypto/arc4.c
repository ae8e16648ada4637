/*
 * QEMU Crypto ARC4 (RC4) stream cipher
 *
 * The key-scheduling algorithm and the keystream generator as Schneier's
 * "Applied Cryptography" (2nd ed., 17.1) and RFC 6229 describe them.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "crypto/arc4.h"

struct QCryptoArc4 {
    uint8_t s[256];     /* the permutation the key schedules */
};

QCryptoArc4 *qcrypto_arc4_new(const uint8_t *key, size_t nkey, Error **errp)
{
    QCryptoArc4 *arc4;
    unsigned i;
    uint8_t j = 0, t;

    if (nkey < QCRYPTO_ARC4_MIN_KEY_LEN || nkey > QCRYPTO_ARC4_MAX_KEY_LEN) {
        error_setg(errp, "An ARC4 key has %d to %d bytes, not %zu",
                   QCRYPTO_ARC4_MIN_KEY_LEN, QCRYPTO_ARC4_MAX_KEY_LEN, nkey);
        return NULL;
    }
    arc4 = g_new(QCryptoArc4, 1);
    for (i = 0; i < 256; i++) {
        arc4->s[i] = i;
    }
    for (i = 0; i < 256; i++) {
        j += arc4->s[i] + key[i % nkey];
        t = arc4->s[i];
        arc4->s[i] = arc4->s[j];
        arc4->s[j] = t;
    }
    return arc4;
}

void qcrypto_arc4_crypt(const QCryptoArc4 *arc4, const uint8_t *in,
                        uint8_t *out, size_t len)
{
    uint8_t s[256], i = 0, j = 0, t;
    size_t n;

    memcpy(s, arc4->s, sizeof(s));
    for (n = 0; n < len; n++) {
        i++;
        j += s[i];
        t = s[i];
        s[i] = s[j];
        s[j] = t;
        out[n] = in[n] ^ s[(uint8_t)(s[i] + s[j])];
    }
    explicit_bzero(s, sizeof(s));
}

void qcrypto_arc4_free(QCryptoArc4 *arc4)
{
    if (arc4) {
        explicit_bzero(arc4, sizeof(*arc4));
        g_free(arc4);
    }
}
