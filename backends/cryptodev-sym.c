/*
 * Symmetric algorithms of the builtin cryptodev backend
 *
 * One table lists every algorithm: its virtio id, its service, the key,
 * IV, block and result sizes it allows and which part of QEMU's crypto API
 * runs it.  The capability masks, the checks at session creation and the
 * dispatch of each request all come from it, and the masks only offer what
 * the API can run in this build, whichever crypto library it is on.
 * AES-F8 and CTR's last partial block are built here from the API's
 * blocks.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "qemu/thread.h"
#include "crypto/3gpp.h"
#include "crypto/aead.h"
#include "crypto/arc4.h"
#include "crypto/cipher.h"
#include "crypto/hash.h"
#include "crypto/hmac.h"
#include "crypto/mac.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "cryptodev-sym.h"

#define AES_BLOCK 16
#define MAX_DIGEST 64

typedef enum AlgoKind {
    KIND_CIPHER,        /* a QCryptoCipher in a mode */
    KIND_ARC4,
    KIND_F8,            /* AES-F8 (RFC 3711) from AES blocks */
    KIND_HASH,
    KIND_HMAC,
    KIND_MAC,           /* a QCryptoMac: CMAC, XCBC, CBC-MAC */
    KIND_AEAD,
    KIND_3GPP,          /* a QCrypto3GPP: KASUMI, SNOW 3G, ZUC */
} AlgoKind;

/* The block ciphers, whose QCryptoCipherAlgo depends on the key length */
typedef enum CipherFamily {
    FAMILY_NONE,
    FAMILY_AES,
    FAMILY_DES,
    FAMILY_3DES,
} CipherFamily;

typedef struct Algo {
    uint32_t service;           /* VIRTIO_CRYPTO_SERVICE_* */
    uint32_t id;                /* VIRTIO_CRYPTO_<service>_* */
    AlgoKind kind;
    CipherFamily family;        /* ciphers, F8 and block-cipher MACs */
    int api;                    /* QCryptoCipherMode, QCryptoHashAlgo, */
                                /* QCryptoMacAlgo, QCryptoAeadAlgo or */
                                /* QCrypto3GPPAlgo */
    uint8_t key_lens[3];        /* the allowed key lengths; none: any */
    uint8_t iv_len;             /* ciphers */
    uint8_t block;              /* inputs are a multiple of it */
    uint32_t max_result;        /* digest, MAC or tag; 0 for ciphers */
} Algo;

#define CIPHER(v, k, f, m, iv, blk, ...) \
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_CIPHER_##v, k, f, \
      QCRYPTO_CIPHER_MODE_##m, { __VA_ARGS__ }, iv, blk, 0 }
#define HASH(v, a, len) \
    { VIRTIO_CRYPTO_SERVICE_HASH, VIRTIO_CRYPTO_HASH_##v, KIND_HASH, \
      FAMILY_NONE, QCRYPTO_HASH_ALGO_##a, { 0 }, 0, 1, len }
#define HMAC(v, a, len) \
    { VIRTIO_CRYPTO_SERVICE_MAC, VIRTIO_CRYPTO_MAC_##v, KIND_HMAC, \
      FAMILY_NONE, QCRYPTO_HASH_ALGO_##a, { 0 }, 0, 1, len }
#define MAC(v, f, a, len, ...) \
    { VIRTIO_CRYPTO_SERVICE_MAC, VIRTIO_CRYPTO_MAC_##v, KIND_MAC, f, \
      QCRYPTO_MAC_ALGO_##a, { __VA_ARGS__ }, 0, 1, len }
#define CIPHER_3GPP(v, a, iv) \
    { VIRTIO_CRYPTO_SERVICE_CIPHER, VIRTIO_CRYPTO_CIPHER_##v, KIND_3GPP, \
      FAMILY_NONE, QCRYPTO_3GPP_ALGO_##a, { QCRYPTO_3GPP_KEY_LEN }, iv, 1, 0 }
#define MAC_3GPP(v, a) \
    { VIRTIO_CRYPTO_SERVICE_MAC, VIRTIO_CRYPTO_MAC_##v, KIND_3GPP, \
      FAMILY_NONE, QCRYPTO_3GPP_ALGO_##a, { QCRYPTO_3GPP_KEY_LEN }, 0, 1, \
      QCRYPTO_3GPP_MAC_LEN }
#define AEAD(v, a, ...) \
    { VIRTIO_CRYPTO_SERVICE_AEAD, VIRTIO_CRYPTO_AEAD_##v, KIND_AEAD, \
      FAMILY_NONE, QCRYPTO_AEAD_ALGO_##a, { __VA_ARGS__ }, 0, 1, 16 }

static const Algo algos[] = {
    /* any key of 1 to QCRYPTO_ARC4_MAX_KEY_LEN bytes */
    CIPHER(ARC4, KIND_ARC4, FAMILY_NONE, ECB, 0, 1),
    CIPHER(AES_ECB, KIND_CIPHER, FAMILY_AES, ECB, 0, 16, 16, 24, 32),
    CIPHER(AES_CBC, KIND_CIPHER, FAMILY_AES, CBC, 16, 16, 16, 24, 32),
    CIPHER(AES_CTR, KIND_CIPHER, FAMILY_AES, CTR, 16, 1, 16, 24, 32),
    CIPHER(DES_ECB, KIND_CIPHER, FAMILY_DES, ECB, 0, 8, 8),
    CIPHER(DES_CBC, KIND_CIPHER, FAMILY_DES, CBC, 8, 8, 8),
    CIPHER(3DES_ECB, KIND_CIPHER, FAMILY_3DES, ECB, 0, 8, 24),
    CIPHER(3DES_CBC, KIND_CIPHER, FAMILY_3DES, CBC, 8, 8, 24),
    CIPHER(3DES_CTR, KIND_CIPHER, FAMILY_3DES, CTR, 8, 1, 24),
    /* the key is K_e followed by the key mask m of the same length */
    CIPHER(AES_F8, KIND_F8, FAMILY_AES, ECB, 16, 1, 32, 48, 64),
    /* the key is two AES keys; the IV is the 16-byte tweak */
    CIPHER(AES_XTS, KIND_CIPHER, FAMILY_AES, XTS, 16, 16, 32, 64),
    /*
     * The IV is "the same as the block length": KASUMI's 64-bit COUNT ||
     * BEARER || DIRECTION || 0...0 of TS 35.201, and the 128 bits that
     * SNOW 3G and ZUC start from
     */
    CIPHER_3GPP(KASUMI_F8, KASUMI_F8, 8),
    CIPHER_3GPP(SNOW3G_UEA2, SNOW3G_UEA2, 16),
    CIPHER_3GPP(ZUC_EEA3, ZUC_EEA3, 16),

    HASH(MD5, MD5, 16),
    HASH(SHA1, SHA1, 20),
    HASH(SHA_224, SHA224, 28),
    HASH(SHA_256, SHA256, 32),
    HASH(SHA_384, SHA384, 48),
    HASH(SHA_512, SHA512, 64),
    HASH(SHA3_224, SHA3_224, 28),
    HASH(SHA3_256, SHA3_256, 32),
    HASH(SHA3_384, SHA3_384, 48),
    HASH(SHA3_512, SHA3_512, 64),
    /* extendable output: as many bytes as hash_result_len asks */
    HASH(SHA3_SHAKE128, SHAKE128, CRYPTODEV_SYM_MAX_SHAKE_LEN),
    HASH(SHA3_SHAKE256, SHAKE256, CRYPTODEV_SYM_MAX_SHAKE_LEN),

    HMAC(HMAC_MD5, MD5, 16),
    HMAC(HMAC_SHA1, SHA1, 20),
    HMAC(HMAC_SHA_224, SHA224, 28),
    HMAC(HMAC_SHA_256, SHA256, 32),
    HMAC(HMAC_SHA_384, SHA384, 48),
    HMAC(HMAC_SHA_512, SHA512, 64),
    MAC(CMAC_3DES, FAMILY_3DES, CMAC, 8, 24),
    MAC(CMAC_AES, FAMILY_AES, CMAC, 16, 16, 24, 32),
    MAC(CBCMAC_AES, FAMILY_AES, CBC_MAC, 16, 16, 24, 32),
    MAC(XCBC_AES, FAMILY_AES, XCBC, 16, 16),
    /* COUNT || FRESH lead the message, DIRECTION and padding end it */
    MAC_3GPP(KASUMI_F9, KASUMI_F9),
    /*
     * Not offered, for a MAC request has no IV and these need one: GMAC,
     * SNOW3G_UIA2 and ZUC_EIA3 (the IV mixes COUNT, FRESH or BEARER and
     * DIRECTION into the keystream).  Nor CBCMAC_KASUMI_F9, which no
     * specification defines apart from KASUMI_F9.
     */

    AEAD(GCM, AES_GCM, 16, 24, 32),
    AEAD(CCM, AES_CCM, 16, 24, 32),
    AEAD(CHACHA20_POLY1305, CHACHA20_POLY1305, 32),
};

static const Algo *algo_find(uint32_t service, uint32_t id)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(algos); i++) {
        if (algos[i].service == service && algos[i].id == id) {
            return &algos[i];
        }
    }
    return NULL;
}

/* The block cipher of @a for a key of @key_len bytes, as the API names it */
static QCryptoCipherAlgo cipher_algo(const Algo *a, uint32_t key_len)
{
    switch (a->family) {
    case FAMILY_DES:
        return QCRYPTO_CIPHER_ALGO_DES;
    case FAMILY_3DES:
        return QCRYPTO_CIPHER_ALGO_3DES;
    default:
        /* XTS and F8 keys are two AES keys (or a key and its mask) */
        if (a->kind == KIND_F8 ||
            (a->kind == KIND_CIPHER && a->api == QCRYPTO_CIPHER_MODE_XTS)) {
            key_len /= 2;
        }
        return key_len == 32 ? QCRYPTO_CIPHER_ALGO_AES_256 :
               key_len == 24 ? QCRYPTO_CIPHER_ALGO_AES_192 :
                               QCRYPTO_CIPHER_ALGO_AES_128;
    }
}

/* Can this build run @a with keys of @key_len bytes? */
static bool algo_runs(const Algo *a, uint32_t key_len)
{
    switch (a->kind) {
    case KIND_CIPHER:
        return qcrypto_cipher_supports(cipher_algo(a, key_len), a->api);
    case KIND_F8:
        return qcrypto_cipher_supports(cipher_algo(a, key_len),
                                       QCRYPTO_CIPHER_MODE_ECB);
    case KIND_ARC4:
        return true;
    case KIND_HASH:
        return qcrypto_hash_supports(a->api);
    case KIND_HMAC:
        return qcrypto_hmac_supports(a->api);
    case KIND_MAC:
        return qcrypto_mac_supports(a->api, cipher_algo(a, key_len));
    case KIND_AEAD:
        return qcrypto_aead_supports(a->api, key_len);
    case KIND_3GPP:
        return qcrypto_3gpp_supports(a->api);
    default:
        g_assert_not_reached();
    }
}

static bool key_len_ok(const Algo *a, uint32_t len)
{
    int i;

    switch (a->kind) {
    case KIND_HASH:
        return true;
    case KIND_HMAC:
        return len >= 1 && len <= CRYPTODEV_SYM_MAX_AUTH_KEY_LEN;
    case KIND_ARC4:
        return len >= QCRYPTO_ARC4_MIN_KEY_LEN &&
               len <= QCRYPTO_ARC4_MAX_KEY_LEN;
    default:
        break;
    }
    for (i = 0; i < ARRAY_SIZE(a->key_lens) && a->key_lens[i]; i++) {
        if (a->key_lens[i] == len) {
            return algo_runs(a, len);
        }
    }
    return false;
}

void cryptodev_sym_probe(CryptoDevBackendConf *conf)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(algos); i++) {
        const Algo *a = &algos[i];
        uint32_t bit = 1u << (a->id % 32);
        uint32_t *max = a->service == VIRTIO_CRYPTO_SERVICE_MAC
                        ? &conf->max_auth_key_len : &conf->max_cipher_key_len;
        bool runs = !a->key_lens[0] && algo_runs(a, 0);
        int j;

        /* with each key length it runs with: their maximum is a limit */
        for (j = 0; j < ARRAY_SIZE(a->key_lens) && a->key_lens[j]; j++) {
            if (algo_runs(a, a->key_lens[j])) {
                runs = true;
                *max = MAX(*max, a->key_lens[j]);
            }
        }
        if (!runs) {
            continue;
        }
        conf->crypto_services |= 1u << a->service;
        switch (a->service) {
        case VIRTIO_CRYPTO_SERVICE_CIPHER:
            *(a->id < 32 ? &conf->cipher_algo_l : &conf->cipher_algo_h) |= bit;
            break;
        case VIRTIO_CRYPTO_SERVICE_HASH:
            conf->hash_algo |= bit;
            break;
        case VIRTIO_CRYPTO_SERVICE_MAC:
            *(a->id < 32 ? &conf->mac_algo_l : &conf->mac_algo_h) |= bit;
            break;
        case VIRTIO_CRYPTO_SERVICE_AEAD:
            conf->aead_algo |= bit;
            break;
        }
        if (a->kind == KIND_HMAC) {
            /* HMAC takes keys of any length */
            conf->max_auth_key_len = CRYPTODEV_SYM_MAX_AUTH_KEY_LEN;
        }
    }
}

/* Sessions */

struct CryptoDevSymSession {
    QemuMutex lock;             /* one request at a time uses the contexts */
    bool chain;
    uint32_t chain_order;
    /* the cipher, or AEAD, part */
    const Algo *cipher;
    size_t block;               /* of the block cipher */
    QCryptoCipher *qc;          /* F8: E(K_e) */
    QCryptoCipher *f8_mask;     /* F8: E(K_e ^ m), for IV' */
    QCryptoArc4 *arc4;
    QCryptoAead *aead;
    uint32_t aead_tag_len;      /* the one @aead was made for */
    QCrypto3GPP *cipher_3gpp;
    /* the hash or MAC part */
    const Algo *auth;
    QCryptoHash *hash;
    QCryptoHmac *hmac;
    QCryptoMac *mac;
    QCrypto3GPP *mac_3gpp;
    uint32_t result_len;        /* digest, MAC or tag length */
};

/*
 * Closed sessions whose contexts can take a new key: a session of the
 * same algorithms re-keys one (qcrypto_*_rekey()) rather than making
 * contexts, which on libgcrypt means opening handles.  A spare keeps the
 * last key it had until it is re-keyed or freed.
 */
#define SPARES_MAX 8

struct CryptoDevSymSpares {
    QemuMutex lock;
    unsigned count;
    CryptoDevSymSession *s[SPARES_MAX];
};

/*
 * The device runs what the driver asks: an error from the API for a key
 * of an allowed length is a key this build cannot take.  A spare's
 * context of the same algorithm takes the new key instead.
 */
static int cipher_part_new(CryptoDevSymSession *s, const Algo *a,
                           const uint8_t *key, uint32_t key_len)
{
    QCryptoCipherAlgo alg;

    if (!key_len_ok(a, key_len)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    s->cipher = a;
    alg = cipher_algo(a, key_len);
    s->block = qcrypto_cipher_get_block_len(alg);
    if (s->qc) {
        return a->kind == KIND_CIPHER && s->qc->alg == alg &&
               !qcrypto_cipher_rekey(s->qc, key, key_len, NULL)
               ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    }
    if (s->aead) {
        /* the key length is checked by the rekey */
        return s->aead_tag_len == s->result_len &&
               !qcrypto_aead_rekey(s->aead, key, key_len, NULL)
               ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    }
    switch (a->kind) {
    case KIND_ARC4:
        s->arc4 = qcrypto_arc4_new(key, key_len, NULL);
        return s->arc4 ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    case KIND_F8: {
        uint8_t masked[32];
        uint32_t i, half = key_len / 2;

        for (i = 0; i < half; i++) {
            masked[i] = key[i] ^ key[half + i];
        }
        s->qc = qcrypto_cipher_new(alg, QCRYPTO_CIPHER_MODE_ECB, key, half,
                                   NULL);
        s->f8_mask = qcrypto_cipher_new(alg, QCRYPTO_CIPHER_MODE_ECB, masked,
                                        half, NULL);
        explicit_bzero(masked, sizeof(masked));
        return s->qc && s->f8_mask ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    }
    case KIND_AEAD:
        s->aead = qcrypto_aead_new(a->api, key, key_len, s->result_len, NULL);
        s->aead_tag_len = s->result_len;
        return s->aead ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    case KIND_3GPP:
        s->cipher_3gpp = qcrypto_3gpp_new(a->api, key, key_len, NULL);
        return s->cipher_3gpp ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    default:
        s->qc = qcrypto_cipher_new(alg, a->api, key, key_len, NULL);
        return s->qc ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    }
}

static int auth_part_new(CryptoDevSymSession *s, const Algo *a,
                         uint32_t result_len, const uint8_t *key,
                         uint32_t key_len)
{
    /* truncated results are allowed; longer ones are not */
    if (result_len < 1 || result_len > a->max_result ||
        !key_len_ok(a, key_len) || !algo_runs(a, key_len)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    s->auth = a;
    s->result_len = result_len;
    switch (a->kind) {
    case KIND_HASH:
        /* restarted for each message, so a spare's is as good as new */
        if (!s->hash) {
            s->hash = qcrypto_hash_new(a->api, NULL);
        }
        return s->hash ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    case KIND_HMAC:
        if (s->hmac) {
            return qcrypto_hmac_rekey(s->hmac, key, key_len, NULL)
                   ? VIRTIO_CRYPTO_NOTSUPP : VIRTIO_CRYPTO_OK;
        }
        s->hmac = qcrypto_hmac_new(a->api, key, key_len, NULL);
        return s->hmac ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    case KIND_MAC:
        s->mac = qcrypto_mac_new(a->api, cipher_algo(a, key_len), key,
                                 key_len, NULL);
        return s->mac ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    case KIND_3GPP:
        s->mac_3gpp = qcrypto_3gpp_new(a->api, key, key_len, NULL);
        return s->mac_3gpp ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP;
    default:
        g_assert_not_reached();
    }
}

/* What a session asks for: its algorithms, and how they combine */
typedef struct SessionPlan {
    const Algo *cipher;         /* cipher or AEAD */
    const Algo *auth;           /* hash or MAC */
    bool chain;
    uint32_t chain_order;
} SessionPlan;

/* The service a create-session opcode asks for, or UINT32_MAX */
static uint32_t session_service(uint32_t op_code)
{
    switch (op_code) {
    case VIRTIO_CRYPTO_CIPHER_CREATE_SESSION:
        return VIRTIO_CRYPTO_SERVICE_CIPHER;
    case VIRTIO_CRYPTO_HASH_CREATE_SESSION:
        return VIRTIO_CRYPTO_SERVICE_HASH;
    case VIRTIO_CRYPTO_MAC_CREATE_SESSION:
        return VIRTIO_CRYPTO_SERVICE_MAC;
    case VIRTIO_CRYPTO_AEAD_CREATE_SESSION:
        return VIRTIO_CRYPTO_SERVICE_AEAD;
    default:
        return UINT32_MAX;
    }
}

static int session_plan(const CryptoDevBackendSessionInfo *info,
                        SessionPlan *p)
{
    const CryptoDevBackendSymSessionInfo *si = &info->u.sym_sess_info;
    uint32_t service = session_service(info->op_code);

    *p = (SessionPlan) { 0 };
    switch (service) {
    case VIRTIO_CRYPTO_SERVICE_CIPHER:
        p->cipher = algo_find(VIRTIO_CRYPTO_SERVICE_CIPHER, si->cipher_alg);
        if (si->op_type == VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING) {
            p->chain = true;
            p->chain_order = si->alg_chain_order;
            p->auth = algo_find(si->hash_mode ==
                                VIRTIO_CRYPTO_SYM_HASH_MODE_AUTH
                                ? VIRTIO_CRYPTO_SERVICE_MAC
                                : VIRTIO_CRYPTO_SERVICE_HASH, si->hash_alg);
            if (!p->auth ||
                (p->chain_order !=
                 VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_HASH_THEN_CIPHER &&
                 p->chain_order !=
                 VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH)) {
                return VIRTIO_CRYPTO_NOTSUPP;
            }
        } else if (si->op_type != VIRTIO_CRYPTO_SYM_OP_CIPHER) {
            return VIRTIO_CRYPTO_NOTSUPP;
        }
        break;
    case VIRTIO_CRYPTO_SERVICE_HASH:
    case VIRTIO_CRYPTO_SERVICE_MAC:
        p->auth = algo_find(service, si->hash_alg);
        break;
    case VIRTIO_CRYPTO_SERVICE_AEAD:
        p->cipher = algo_find(service, si->cipher_alg);
        break;
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    /* hash and MAC sessions have an auth part, the others a cipher */
    if (!(p->cipher || p->auth) ||
        (!p->cipher && service != VIRTIO_CRYPTO_SERVICE_HASH &&
         service != VIRTIO_CRYPTO_SERVICE_MAC)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    return VIRTIO_CRYPTO_OK;
}

/* Whether the contexts of these parts can all take a new key */
static bool parts_rekeyable(const Algo *cipher, const Algo *auth)
{
    return (!cipher || cipher->kind == KIND_CIPHER ||
            cipher->kind == KIND_AEAD) &&
           (!auth || auth->kind == KIND_HASH || auth->kind == KIND_HMAC);
}

/* A spare made for @p's algorithms, or NULL */
static CryptoDevSymSession *spare_take(CryptoDevSymSpares *spares,
                                       const SessionPlan *p)
{
    CryptoDevSymSession *s = NULL;
    unsigned i;

    if (!spares || !parts_rekeyable(p->cipher, p->auth)) {
        return NULL;
    }
    qemu_mutex_lock(&spares->lock);
    for (i = spares->count; i-- > 0;) {
        if (spares->s[i]->cipher == p->cipher &&
            spares->s[i]->auth == p->auth) {
            s = spares->s[i];
            spares->s[i] = spares->s[--spares->count];
            break;
        }
    }
    qemu_mutex_unlock(&spares->lock);
    return s;
}

/* Make or, on @s's contexts, re-key the parts of @p */
static int session_parts(CryptoDevSymSession *s, const SessionPlan *p,
                         const CryptoDevBackendSymSessionInfo *si)
{
    int ret = VIRTIO_CRYPTO_OK;

    s->chain = p->chain;
    s->chain_order = p->chain_order;
    s->result_len = 0;
    if (p->cipher && p->cipher->kind == KIND_AEAD) {
        /* the AEAD API refuses a tag length the algorithm has not */
        s->result_len = si->hash_result_len;
    }
    if (p->auth) {
        ret = auth_part_new(s, p->auth, si->hash_result_len, si->auth_key,
                            si->auth_key_len);
    }
    if (p->cipher && ret == VIRTIO_CRYPTO_OK) {
        ret = cipher_part_new(s, p->cipher, si->cipher_key, si->key_len);
    }
    return ret;
}

int cryptodev_sym_session_new(const CryptoDevBackendSessionInfo *info,
                              CryptoDevSymSpares *spares,
                              CryptoDevSymSession **sessp)
{
    const CryptoDevBackendSymSessionInfo *si = &info->u.sym_sess_info;
    CryptoDevSymSession *s;
    SessionPlan plan;
    int ret;

    ret = session_plan(info, &plan);
    if (ret != VIRTIO_CRYPTO_OK) {
        return ret;
    }
    s = spare_take(spares, &plan);
    if (s && session_parts(s, &plan, si) != VIRTIO_CRYPTO_OK) {
        /* another key length, say: start afresh, for the same answer */
        cryptodev_sym_session_free(s);
        s = NULL;
    }
    if (!s) {
        s = g_new0(CryptoDevSymSession, 1);
        qemu_mutex_init(&s->lock);
        ret = session_parts(s, &plan, si);
        if (ret != VIRTIO_CRYPTO_OK) {
            cryptodev_sym_session_free(s);
            return ret;
        }
    }
    *sessp = s;
    return VIRTIO_CRYPTO_OK;
}

CryptoDevSymSpares *cryptodev_sym_spares_new(void)
{
    CryptoDevSymSpares *spares = g_new0(CryptoDevSymSpares, 1);

    qemu_mutex_init(&spares->lock);
    return spares;
}

void cryptodev_sym_spares_free(CryptoDevSymSpares *spares)
{
    unsigned i;

    if (!spares) {
        return;
    }
    for (i = 0; i < spares->count; i++) {
        cryptodev_sym_session_free(spares->s[i]);
    }
    qemu_mutex_destroy(&spares->lock);
    g_free(spares);
}

void cryptodev_sym_session_close(CryptoDevSymSpares *spares,
                                 CryptoDevSymSession *s)
{
    if (spares && parts_rekeyable(s->cipher, s->auth)) {
        qemu_mutex_lock(&spares->lock);
        if (spares->count < SPARES_MAX) {
            spares->s[spares->count++] = s;
            s = NULL;
        }
        qemu_mutex_unlock(&spares->lock);
    }
    if (s) {
        cryptodev_sym_session_free(s);
    }
}

void cryptodev_sym_session_free(CryptoDevSymSession *s)
{
    /* each context wipes its keys */
    qcrypto_cipher_free(s->qc);
    qcrypto_cipher_free(s->f8_mask);
    qcrypto_arc4_free(s->arc4);
    qcrypto_aead_free(s->aead);
    qcrypto_hash_free(s->hash);
    qcrypto_hmac_free(s->hmac);
    qcrypto_mac_free(s->mac);
    qcrypto_3gpp_free(s->cipher_3gpp);
    qcrypto_3gpp_free(s->mac_3gpp);
    qemu_mutex_destroy(&s->lock);
    g_free(s);
}

/* Operations */

static void xor_block(uint8_t *dst, const uint8_t *src, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        dst[i] ^= src[i];
    }
}

/* RFC 3711 4.1.2.2: AES-F8 keystream XORed onto the data */
static int f8_crypt(CryptoDevSymSession *s, const uint8_t *iv,
                    const uint8_t *src, uint8_t *dst, size_t len)
{
    uint8_t ivp[AES_BLOCK], ks[AES_BLOCK] = { 0 };
    uint64_t j;
    size_t done;

    if (qcrypto_cipher_encrypt(s->f8_mask, iv, ivp, AES_BLOCK, NULL) < 0) {
        return VIRTIO_CRYPTO_ERR;
    }
    for (j = 0, done = 0; done < len; j++) {
        size_t n = MIN(len - done, AES_BLOCK);
        uint8_t in[AES_BLOCK];

        /* S(j) = E(k_e, IV' ^ j ^ S(j-1)), j a 128-bit counter */
        memcpy(in, ivp, AES_BLOCK);
        xor_block(in, ks, AES_BLOCK);
        stq_be_p(in + 8, ldq_be_p(in + 8) ^ j);
        if (qcrypto_cipher_encrypt(s->qc, in, ks, AES_BLOCK, NULL) < 0) {
            return VIRTIO_CRYPTO_ERR;
        }
        memcpy(dst + done, src + done, n);
        xor_block(dst + done, ks, n);
        done += n;
    }
    return VIRTIO_CRYPTO_OK;
}

/*
 * CTR through the API, which takes whole blocks: the last partial block
 * is the counter's next block of keystream, cut to length.
 */
static int ctr_crypt(CryptoDevSymSession *s, const uint8_t *src,
                     uint8_t *dst, size_t len)
{
    size_t whole = len - len % s->block;
    uint8_t last[AES_BLOCK] = { 0 };

    if (whole &&
        qcrypto_cipher_encrypt(s->qc, src, dst, whole, NULL) < 0) {
        return VIRTIO_CRYPTO_ERR;
    }
    if (whole < len) {
        memcpy(last, src + whole, len - whole);
        if (qcrypto_cipher_encrypt(s->qc, last, last, s->block, NULL) < 0) {
            return VIRTIO_CRYPTO_ERR;
        }
        memcpy(dst + whole, last, len - whole);
        explicit_bzero(last, sizeof(last));
    }
    return VIRTIO_CRYPTO_OK;
}

/* Encrypt or decrypt @len bytes with the cipher part */
static int cipher_crypt(CryptoDevSymSession *s, bool encrypt,
                        const uint8_t *iv, uint32_t iv_len,
                        const uint8_t *src, uint8_t *dst, size_t len)
{
    const Algo *a = s->cipher;
    int ret;

    if (iv_len != a->iv_len || len % a->block) {
        return VIRTIO_CRYPTO_ERR;
    }
    switch (a->kind) {
    case KIND_ARC4:
        /* each request starts the keystream afresh */
        qcrypto_arc4_crypt(s->arc4, src, dst, len);
        return VIRTIO_CRYPTO_OK;
    case KIND_F8:
        return f8_crypt(s, iv, src, dst, len);
    case KIND_3GPP:
        /* the keystream is XORed either way; too long a message fails */
        return qcrypto_3gpp_crypt(s->cipher_3gpp, iv, iv_len, src, dst, len,
                                  NULL) < 0
               ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
    default:
        break;
    }
    if (iv_len && qcrypto_cipher_setiv(s->qc, iv, iv_len, NULL) < 0) {
        return VIRTIO_CRYPTO_ERR;
    }
    if (!len) {
        return VIRTIO_CRYPTO_OK;
    }
    if (a->api == QCRYPTO_CIPHER_MODE_CTR) {
        return ctr_crypt(s, src, dst, len);
    }
    ret = encrypt ? qcrypto_cipher_encrypt(s->qc, src, dst, len, NULL)
                  : qcrypto_cipher_decrypt(s->qc, src, dst, len, NULL);
    return ret < 0 ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
}

/* The hash or MAC part over @aad ‖ @data; result_len bytes to @out */
static int auth_compute(CryptoDevSymSession *s, const uint8_t *aad,
                        size_t aad_len, const uint8_t *data, size_t len,
                        uint8_t *out)
{
    struct iovec iov[2];
    size_t niov = 0;
    uint8_t full[MAX_DIGEST];
    uint8_t *result = full;
    size_t full_len;
    int ret;

    /* empty pieces cost the libraries a call each: left out */
    if (aad_len) {
        iov[niov++] = (struct iovec) { (void *)aad, aad_len };
    }
    if (len) {
        iov[niov++] = (struct iovec) { (void *)data, len };
    }
    switch (s->auth->kind) {
    case KIND_HASH:
        full_len = qcrypto_hash_digest_len(s->auth->api);
        if (!full_len) {
            /* SHAKE: the output is as long as asked, straight to @out */
            result = out;
            full_len = s->result_len;
        }
        ret = qcrypto_hash_reset(s->hash, NULL) < 0 ||
              qcrypto_hash_updatev(s->hash, iov, niov, NULL) < 0 ||
              qcrypto_hash_finalize_bytes(s->hash, &result, &full_len,
                                          NULL) < 0
              ? -1 : 0;
        break;
    case KIND_HMAC:
        full_len = qcrypto_hash_digest_len(s->auth->api);
        ret = qcrypto_hmac_bytesv(s->hmac, iov, niov, &result,
                                  &full_len, NULL);
        break;
    case KIND_3GPP:
        /* PS of the wrong shape or length fails */
        return qcrypto_3gpp_macv(s->mac_3gpp, iov, niov, out,
                                 s->result_len, NULL) < 0
               ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
    default:
        return qcrypto_mac_bytesv(s->mac, iov, niov, out,
                                  s->result_len, NULL) < 0
               ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
    }
    if (ret < 0 || full_len < s->result_len) {
        return VIRTIO_CRYPTO_ERR;
    }
    if (result != out) {
        memcpy(out, full, s->result_len);
    }
    return VIRTIO_CRYPTO_OK;
}

static int aead_run(CryptoDevSymSession *s, bool encrypt,
                    CryptoDevBackendSymOpInfo *op)
{
    int ret;

    /* other IV lengths are not offered */
    if (!qcrypto_aead_iv_len_valid(s->cipher->api, op->iv_len)) {
        return VIRTIO_CRYPTO_NOTSUPP;
    }
    if (encrypt) {
        ret = qcrypto_aead_encrypt(s->aead, op->iv, op->iv_len, op->aad_data,
                                   op->aad_len, op->src, op->src_len,
                                   op->dst, op->digest_result, NULL);
    } else {
        ret = qcrypto_aead_decrypt(s->aead, op->iv, op->iv_len, op->aad_data,
                                   op->aad_len, op->src, op->src_len,
                                   op->digest_result, op->dst, NULL);
    }
    if (ret == -EBADMSG) {
        return VIRTIO_CRYPTO_BADMSG;
    }
    return ret < 0 ? VIRTIO_CRYPTO_ERR : VIRTIO_CRYPTO_OK;
}

/* Cipher and hash (or MAC) of one request, in the session's order */
static int chain_run(CryptoDevSymSession *s, bool encrypt,
                     CryptoDevBackendSymOpInfo *op)
{
    bool cipher_first = s->chain_order ==
                        VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_CIPHER_THEN_HASH;
    const uint8_t *hashed = cipher_first ? op->dst : op->src;
    int ret;

    /* the bytes outside the cipher range pass through */
    memcpy(op->dst, op->src, op->src_len);
    if (!cipher_first) {
        ret = auth_compute(s, op->aad_data, op->aad_len,
                           hashed + op->hash_start_src_offset,
                           op->len_to_hash, op->digest_result);
        if (ret != VIRTIO_CRYPTO_OK) {
            return ret;
        }
    }
    ret = cipher_crypt(s, encrypt, op->iv, op->iv_len,
                       op->src + op->cipher_start_src_offset,
                       op->dst + op->cipher_start_src_offset,
                       op->len_to_cipher);
    if (ret != VIRTIO_CRYPTO_OK || !cipher_first) {
        return ret;
    }
    return auth_compute(s, op->aad_data, op->aad_len,
                        hashed + op->hash_start_src_offset,
                        op->len_to_hash, op->digest_result);
}

static int run_locked(CryptoDevSymSession *s, uint32_t op_code,
                      CryptoDevBackendSymOpInfo *op)
{
    /* the request's opcode, not the session's op, decides the direction */
    bool encrypt = op_code == VIRTIO_CRYPTO_CIPHER_ENCRYPT ||
                   op_code == VIRTIO_CRYPTO_AEAD_ENCRYPT;

    switch (op_code) {
    case VIRTIO_CRYPTO_CIPHER_ENCRYPT:
    case VIRTIO_CRYPTO_CIPHER_DECRYPT:
        if (s->chain) {
            return chain_run(s, encrypt, op);
        }
        if (!s->cipher || s->cipher->service != VIRTIO_CRYPTO_SERVICE_CIPHER) {
            return VIRTIO_CRYPTO_ERR;
        }
        return cipher_crypt(s, encrypt, op->iv, op->iv_len, op->src, op->dst,
                            op->src_len);
    case VIRTIO_CRYPTO_HASH:
    case VIRTIO_CRYPTO_MAC:
        if (!s->auth || s->chain) {
            return VIRTIO_CRYPTO_ERR;
        }
        return auth_compute(s, NULL, 0, op->src, op->src_len,
                            op->digest_result);
    case VIRTIO_CRYPTO_AEAD_ENCRYPT:
    case VIRTIO_CRYPTO_AEAD_DECRYPT:
        if (!s->aead) {
            return VIRTIO_CRYPTO_ERR;
        }
        return aead_run(s, encrypt, op);
    default:
        return VIRTIO_CRYPTO_NOTSUPP;
    }
}

int cryptodev_sym_run(CryptoDevSymSession *s, uint32_t op_code,
                      CryptoDevBackendSymOpInfo *op)
{
    int ret;

    qemu_mutex_lock(&s->lock);
    ret = run_locked(s, op_code, op);
    qemu_mutex_unlock(&s->lock);
    return ret;
}
