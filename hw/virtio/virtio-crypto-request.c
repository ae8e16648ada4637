/*
 * Virtio crypto requests to and from the cryptodev backend API
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/iov.h"
#include "hw/virtio/virtio-crypto-request.h"

/* The create-session opcode of each service */
static uint32_t create_opcode(uint32_t service)
{
    return service == VIRTIO_CRYPTO_SERVICE_AKCIPHER
           ? VIRTIO_CRYPTO_AKCIPHER_CREATE_SESSION
           : VIRTIO_CRYPTO_OPCODE(service, 0x02);
}

void virtio_crypto_session_info(const VirtIOCryptoDecoded *dec,
                                uint8_t *head,
                                CryptoDevBackendSessionInfo *info)
{
    const uint32_t *f = dec->field;
    const VirtIOCryptoSpan *ck = &dec->seg[VIRTIO_CRYPTO_SEG_CIPHER_KEY];
    const VirtIOCryptoSpan *ak = &dec->seg[VIRTIO_CRYPTO_SEG_AUTH_KEY];
    const VirtIOCryptoSpan *asym_key = &dec->seg[VIRTIO_CRYPTO_SEG_AK_KEY];

    memset(info, 0, sizeof(*info));
    info->op_code = create_opcode(dec->service);
    if (dec->service == VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
        CryptoDevBackendAsymSessionInfo *a = &info->u.asym_sess_info;

        a->algo = f[VIRTIO_CRYPTO_FIELD_AK_ALGO];
        a->keytype = f[VIRTIO_CRYPTO_FIELD_AK_KEY_TYPE];
        a->keylen = asym_key->len;
        if (a->algo == VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD) {
            a->u.ecdsa.curve_id = f[VIRTIO_CRYPTO_FIELD_AK_PARA0];
        } else {
            a->u.rsa.padding_algo = f[VIRTIO_CRYPTO_FIELD_AK_PARA0];
            a->u.rsa.hash_algo = f[VIRTIO_CRYPTO_FIELD_AK_PARA1];
        }
        a->key = head + asym_key->offset;
    } else {
        CryptoDevBackendSymSessionInfo *s = &info->u.sym_sess_info;

        s->op_type = f[VIRTIO_CRYPTO_FIELD_OP_TYPE];
        s->cipher_alg = f[VIRTIO_CRYPTO_FIELD_CIPHER_ALGO];
        s->key_len = ck->len;
        s->direction = f[VIRTIO_CRYPTO_FIELD_CIPHER_OP];
        s->hash_alg = f[VIRTIO_CRYPTO_FIELD_HASH_ALGO];
        /* a stateless AEAD request names its tag length tag_len */
        s->hash_result_len = f[VIRTIO_CRYPTO_FIELD_HASH_RESULT_LEN] ?:
                             f[VIRTIO_CRYPTO_FIELD_TAG_LEN];
        s->auth_key_len = ak->len;
        /* a stateless chain has its session's aad_len apart */
        s->add_len = f[VIRTIO_CRYPTO_FIELD_SESS_AAD_LEN] ?:
                     f[VIRTIO_CRYPTO_FIELD_AAD_LEN];
        s->hash_mode = f[VIRTIO_CRYPTO_FIELD_HASH_MODE];
        s->alg_chain_order = f[VIRTIO_CRYPTO_FIELD_CHAIN_ORDER];
        s->cipher_key = head + ck->offset;
        s->auth_key = head + ak->offset;
    }
}

size_t virtio_crypto_keys_end(const VirtIOCryptoDecoded *dec)
{
    static const VirtIOCryptoSegment keys[] = {
        VIRTIO_CRYPTO_SEG_CIPHER_KEY,
        VIRTIO_CRYPTO_SEG_AUTH_KEY,
        VIRTIO_CRYPTO_SEG_AK_KEY,
    };
    size_t end = 0;
    int i;

    /* the keys come before a request's other variable parts */
    for (i = 0; i < ARRAY_SIZE(keys); i++) {
        end = MAX(end, dec->seg[keys[i]].offset + dec->seg[keys[i]].len);
    }
    return end;
}

/* Copy a readable span of the request into @dst */
static void copy_in(const VirtIOCryptoDecoded *dec, VirtIOCryptoSegment seg,
                    const struct iovec *out, unsigned out_num, uint8_t *dst)
{
    const VirtIOCryptoSpan *s = &dec->seg[seg];

    iov_to_buf(out, out_num, s->offset, dst, s->len);
}

/*
 * @s as a pointer into guest memory, when it lies in one iovec and is not
 * empty; NULL otherwise.
 */
static uint8_t *span_in_place(const struct iovec *iov, unsigned n,
                              const VirtIOCryptoSpan *s)
{
    size_t off = s->offset;
    unsigned i;

    for (i = 0; i < n && s->len; i++) {
        if (off < iov[i].iov_len) {
            return iov[i].iov_len - off >= s->len
                   ? (uint8_t *)iov[i].iov_base + off : NULL;
        }
        off -= iov[i].iov_len;
    }
    return NULL;
}

static bool overlaps(const uint8_t *a, size_t a_len,
                     const uint8_t *b, size_t b_len)
{
    return a && b && a < b + b_len && b < a + a_len;
}

uint8_t *virtio_crypto_copy_head(const struct iovec *out, unsigned out_num,
                                 size_t len)
{
    uint8_t *head = g_malloc(len);

    iov_to_buf(out, out_num, 0, head, len);
    return head;
}

void virtio_crypto_free_head(uint8_t *head, size_t len)
{
    if (head) {
        explicit_bzero(head, len);
        g_free(head);
    }
}

void virtio_crypto_session_shape(uint32_t service,
                                 const CryptoDevBackendSessionInfo *info,
                                 uint32_t *result_len, bool *chain)
{
    const CryptoDevBackendSymSessionInfo *sym = &info->u.sym_sess_info;

    if (service == VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
        *result_len = 0;
        *chain = false;
        return;
    }
    *result_len = sym->hash_result_len;
    *chain = sym->op_type == VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING;
}

uint8_t virtio_crypto_check_lengths(VirtIOCryptoDecoded *dec,
                                    uint32_t result_len, bool chain)
{
    uint64_t src = dec->seg[VIRTIO_CRYPTO_SEG_SRC].len;
    uint64_t dst = dec->seg[VIRTIO_CRYPTO_SEG_DST].len;
    uint64_t digest = dec->seg[VIRTIO_CRYPTO_SEG_DIGEST].len;
    uint32_t tag_len = dec->field[VIRTIO_CRYPTO_FIELD_TAG_LEN];
    bool chain_req = dec->field[VIRTIO_CRYPTO_FIELD_OP_TYPE] ==
                     VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING;
    bool ok;

    switch (dec->service) {
    case VIRTIO_CRYPTO_SERVICE_CIPHER:
        /*
         * A plain cipher request on a plain cipher session, or a chain's;
         * the output as long as the input (the codec checked a chain's
         * ranges)
         */
        ok = chain_req == chain && dst == src &&
             (!chain || digest == result_len);
        break;
    case VIRTIO_CRYPTO_SERVICE_HASH:
    case VIRTIO_CRYPTO_SERVICE_MAC:
        ok = digest == result_len;
        break;
    case VIRTIO_CRYPTO_SERVICE_AEAD:
        /*
         * A request's tag length, when given, is its session's; encryption
         * appends the tag, decryption finds it after the text
         */
        ok = (!tag_len || tag_len == result_len) &&
             (dec->opcode == VIRTIO_CRYPTO_AEAD_ENCRYPT
              ? dst >= src + result_len
              : src >= result_len && dst >= src - result_len);
        /* the legacy format has no tag_len: the session's it is */
        dec->field[VIRTIO_CRYPTO_FIELD_TAG_LEN] = result_len;
        break;
    default:
        ok = true;
    }
    return ok ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_ERR;
}

/*
 * Can the backend write @dec's destination in guest memory?  Not a chain's,
 * which it fills from the source first, and not an AEAD decryption's,
 * whose plaintext the guest must not see unless the tag is right.
 */
static bool dst_in_place_ok(const VirtIOCryptoDecoded *dec)
{
    return dec->field[VIRTIO_CRYPTO_FIELD_OP_TYPE] !=
           VIRTIO_CRYPTO_SYM_OP_ALGORITHM_CHAINING &&
           dec->opcode != VIRTIO_CRYPTO_AEAD_DECRYPT;
}

/*
 * An AEAD tag follows the text on the wire: the ciphertext in dst when
 * encrypting, in src when decrypting (virtio specification, "AEAD Service
 * Operation").  The backend gets the text alone as src and dst, and the
 * tag as digest_result.  Lengths that do not hold the tag are left for
 * virtio_crypto_check_lengths() to refuse.
 */
static void aead_tag_apart(const VirtIOCryptoDecoded *dec,
                           CryptoDevBackendSymOpInfo *sym)
{
    uint32_t tag_len = dec->field[VIRTIO_CRYPTO_FIELD_TAG_LEN];

    if (dec->opcode == VIRTIO_CRYPTO_AEAD_ENCRYPT) {
        if (sym->dst_len < sym->src_len ||
            sym->dst_len - sym->src_len < tag_len) {
            return;
        }
        sym->digest_result = sym->dst + sym->src_len;
    } else {
        if (sym->src_len < tag_len ||
            sym->dst_len < sym->src_len - tag_len) {
            return;
        }
        sym->src_len -= tag_len;
        sym->digest_result = sym->src + sym->src_len;
    }
    sym->dst_len = sym->src_len;
    sym->digest_result_len = tag_len;
}

/*
 * A symmetric request's source, destination and digest are used where they
 * lie in guest memory when each is one piece, an output does not overlap
 * the source, and (for the destination) dst_in_place_ok().  The rest goes
 * into one host buffer, iv | aad | src | dst | digest, exactly as long as
 * the guest's parts, so bounded by the codec's max_size check.
 */
static uint8_t gather_sym(const VirtIOCryptoDecoded *dec,
                          const struct iovec *out, unsigned out_num,
                          const struct iovec *in, unsigned in_num,
                          CryptoDevBackendSymOpInfo **symp)
{
    const uint32_t *f = dec->field;
    const VirtIOCryptoSpan *seg = dec->seg;
    size_t iv = seg[VIRTIO_CRYPTO_SEG_IV].len;
    size_t aad = seg[VIRTIO_CRYPTO_SEG_AAD].len;
    size_t src = seg[VIRTIO_CRYPTO_SEG_SRC].len;
    size_t dst = seg[VIRTIO_CRYPTO_SEG_DST].len;
    size_t digest = seg[VIRTIO_CRYPTO_SEG_DIGEST].len;
    uint8_t *src_p = span_in_place(out, out_num, &seg[VIRTIO_CRYPTO_SEG_SRC]);
    uint8_t *dst_p = NULL, *digest_p;
    CryptoDevBackendSymOpInfo *sym;
    uint8_t *p;

    if (dst_in_place_ok(dec)) {
        dst_p = span_in_place(in, in_num, &dec->seg[VIRTIO_CRYPTO_SEG_DST]);
        if (overlaps(dst_p, dst, src_p, src)) {
            dst_p = NULL;
        }
    }
    digest_p = span_in_place(in, in_num, &dec->seg[VIRTIO_CRYPTO_SEG_DIGEST]);
    if (overlaps(digest_p, digest, src_p, src)) {
        digest_p = NULL;
    }

    sym = *symp = g_malloc(sizeof(*sym) + iv + aad + (src_p ? 0 : src) +
                           (dst_p ? 0 : dst) + (digest_p ? 0 : digest));
    /* every member is set here: no memset of the whole (a slow rep stos) */
    sym->op_type = f[VIRTIO_CRYPTO_FIELD_OP_TYPE];
    sym->iv_len = iv;
    sym->aad_len = aad;
    sym->src_len = src;
    sym->dst_len = dst;
    sym->digest_result_len = digest;
    sym->cipher_start_src_offset = f[VIRTIO_CRYPTO_FIELD_CIPHER_START];
    sym->len_to_cipher = f[VIRTIO_CRYPTO_FIELD_LEN_TO_CIPHER];
    sym->hash_start_src_offset = f[VIRTIO_CRYPTO_FIELD_HASH_START];
    sym->len_to_hash = f[VIRTIO_CRYPTO_FIELD_LEN_TO_HASH];

    p = sym->data;
    sym->iv = p;
    copy_in(dec, VIRTIO_CRYPTO_SEG_IV, out, out_num, sym->iv);
    p += iv;
    sym->aad_data = p;
    copy_in(dec, VIRTIO_CRYPTO_SEG_AAD, out, out_num, sym->aad_data);
    p += aad;
    sym->src = src_p;
    if (!src_p) {
        sym->src = p;
        copy_in(dec, VIRTIO_CRYPTO_SEG_SRC, out, out_num, sym->src);
        p += src;
    }
    /* what a backend leaves unwritten must not show the guest our heap */
    sym->dst = dst_p;
    if (!dst_p) {
        sym->dst = p;
        memset(p, 0, dst);
        p += dst;
    }
    sym->digest_result = digest_p;
    if (!digest_p) {
        sym->digest_result = p;
        memset(p, 0, digest);
    }
    if (dec->service == VIRTIO_CRYPTO_SERVICE_AEAD) {
        aead_tag_apart(dec, sym);
    }
    return VIRTIO_CRYPTO_OK;
}

/* One host buffer for src, then dst or the digest to verify */
static void gather_asym(const VirtIOCryptoDecoded *dec,
                        const struct iovec *out, unsigned out_num,
                        CryptoDevBackendAsymOpInfo *asym)
{
    asym->src_len = dec->seg[VIRTIO_CRYPTO_SEG_SRC].len;
    asym->dst_len = dec->seg[VIRTIO_CRYPTO_SEG_DST].len;
    asym->digest_len = dec->seg[VIRTIO_CRYPTO_SEG_VERIFY_DIGEST].len;
    asym->src = g_malloc0(asym->src_len + asym->dst_len + asym->digest_len +
                          1);
    asym->dst = asym->src + asym->src_len;
    asym->digest = asym->dst + asym->dst_len;
    copy_in(dec, VIRTIO_CRYPTO_SEG_SRC, out, out_num, asym->src);
    copy_in(dec, VIRTIO_CRYPTO_SEG_VERIFY_DIGEST, out, out_num, asym->digest);
}

uint8_t virtio_crypto_gather(const VirtIOCryptoDecoded *dec,
                             const struct iovec *out, unsigned out_num,
                             const struct iovec *in, unsigned in_num,
                             CryptoDevBackendOpInfo *op,
                             CryptoDevBackendSymOpInfo **sym,
                             CryptoDevBackendAsymOpInfo *asym)
{
    uint8_t status = VIRTIO_CRYPTO_OK;

    if (dec->service == VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
        gather_asym(dec, out, out_num, asym);
        op->algtype = QCRYPTODEV_BACKEND_ALGO_TYPE_ASYM;
        op->u.asym_op_info = asym;
    } else {
        status = gather_sym(dec, out, out_num, in, in_num, sym);
        op->algtype = QCRYPTODEV_BACKEND_ALGO_TYPE_SYM;
        op->u.sym_op_info = *sym;
    }
    return status;
}

/*
 * Write the first @len bytes of an output part from host memory, unless
 * the backend wrote them there
 */
static void scatter_part(const VirtIOCryptoDecoded *dec,
                         VirtIOCryptoSegment seg, size_t len,
                         const struct iovec *in, unsigned in_num,
                         const uint8_t *result)
{
    const VirtIOCryptoSpan *s = &dec->seg[seg];

    if (result != span_in_place(in, in_num, s)) {
        iov_from_buf(in, in_num, s->offset, result, len);
    }
}

size_t virtio_crypto_scatter_results(const VirtIOCryptoDecoded *dec,
                                     const struct iovec *in, unsigned in_num,
                                     const CryptoDevBackendSymOpInfo *sym,
                                     const CryptoDevBackendAsymOpInfo *asym,
                                     uint8_t status)
{
    size_t produced = 0;

    if (status == VIRTIO_CRYPTO_OK && sym) {
        /*
         * What the operation produced, and no more, so that the used
         * length counts every byte written but the status: the text, with
         * an AEAD encryption's tag right after it, and the digest
         */
        size_t dst_len = sym->dst_len;
        size_t digest_len = dec->seg[VIRTIO_CRYPTO_SEG_DIGEST].len;

        if (dec->opcode == VIRTIO_CRYPTO_AEAD_ENCRYPT) {
            dst_len += sym->digest_result_len;
        }
        scatter_part(dec, VIRTIO_CRYPTO_SEG_DST, dst_len, in, in_num,
                     sym->dst);
        scatter_part(dec, VIRTIO_CRYPTO_SEG_DIGEST, digest_len, in, in_num,
                     sym->digest_result);
        produced = dst_len + digest_len;
    } else if (status == VIRTIO_CRYPTO_OK &&
               dec->service == VIRTIO_CRYPTO_SERVICE_AKCIPHER) {
        /* the backend shrinks dst_len to what it produced; verify: none */
        produced = MIN(asym->dst_len, dec->seg[VIRTIO_CRYPTO_SEG_DST].len);
        iov_from_buf(in, in_num, dec->seg[VIRTIO_CRYPTO_SEG_DST].offset,
                     asym->dst, produced);
    }
    iov_from_buf(in, in_num, dec->status_offset, &status, 1);
    if (status != VIRTIO_CRYPTO_OK) {
        return dec->status_offset + 1;
    }
    return MIN(produced + 1, dec->status_offset + 1);
}
