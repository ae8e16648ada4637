/*
 * QEMU Crypto: the 3GPP confidentiality and integrity algorithms
 *
 * The checks of every key, IV and length are made here, once; a driver
 * per library runs the algorithms.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/iov.h"
#include "crypto/3gpp.h"

#define KASUMI_BLOCK 8
/* TS 35.201's longest KASUMI message, 20000 bits; ipsec-mb's for ZUC */
#define KASUMI_MAX_LEN (20000 / 8)
#define ZUC_MAX_LEN (65504 / 8)

struct QCrypto3GPP {
    QCrypto3GPPAlgo alg;
    void *lib;                  /* the driver's key schedule */
};

/*
 * A driver provides:
 *   bool qcrypto_3gpp_lib_supports(QCrypto3GPPAlgo alg);
 *   void *qcrypto_3gpp_lib_new(QCrypto3GPPAlgo alg, const uint8_t *key,
 *                              Error **errp);
 *   void qcrypto_3gpp_lib_crypt(QCrypto3GPPAlgo alg, const void *lib,
 *                               const uint8_t *iv, const uint8_t *in,
 *                               uint8_t *out, size_t len);
 *   void qcrypto_3gpp_lib_f9(const void *lib, const uint8_t *ps,
 *                            size_t len, uint8_t mac[4]);
 *   void qcrypto_3gpp_lib_free(QCrypto3GPPAlgo alg, void *lib);
 * and is called with the arguments checked: lengths of 1 to
 * qcrypto_3gpp_max_len(), whole blocks for f9.
 */
#ifdef CONFIG_IPSEC_MB
#include "3gpp-ipsecmb.c.inc"
#else
#include "3gpp-stub.c.inc"
#endif

bool qcrypto_3gpp_supports(QCrypto3GPPAlgo alg)
{
    return alg < QCRYPTO_3GPP_ALGO__MAX && qcrypto_3gpp_lib_supports(alg);
}

size_t qcrypto_3gpp_iv_len(QCrypto3GPPAlgo alg)
{
    switch (alg) {
    case QCRYPTO_3GPP_ALGO_KASUMI_F8:
        return 8;
    case QCRYPTO_3GPP_ALGO_SNOW3G_UEA2:
    case QCRYPTO_3GPP_ALGO_ZUC_EEA3:
        return 16;
    default:
        return 0;
    }
}

size_t qcrypto_3gpp_max_len(QCrypto3GPPAlgo alg)
{
    switch (alg) {
    case QCRYPTO_3GPP_ALGO_KASUMI_F8:
    case QCRYPTO_3GPP_ALGO_KASUMI_F9:
        return KASUMI_MAX_LEN;
    case QCRYPTO_3GPP_ALGO_SNOW3G_UEA2:
        return UINT32_MAX / 8;
    case QCRYPTO_3GPP_ALGO_ZUC_EEA3:
        return ZUC_MAX_LEN;
    default:
        return 0;
    }
}

QCrypto3GPP *qcrypto_3gpp_new(QCrypto3GPPAlgo alg, const uint8_t *key,
                              size_t nkey, Error **errp)
{
    QCrypto3GPP *ctx;
    void *lib;

    if (!qcrypto_3gpp_supports(alg)) {
        error_setg(errp, "3GPP algorithm %d is not available", alg);
        return NULL;
    }
    if (nkey != QCRYPTO_3GPP_KEY_LEN) {
        error_setg(errp, "3GPP keys are %d bytes, not %zu",
                   QCRYPTO_3GPP_KEY_LEN, nkey);
        return NULL;
    }
    lib = qcrypto_3gpp_lib_new(alg, key, errp);
    if (!lib) {
        return NULL;
    }
    ctx = g_new(QCrypto3GPP, 1);
    ctx->alg = alg;
    ctx->lib = lib;
    return ctx;
}

int qcrypto_3gpp_crypt(const QCrypto3GPP *ctx, const uint8_t *iv,
                       size_t niv, const uint8_t *in, uint8_t *out,
                       size_t len, Error **errp)
{
    if (ctx->alg == QCRYPTO_3GPP_ALGO_KASUMI_F9) {
        error_setg(errp, "KASUMI f9 is a MAC, not a cipher");
        return -1;
    }
    if (niv != qcrypto_3gpp_iv_len(ctx->alg)) {
        error_setg(errp, "the IV is %zu bytes, not %zu",
                   qcrypto_3gpp_iv_len(ctx->alg), niv);
        return -1;
    }
    if (len > qcrypto_3gpp_max_len(ctx->alg)) {
        error_setg(errp, "%zu bytes is longer than the algorithm's %zu",
                   len, qcrypto_3gpp_max_len(ctx->alg));
        return -1;
    }
    /* the libraries refuse empty messages; there is nothing to do */
    if (len) {
        qcrypto_3gpp_lib_crypt(ctx->alg, ctx->lib, iv, in, out, len);
    }
    return 0;
}

int qcrypto_3gpp_macv(const QCrypto3GPP *ctx, const struct iovec *iov,
                      size_t niov, uint8_t *out, size_t out_len,
                      Error **errp)
{
    g_autofree uint8_t *joined = NULL;
    const uint8_t *ps;
    uint8_t mac[QCRYPTO_3GPP_MAC_LEN];
    size_t len = iov_size(iov, niov);

    if (ctx->alg != QCRYPTO_3GPP_ALGO_KASUMI_F9) {
        error_setg(errp, "only KASUMI f9 is a MAC");
        return -1;
    }
    if (out_len < 1 || out_len > QCRYPTO_3GPP_MAC_LEN) {
        error_setg(errp, "a KASUMI f9 MAC is 1 to %d bytes, not %zu",
                   QCRYPTO_3GPP_MAC_LEN, out_len);
        return -1;
    }
    if (len < 2 * KASUMI_BLOCK || len > KASUMI_MAX_LEN ||
        len % KASUMI_BLOCK) {
        error_setg(errp, "PS of %zu bytes is not 2 to %d whole 8-byte "
                   "blocks", len, KASUMI_MAX_LEN / KASUMI_BLOCK);
        return -1;
    }
    /* the library takes PS in one piece: a message in several is joined */
    if (niov == 1) {
        ps = iov[0].iov_base;
    } else {
        joined = g_malloc(len);
        iov_to_buf(iov, niov, 0, joined, len);
        ps = joined;
    }
    qcrypto_3gpp_lib_f9(ctx->lib, ps, len, mac);
    memcpy(out, mac, out_len);
    return 0;
}

void qcrypto_3gpp_free(QCrypto3GPP *ctx)
{
    if (ctx) {
        qcrypto_3gpp_lib_free(ctx->alg, ctx->lib);
        g_free(ctx);
    }
}
