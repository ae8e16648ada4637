/*
 * libFuzzer target for the virtio-crypto request codec
 *
 * Input: one byte of flags (bit 0: control queue; bits 1-6: device feature
 * bits 0-5), two bytes of device-writable length, two bytes where the
 * device-readable part is split in two iovecs, then the readable bytes.
 * Besides the sanitizers' checks, every span the codec accepts must lie
 * inside the buffers the guest gave.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "hw/virtio/virtio-crypto-codec.h"

static const VirtIOCryptoLimits limits = {
    .max_size = 64 * 1024,
    .max_cipher_key_len = 64,
    .max_auth_key_len = 512,
    .max_akcipher_key_len = 8192,
};

static void check_spans(const VirtIOCryptoDecoded *d, size_t out_len,
                        size_t in_len, bool is_data)
{
    int s;

    for (s = 0; s < VIRTIO_CRYPTO_SEG__MAX; s++) {
        const VirtIOCryptoSpan *sp = &d->seg[s];
        size_t end = s >= VIRTIO_CRYPTO_SEG_FIRST_WRITABLE ?
                     in_len - is_data : out_len;

        if (sp->len) {
            assert(sp->offset <= end && sp->len <= end - sp->offset);
        }
    }
    if (is_data) {
        assert(d->status_offset < in_len);
    } else {
        assert(d->outcome_len <= in_len);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    VirtIOCryptoDecoded d;
    VirtIOCryptoDecodeResult res;
    uint64_t features;
    bool ctrl;
    size_t in_len, split, out_len;
    uint8_t *out, *in;
    struct iovec out_iov[2], in_iov;

    if (size < 5) {
        return 0;
    }
    ctrl = data[0] & 1;
    features = (data[0] >> 1) & 0x3f;
    in_len = data[1] | (data[2] << 8);
    split = data[3] | (data[4] << 8);
    data += 5;
    size -= 5;

    /* own copies, so ASan sees any read or write past the guest's bytes */
    out_len = size;
    out = g_malloc(out_len + 1);
    memcpy(out, data, out_len);
    in = g_malloc0(in_len + 1);
    split = MIN(split, out_len);
    out_iov[0] = (struct iovec) { out, split };
    out_iov[1] = (struct iovec) { out + split, out_len - split };
    in_iov = (struct iovec) { in, in_len };

    if (ctrl) {
        res = virtio_crypto_decode_ctrl(features, &limits, out_iov, 2,
                                        &in_iov, 1, &d);
    } else {
        res = virtio_crypto_decode_data(features, &limits, out_iov, 2,
                                        &in_iov, 1, &d);
    }
    if (res.status == VIRTIO_CRYPTO_OK) {
        assert(res.status_reachable);
        check_spans(&d, out_len, in_len, !ctrl);
    }
    g_free(out);
    g_free(in);
    return 0;
}
