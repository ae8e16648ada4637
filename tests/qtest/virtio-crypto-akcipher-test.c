/*
 * QTest for virtio-crypto's AKCIPHER service: ECDSA and RSA through the device
 *
 * Vectors: RFC 6979 A.2.5 (ECDSA, NIST P-256, SHA-256, message "sample"),
 * whose deterministic nonce makes the signature a known answer, and the
 * key pairs of RFC 6979 A.2.3 to A.2.7 (P-192 to P-521); RSA
 * Laboratories' PKCS#1 v1.5 signature Example 1.1 for RSA signing,
 * verification and raw encryption; NIST CAVS SigVer PKCS#1 v1.5 for
 * verification, passing and failing.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qemu/bswap.h"
#include "libqtest-single.h"
#include "qemu/module.h"
#include "hw/virtio/virtio-crypto-layouts.h"
#include "libqos/qgraph.h"
#include "libqos/virtio-crypto.h"
#ifdef CONFIG_KEYUTILS
#include <sys/syscall.h>
#include <linux/keyctl.h>
#endif

#define REV1 (1ull << VIRTIO_CRYPTO_F_REVISION_1)
#define AK_STATELESS (1ull << VIRTIO_CRYPTO_F_AKCIPHER_STATELESS_MODE)

/* RFC 6979 A.2.5: the private key x as an RFC 5915 ECPrivateKey (DER) */
static const uint8_t p256_private_der[] = {
    0x30, 0x31, 0x02, 0x01, 0x01, 0x04, 0x20,
    0xc9, 0xaf, 0xa9, 0xd8, 0x45, 0xba, 0x75, 0x16,
    0x6b, 0x5c, 0x21, 0x57, 0x67, 0xb1, 0xd6, 0x93,
    0x4e, 0x50, 0xc3, 0xdb, 0x36, 0xe8, 0x9b, 0x12,
    0x7b, 0x8a, 0x62, 0x2b, 0x12, 0x0f, 0x67, 0x21,
    /* [0] namedCurve prime256v1 */
    0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07,
};

/* RFC 6979 A.2.5: the public key (Ux, Uy) as an ECPoint */
static const uint8_t p256_public[] = {
    0x04,
    0x60, 0xfe, 0xd4, 0xba, 0x25, 0x5a, 0x9d, 0x31,
    0xc9, 0x61, 0xeb, 0x74, 0xc6, 0x35, 0x6d, 0x68,
    0xc0, 0x49, 0xb8, 0x92, 0x3b, 0x61, 0xfa, 0x6c,
    0xe6, 0x69, 0x62, 0x2e, 0x60, 0xf2, 0x9f, 0xb6,
    0x79, 0x03, 0xfe, 0x10, 0x08, 0xb8, 0xbc, 0x99,
    0xa4, 0x1a, 0xe9, 0xe9, 0x56, 0x28, 0xbc, 0x64,
    0xf2, 0xf1, 0xb2, 0x0c, 0x2d, 0x7e, 0x9f, 0x51,
    0x77, 0xa3, 0xc2, 0x94, 0xd4, 0x46, 0x22, 0x99,
};

/* SHA-256("sample") */
static const uint8_t sample_sha256[32] = {
    0xaf, 0x2b, 0xdb, 0xe1, 0xaa, 0x9b, 0x6e, 0xc1,
    0xe2, 0xad, 0xe1, 0xd6, 0x94, 0xf4, 0x1f, 0xc7,
    0x1a, 0x83, 0x1d, 0x02, 0x68, 0xe9, 0x89, 0x15,
    0x62, 0x11, 0x3d, 0x8a, 0x62, 0xad, 0xd1, 0xbf,
};

/* RFC 6979 A.2.5, SHA-256: (r, s) as a DER ECDSA-Sig-Value */
static const uint8_t sample_sig_der[72] = {
    0x30, 0x46,
    0x02, 0x21, 0x00,
    0xef, 0xd4, 0x8b, 0x2a, 0xac, 0xb6, 0xa8, 0xfd,
    0x11, 0x40, 0xdd, 0x9c, 0xd4, 0x5e, 0x81, 0xd6,
    0x9d, 0x2c, 0x87, 0x7b, 0x56, 0xaa, 0xf9, 0x91,
    0xc3, 0x4d, 0x0e, 0xa8, 0x4e, 0xaf, 0x37, 0x16,
    0x02, 0x21, 0x00,
    0xf7, 0xcb, 0x1c, 0x94, 0x2d, 0x65, 0x7c, 0x41,
    0xd4, 0x36, 0xc7, 0xa1, 0xb6, 0xe2, 0x9f, 0x65,
    0xf3, 0xe9, 0x00, 0xdb, 0xb9, 0xaf, 0xf4, 0x06,
    0x4d, 0xc4, 0xab, 0x2f, 0x84, 0x3a, 0xcd, 0xa8,
};

/*
 * NIST CAVS 11.0 SigVer PKCS#1 Ver 1.5 (FIPS 186-4), [mod = 1024],
 * SHA-256, e = 0xeef211: the public key as a DER RSAPublicKey
 */
static const uint8_t rsa1024_public_der[] = {
    0x30, 0x81, 0x8a, 0x02, 0x81, 0x81, 0x00, 0x85,
    0x92, 0xb5, 0x85, 0x0b, 0x9b, 0xa9, 0x6e, 0x7f,
    0xae, 0xcb, 0xdd, 0x67, 0xe5, 0x0e, 0xd5, 0xfb,
    0x20, 0x18, 0xfd, 0xa0, 0xbc, 0x6a, 0x09, 0xab,
    0x63, 0x45, 0x91, 0x0f, 0xc4, 0x45, 0xac, 0x6b,
    0xdb, 0x0e, 0x7a, 0x4c, 0x6b, 0x72, 0xc9, 0x44,
    0x16, 0x49, 0xc9, 0xe7, 0x81, 0x09, 0xbb, 0xaa,
    0x1d, 0x79, 0xf9, 0xfa, 0xfb, 0x87, 0x94, 0xa1,
    0xa0, 0x6c, 0xb6, 0x38, 0xbd, 0x8f, 0x3c, 0x34,
    0x16, 0xd4, 0x4c, 0x43, 0xcf, 0x86, 0x2b, 0x8a,
    0xc1, 0xd5, 0x00, 0x63, 0x10, 0xb0, 0x5a, 0x77,
    0x60, 0xd3, 0x41, 0xd0, 0x70, 0x77, 0xae, 0x77,
    0x5f, 0x16, 0x95, 0x06, 0x1d, 0x3c, 0x72, 0x97,
    0xdd, 0x3a, 0xb8, 0xfc, 0x5d, 0x03, 0xd0, 0x9e,
    0xd1, 0x60, 0x2a, 0x1b, 0xb6, 0x98, 0x91, 0xbb,
    0x37, 0x7f, 0xd0, 0xaa, 0xd6, 0xcd, 0x90, 0xf8,
    0xb2, 0x07, 0x46, 0x7d, 0xb3, 0x62, 0x79, 0x02,
    0x04, 0x00, 0xee, 0xf2, 0x11,
};

/* SHA-256 of the first Result = P message of that group, its signature */
static const uint8_t rsa_pass_digest[32] = {
    0xf9, 0x62, 0x5e, 0x08, 0x91, 0x9e, 0x66, 0x32,
    0xf9, 0x0b, 0x9a, 0x9f, 0xbd, 0xf8, 0x93, 0x0e,
    0x71, 0xcb, 0x17, 0x25, 0xb8, 0x33, 0x48, 0xf9,
    0x39, 0x05, 0xc7, 0xb2, 0x02, 0x9c, 0x91, 0xc7,
};
static const uint8_t rsa_pass_sig[128] = {
    0x2e, 0x37, 0xc8, 0x22, 0x15, 0x97, 0xf7, 0xe2,
    0xb1, 0x97, 0x0c, 0x40, 0xa5, 0x0d, 0xb5, 0xfe,
    0xfd, 0xe3, 0x1b, 0x1d, 0xff, 0x1e, 0x9b, 0x9d,
    0x6a, 0x70, 0xb0, 0x23, 0xac, 0xb0, 0x14, 0x97,
    0x15, 0x80, 0xed, 0xdf, 0x1d, 0x67, 0xf1, 0x5d,
    0x9f, 0xbb, 0xdd, 0xfc, 0xdf, 0x49, 0xcd, 0xa1,
    0x4c, 0xcb, 0x75, 0x16, 0xc3, 0x3b, 0x78, 0x7a,
    0x3a, 0x3f, 0xd4, 0x3d, 0x00, 0x5d, 0x02, 0xde,
    0x10, 0xf9, 0x3f, 0xfc, 0x99, 0x58, 0x5a, 0xe5,
    0xdf, 0xaa, 0x76, 0x6c, 0x0f, 0x1f, 0x5b, 0xfa,
    0x62, 0xe5, 0x0e, 0x76, 0xa0, 0x59, 0xa4, 0xa1,
    0xe8, 0x14, 0xc1, 0xee, 0x98, 0x36, 0xe0, 0x15,
    0x95, 0x73, 0x1d, 0xce, 0x48, 0xf9, 0x4a, 0xa1,
    0xae, 0x36, 0xd9, 0xc5, 0x16, 0x5a, 0x3e, 0xb2,
    0x80, 0x13, 0xfa, 0xc2, 0x71, 0xe0, 0x91, 0xf7,
    0x01, 0x8f, 0xe9, 0x6e, 0xc2, 0x60, 0x09, 0xc1,
};

/* ... and of its first Result = F message */
static const uint8_t rsa_fail_digest[32] = {
    0x64, 0x31, 0x6c, 0x95, 0x54, 0x9d, 0xa9, 0xfc,
    0x3e, 0x26, 0x4a, 0x18, 0x29, 0x92, 0x68, 0xbc,
    0x77, 0x7c, 0x3c, 0x4b, 0x62, 0x73, 0x19, 0x9a,
    0xc5, 0x86, 0x15, 0x7b, 0xd4, 0x8b, 0x00, 0xad,
};
static const uint8_t rsa_fail_sig[128] = {
    0x02, 0xd0, 0x71, 0x77, 0xf9, 0x1c, 0x0d, 0xb0,
    0xb7, 0x4e, 0x34, 0xb5, 0x32, 0xaa, 0x18, 0x67,
    0x3d, 0x27, 0xfd, 0xee, 0x37, 0x0b, 0x7a, 0xa9,
    0x09, 0x4e, 0xf7, 0x65, 0xc9, 0xa8, 0x27, 0x8b,
    0x71, 0x28, 0xf1, 0xbd, 0x24, 0xfd, 0x39, 0x92,
    0xe6, 0x37, 0x6f, 0x83, 0xbd, 0xea, 0x9e, 0x50,
    0x5b, 0xe1, 0x0d, 0xe1, 0x51, 0x63, 0x28, 0x6a,
    0x7c, 0x9d, 0x98, 0x73, 0xbd, 0xbc, 0xff, 0xe0,
    0x53, 0x5f, 0x9f, 0x8c, 0xb0, 0xdd, 0x99, 0xba,
    0x34, 0xe2, 0x4e, 0xc4, 0x62, 0xe4, 0xad, 0x03,
    0x61, 0x82, 0x58, 0xb6, 0x68, 0x94, 0xda, 0xea,
    0xc9, 0x41, 0x55, 0x45, 0xe0, 0x30, 0xbd, 0x96,
    0x3f, 0x2b, 0xeb, 0x8d, 0x08, 0x91, 0x83, 0xec,
    0x7f, 0xf1, 0xbe, 0x67, 0xe6, 0xf9, 0x4e, 0x68,
    0x71, 0xd4, 0x2f, 0xb7, 0xd7, 0xc6, 0x94, 0x68,
    0x2a, 0x9f, 0x4a, 0xf5, 0x99, 0xbf, 0xdf, 0x81,
};

/*
 * RSA Laboratories' PKCS#1 v2.1 test vectors (pkcs1v15sign-vectors.txt),
 * Example 1: the 1024-bit key pair as DER RSAPrivateKey and RSAPublicKey
 */
static const uint8_t rsa_ex1_private_der[] = {
    0x30, 0x82, 0x02, 0x5b, 0x02, 0x01, 0x00, 0x02,
    0x81, 0x81, 0x00, 0xa5, 0x6e, 0x4a, 0x0e, 0x70,
    0x10, 0x17, 0x58, 0x9a, 0x51, 0x87, 0xdc, 0x7e,
    0xa8, 0x41, 0xd1, 0x56, 0xf2, 0xec, 0x0e, 0x36,
    0xad, 0x52, 0xa4, 0x4d, 0xfe, 0xb1, 0xe6, 0x1f,
    0x7a, 0xd9, 0x91, 0xd8, 0xc5, 0x10, 0x56, 0xff,
    0xed, 0xb1, 0x62, 0xb4, 0xc0, 0xf2, 0x83, 0xa1,
    0x2a, 0x88, 0xa3, 0x94, 0xdf, 0xf5, 0x26, 0xab,
    0x72, 0x91, 0xcb, 0xb3, 0x07, 0xce, 0xab, 0xfc,
    0xe0, 0xb1, 0xdf, 0xd5, 0xcd, 0x95, 0x08, 0x09,
    0x6d, 0x5b, 0x2b, 0x8b, 0x6d, 0xf5, 0xd6, 0x71,
    0xef, 0x63, 0x77, 0xc0, 0x92, 0x1c, 0xb2, 0x3c,
    0x27, 0x0a, 0x70, 0xe2, 0x59, 0x8e, 0x6f, 0xf8,
    0x9d, 0x19, 0xf1, 0x05, 0xac, 0xc2, 0xd3, 0xf0,
    0xcb, 0x35, 0xf2, 0x92, 0x80, 0xe1, 0x38, 0x6b,
    0x6f, 0x64, 0xc4, 0xef, 0x22, 0xe1, 0xe1, 0xf2,
    0x0d, 0x0c, 0xe8, 0xcf, 0xfb, 0x22, 0x49, 0xbd,
    0x9a, 0x21, 0x37, 0x02, 0x03, 0x01, 0x00, 0x01,
    0x02, 0x81, 0x80, 0x33, 0xa5, 0x04, 0x2a, 0x90,
    0xb2, 0x7d, 0x4f, 0x54, 0x51, 0xca, 0x9b, 0xbb,
    0xd0, 0xb4, 0x47, 0x71, 0xa1, 0x01, 0xaf, 0x88,
    0x43, 0x40, 0xae, 0xf9, 0x88, 0x5f, 0x2a, 0x4b,
    0xbe, 0x92, 0xe8, 0x94, 0xa7, 0x24, 0xac, 0x3c,
    0x56, 0x8c, 0x8f, 0x97, 0x85, 0x3a, 0xd0, 0x7c,
    0x02, 0x66, 0xc8, 0xc6, 0xa3, 0xca, 0x09, 0x29,
    0xf1, 0xe8, 0xf1, 0x12, 0x31, 0x88, 0x44, 0x29,
    0xfc, 0x4d, 0x9a, 0xe5, 0x5f, 0xee, 0x89, 0x6a,
    0x10, 0xce, 0x70, 0x7c, 0x3e, 0xd7, 0xe7, 0x34,
    0xe4, 0x47, 0x27, 0xa3, 0x95, 0x74, 0x50, 0x1a,
    0x53, 0x26, 0x83, 0x10, 0x9c, 0x2a, 0xba, 0xca,
    0xba, 0x28, 0x3c, 0x31, 0xb4, 0xbd, 0x2f, 0x53,
    0xc3, 0xee, 0x37, 0xe3, 0x52, 0xce, 0xe3, 0x4f,
    0x9e, 0x50, 0x3b, 0xd8, 0x0c, 0x06, 0x22, 0xad,
    0x79, 0xc6, 0xdc, 0xee, 0x88, 0x35, 0x47, 0xc6,
    0xa3, 0xb3, 0x25, 0x02, 0x41, 0x00, 0xe7, 0xe8,
    0x94, 0x27, 0x20, 0xa8, 0x77, 0x51, 0x72, 0x73,
    0xa3, 0x56, 0x05, 0x3e, 0xa2, 0xa1, 0xbc, 0x0c,
    0x94, 0xaa, 0x72, 0xd5, 0x5c, 0x6e, 0x86, 0x29,
    0x6b, 0x2d, 0xfc, 0x96, 0x79, 0x48, 0xc0, 0xa7,
    0x2c, 0xbc, 0xcc, 0xa7, 0xea, 0xcb, 0x35, 0x70,
    0x6e, 0x09, 0xa1, 0xdf, 0x55, 0xa1, 0x53, 0x5b,
    0xd9, 0xb3, 0xcc, 0x34, 0x16, 0x0b, 0x3b, 0x6d,
    0xcd, 0x3e, 0xda, 0x8e, 0x64, 0x43, 0x02, 0x41,
    0x00, 0xb6, 0x9d, 0xca, 0x1c, 0xf7, 0xd4, 0xd7,
    0xec, 0x81, 0xe7, 0x5b, 0x90, 0xfc, 0xca, 0x87,
    0x4a, 0xbc, 0xde, 0x12, 0x3f, 0xd2, 0x70, 0x01,
    0x80, 0xaa, 0x90, 0x47, 0x9b, 0x6e, 0x48, 0xde,
    0x8d, 0x67, 0xed, 0x24, 0xf9, 0xf1, 0x9d, 0x85,
    0xba, 0x27, 0x58, 0x74, 0xf5, 0x42, 0xcd, 0x20,
    0xdc, 0x72, 0x3e, 0x69, 0x63, 0x36, 0x4a, 0x1f,
    0x94, 0x25, 0x45, 0x2b, 0x26, 0x9a, 0x67, 0x99,
    0xfd, 0x02, 0x40, 0x28, 0xfa, 0x13, 0x93, 0x86,
    0x55, 0xbe, 0x1f, 0x8a, 0x15, 0x9c, 0xba, 0xca,
    0x5a, 0x72, 0xea, 0x19, 0x0c, 0x30, 0x08, 0x9e,
    0x19, 0xcd, 0x27, 0x4a, 0x55, 0x6f, 0x36, 0xc4,
    0xf6, 0xe1, 0x9f, 0x55, 0x4b, 0x34, 0xc0, 0x77,
    0x79, 0x04, 0x27, 0xbb, 0xdd, 0x8d, 0xd3, 0xed,
    0xe2, 0x44, 0x83, 0x28, 0xf3, 0x85, 0xd8, 0x1b,
    0x30, 0xe8, 0xe4, 0x3b, 0x2f, 0xff, 0xa0, 0x27,
    0x86, 0x19, 0x79, 0x02, 0x40, 0x1a, 0x8b, 0x38,
    0xf3, 0x98, 0xfa, 0x71, 0x20, 0x49, 0x89, 0x8d,
    0x7f, 0xb7, 0x9e, 0xe0, 0xa7, 0x76, 0x68, 0x79,
    0x12, 0x99, 0xcd, 0xfa, 0x09, 0xef, 0xc0, 0xe5,
    0x07, 0xac, 0xb2, 0x1e, 0xd7, 0x43, 0x01, 0xef,
    0x5b, 0xfd, 0x48, 0xbe, 0x45, 0x5e, 0xae, 0xb6,
    0xe1, 0x67, 0x82, 0x55, 0x82, 0x75, 0x80, 0xa8,
    0xe4, 0xe8, 0xe1, 0x41, 0x51, 0xd1, 0x51, 0x0a,
    0x82, 0xa3, 0xf2, 0xe7, 0x29, 0x02, 0x40, 0x27,
    0x15, 0x6a, 0xba, 0x41, 0x26, 0xd2, 0x4a, 0x81,
    0xf3, 0xa5, 0x28, 0xcb, 0xfb, 0x27, 0xf5, 0x68,
    0x86, 0xf8, 0x40, 0xa9, 0xf6, 0xe8, 0x6e, 0x17,
    0xa4, 0x4b, 0x94, 0xfe, 0x93, 0x19, 0x58, 0x4b,
    0x8e, 0x22, 0xfd, 0xde, 0x1e, 0x5a, 0x2e, 0x3b,
    0xd8, 0xaa, 0x5b, 0xa8, 0xd8, 0x58, 0x41, 0x94,
    0xeb, 0x21, 0x90, 0xac, 0xf8, 0x32, 0xb8, 0x47,
    0xf1, 0x3a, 0x3d, 0x24, 0xa7, 0x9f, 0x4d,
};
static const uint8_t rsa_ex1_public_der[] = {
    0x30, 0x81, 0x89, 0x02, 0x81, 0x81, 0x00, 0xa5,
    0x6e, 0x4a, 0x0e, 0x70, 0x10, 0x17, 0x58, 0x9a,
    0x51, 0x87, 0xdc, 0x7e, 0xa8, 0x41, 0xd1, 0x56,
    0xf2, 0xec, 0x0e, 0x36, 0xad, 0x52, 0xa4, 0x4d,
    0xfe, 0xb1, 0xe6, 0x1f, 0x7a, 0xd9, 0x91, 0xd8,
    0xc5, 0x10, 0x56, 0xff, 0xed, 0xb1, 0x62, 0xb4,
    0xc0, 0xf2, 0x83, 0xa1, 0x2a, 0x88, 0xa3, 0x94,
    0xdf, 0xf5, 0x26, 0xab, 0x72, 0x91, 0xcb, 0xb3,
    0x07, 0xce, 0xab, 0xfc, 0xe0, 0xb1, 0xdf, 0xd5,
    0xcd, 0x95, 0x08, 0x09, 0x6d, 0x5b, 0x2b, 0x8b,
    0x6d, 0xf5, 0xd6, 0x71, 0xef, 0x63, 0x77, 0xc0,
    0x92, 0x1c, 0xb2, 0x3c, 0x27, 0x0a, 0x70, 0xe2,
    0x59, 0x8e, 0x6f, 0xf8, 0x9d, 0x19, 0xf1, 0x05,
    0xac, 0xc2, 0xd3, 0xf0, 0xcb, 0x35, 0xf2, 0x92,
    0x80, 0xe1, 0x38, 0x6b, 0x6f, 0x64, 0xc4, 0xef,
    0x22, 0xe1, 0xe1, 0xf2, 0x0d, 0x0c, 0xe8, 0xcf,
    0xfb, 0x22, 0x49, 0xbd, 0x9a, 0x21, 0x37, 0x02,
    0x03, 0x01, 0x00, 0x01,
};

/* Signature Example 1.1: SHA-1 of its message, and its signature */
static const uint8_t rsa_ex11_sha1[20] = {
    0xcd, 0x8b, 0x65, 0x38, 0xcb, 0x8e, 0x8d, 0xe5,
    0x66, 0xb6, 0x8b, 0xd0, 0x67, 0x56, 0x9d, 0xbf,
    0x1e, 0xe2, 0x71, 0x8e,
};
static const uint8_t rsa_ex11_sig[128] = {
    0x6b, 0xc3, 0xa0, 0x66, 0x56, 0x84, 0x29, 0x30,
    0xa2, 0x47, 0xe3, 0x0d, 0x58, 0x64, 0xb4, 0xd8,
    0x19, 0x23, 0x6b, 0xa7, 0xc6, 0x89, 0x65, 0x86,
    0x2a, 0xd7, 0xdb, 0xc4, 0xe2, 0x4a, 0xf2, 0x8e,
    0x86, 0xbb, 0x53, 0x1f, 0x03, 0x35, 0x8b, 0xe5,
    0xfb, 0x74, 0x77, 0x7c, 0x60, 0x86, 0xf8, 0x50,
    0xca, 0xef, 0x89, 0x3f, 0x0d, 0x6f, 0xcc, 0x2d,
    0x0c, 0x91, 0xec, 0x01, 0x36, 0x93, 0xb4, 0xea,
    0x00, 0xb8, 0x0c, 0xd4, 0x9a, 0xac, 0x4e, 0xcb,
    0x5f, 0x89, 0x11, 0xaf, 0xe5, 0x39, 0xad, 0xa4,
    0xa8, 0xf3, 0x82, 0x3d, 0x1d, 0x13, 0xe4, 0x72,
    0xd1, 0x49, 0x05, 0x47, 0xc6, 0x59, 0xc7, 0x61,
    0x7f, 0x3d, 0x24, 0x08, 0x7d, 0xdb, 0x6f, 0x2b,
    0x72, 0x09, 0x61, 0x67, 0xfc, 0x09, 0x7c, 0xab,
    0x18, 0xe9, 0xa4, 0x58, 0xfc, 0xb6, 0x34, 0xcd,
    0xce, 0x8e, 0xe3, 0x58, 0x94, 0xc4, 0x84, 0xd7,
};

/* The encoded message (EMSA-PKCS1-v1_5) of Example 1.1: sig ^ e mod n */
static const uint8_t rsa_ex11_em[128] = {
    0x00, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xff, 0xff, 0xff, 0xff, 0x00, 0x30, 0x21, 0x30,
    0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a,
    0x05, 0x00, 0x04, 0x14, 0xcd, 0x8b, 0x65, 0x38,
    0xcb, 0x8e, 0x8d, 0xe5, 0x66, 0xb6, 0x8b, 0xd0,
    0x67, 0x56, 0x9d, 0xbf, 0x1e, 0xe2, 0x71, 0x8e,
};

static uint32_t ecdsa_curve_session(QVirtioCryptoQueues *q, uint32_t curve,
                                    uint32_t key_type, const uint8_t *key,
                                    size_t key_len, uint64_t *id)
{
    return qvirtio_crypto_akcipher_session(q, VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD,
                                           key_type, curve, 0, key, key_len,
                                           id);
}

static uint32_t ecdsa_session(QVirtioCryptoQueues *q, uint32_t key_type,
                              const uint8_t *key, size_t key_len,
                              uint64_t *id)
{
    return ecdsa_curve_session(q, VIRTIO_CRYPTO_CURVE_NIST_P256, key_type,
                               key, key_len, id);
}

/*
 * A session-mode sign (@result: the signature) or verify (@second: the
 * digest) request; @flag 1 is REVISION_1, with its unpadded fixed part.
 */
static uint8_t ak_request_used(QVirtioCryptoQueues *q, uint32_t opcode,
                               uint64_t id, uint32_t flag, const uint8_t *src,
                               size_t src_len, const uint8_t *second,
                               size_t second_len, uint8_t *result,
                               uint32_t *used)
{
    struct virtio_crypto_akcipher_data_flf flf = {
        .src_data_len = cpu_to_le32(src_len),
        .dst_data_len = cpu_to_le32(second_len),
    };
    g_autoptr(GByteArray) out = qvirtio_crypto_data_req(q, opcode, 0, id, flag,
                                                        &flf, sizeof(flf));

    qvirtio_crypto_put(out, src, src_len);
    if (opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY) {
        /* signature, then the digest it must match */
        qvirtio_crypto_put(out, second, second_len);
        second_len = 0;
    }
    return qvirtio_crypto_data_used(q, out->data, out->len, result,
                                    second_len, used);
}

/* The same, for a result that fills its buffer */
static uint8_t ak_request(QVirtioCryptoQueues *q, uint32_t opcode,
                          uint64_t id, uint32_t flag, const uint8_t *src,
                          size_t src_len, const uint8_t *second,
                          size_t second_len, uint8_t *result)
{
    uint32_t used;
    bool verify = opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY;
    uint8_t status = ak_request_used(q, opcode, id, flag, src, src_len,
                                     second, second_len, result, &used);

    g_assert_cmpuint(used, ==, (verify ? 0 : second_len) + 1);
    return status;
}

/*
 * The device's signature of sample_sha256, *@used its used length: a DER
 * ECDSA-Sig-Value, and RFC 6979's where the library follows it (on
 * nettle the nonce is random).  Returns the signature's length.
 */
static size_t check_sample_sig(const uint8_t *sig, uint32_t used)
{
    size_t len = used - 1;

    g_assert_cmpuint(used, >=, 3);
    g_assert_cmpuint(sig[0], ==, 0x30);
    g_assert_cmpuint(sig[1] + 2, ==, len);
    if (qvirtio_crypto_ecdsa_deterministic()) {
        g_assert_cmpmem(sig, len, sample_sig_der, sizeof(sample_sig_der));
    }
    return len;
}

static void run_ecdsa_session(QVirtioCryptoQueues *q, uint32_t flag)
{
    uint8_t sig[80], bad[sizeof(sample_sig_der)];
    uint64_t priv, pub;
    uint32_t used;
    size_t sig_len;

    g_assert_cmpuint(ecdsa_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                   p256_private_der, sizeof(p256_private_der),
                                   &priv), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ecdsa_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                   p256_public, sizeof(p256_public), &pub),
                     ==, VIRTIO_CRYPTO_OK);

    g_assert_cmpuint(ak_request_used(q, VIRTIO_CRYPTO_AKCIPHER_SIGN, priv,
                                     flag, sample_sha256, 32, NULL,
                                     sizeof(sig), sig, &used),
                     ==, VIRTIO_CRYPTO_OK);
    sig_len = check_sample_sig(sig, used);

    /* the RFC's signature verifies, and so does the device's */
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                sample_sig_der, sizeof(sample_sig_der),
                                sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                sig, sig_len, sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    /* a changed bit of s, and of the digest, must not verify */
    memcpy(bad, sample_sig_der, sizeof(bad));
    bad[sizeof(bad) - 1] ^= 1;
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                bad, sizeof(bad), sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    memcpy(bad, sample_sha256, 32);
    bad[0] ^= 0x80;
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, flag,
                                sample_sig_der, sizeof(sample_sig_der),
                                bad, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    /* ECDSA neither encrypts nor decrypts */
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_ENCRYPT, pub,
                                flag, sample_sha256, 32, NULL, 64, bad),
                     ==, VIRTIO_CRYPTO_NOTSUPP);
}

static void test_ecdsa_legacy(void *obj, void *data, QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);

    g_assert_true(qvirtio_config_readl(q.dev, offsetof(
        struct virtio_crypto_config, akcipher_algo)) &
        (1u << VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD));
    run_ecdsa_session(&q, 0);
    qvirtio_crypto_stop(&q);
}

static void test_ecdsa_rev1_session(void *obj, void *data,
                                    QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, REV1);

    /* REVISION_1's akcipher fixed parts are the legacy ones unpadded */
    run_ecdsa_session(&q, VIRTIO_CRYPTO_FLAG_SESSION_MODE);
    qvirtio_crypto_stop(&q);
}

/* Stateless: the key leads the request */
static uint8_t ecdsa_stateless_used(QVirtioCryptoQueues *q, uint32_t curve,
                                    uint32_t opcode, uint32_t key_type,
                                    const uint8_t *key, size_t key_len,
                                    const uint8_t *src, size_t src_len,
                                    const uint8_t *second, size_t second_len,
                                    uint8_t *result, uint32_t *used)
{
    struct virtio_crypto_op_header hdr = {
        .opcode = cpu_to_le32(opcode),
    };
    struct virtio_crypto_akcipher_data_flf_stateless flf = {
        .sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD),
        .sess_para.key_type = cpu_to_le32(key_type),
        .sess_para.key_len = cpu_to_le32(key_len),
        .sess_para.u.ecdsa.curve_id = cpu_to_le32(curve),
        .src_data_len = cpu_to_le32(src_len),
        .dst_data_len = cpu_to_le32(second_len),
    };
    bool verify = opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY;
    g_autoptr(GByteArray) out = g_byte_array_new();

    g_byte_array_append(out, (uint8_t *)&hdr, sizeof(hdr));
    g_byte_array_append(out, (uint8_t *)&flf, sizeof(flf));
    g_byte_array_append(out, key, key_len);
    g_byte_array_append(out, src, src_len);
    if (verify) {
        g_byte_array_append(out, second, second_len);
        second_len = 0;
    }
    return qvirtio_crypto_data_used(q, out->data, out->len, result,
                                    second_len, used);
}

/* The same, for a result that fills its buffer */
static uint8_t ecdsa_stateless(QVirtioCryptoQueues *q, uint32_t curve,
                               uint32_t opcode, uint32_t key_type,
                               const uint8_t *key, size_t key_len,
                               const uint8_t *src, size_t src_len,
                               const uint8_t *second, size_t second_len,
                               uint8_t *result)
{
    uint32_t used;
    bool verify = opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY;
    uint8_t status = ecdsa_stateless_used(q, curve, opcode, key_type, key,
                                          key_len, src, src_len, second,
                                          second_len, result, &used);

    g_assert_cmpuint(used, ==, (verify ? 0 : second_len) + 1);
    return status;
}

static void test_ecdsa_stateless(void *obj, void *data,
                                 QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, REV1 | AK_STATELESS);
    uint8_t sig[80];
    uint32_t used;
    size_t sig_len;

    g_assert_cmpuint(ecdsa_stateless_used(&q, VIRTIO_CRYPTO_CURVE_NIST_P256,
                                     VIRTIO_CRYPTO_AKCIPHER_SIGN,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     p256_private_der,
                                     sizeof(p256_private_der),
                                     sample_sha256, 32, NULL, sizeof(sig),
                                     sig, &used), ==, VIRTIO_CRYPTO_OK);
    sig_len = check_sample_sig(sig, used);
    g_assert_cmpuint(ecdsa_stateless(&q, VIRTIO_CRYPTO_CURVE_NIST_P256,
                                     VIRTIO_CRYPTO_AKCIPHER_VERIFY,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                     p256_public, sizeof(p256_public),
                                     sig, sig_len, sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ecdsa_stateless(&q, VIRTIO_CRYPTO_CURVE_NIST_P256,
                                     VIRTIO_CRYPTO_AKCIPHER_VERIFY,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                     p256_public, sizeof(p256_public),
                                     sample_sig_der, sizeof(sample_sig_der),
                                     sample_sha256, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    /* a key that does not parse */
    g_assert_cmpuint(ecdsa_stateless(&q, VIRTIO_CRYPTO_CURVE_NIST_P256,
                                     VIRTIO_CRYPTO_AKCIPHER_SIGN,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     p256_public, sizeof(p256_public),
                                     sample_sha256, 32, NULL, sizeof(sig),
                                     sig), ==, VIRTIO_CRYPTO_ERR);
    qvirtio_crypto_stop(&q);
}

/* RFC 6979 A.2.3 to A.2.7: each curve's private key x and public key U */
typedef struct EcdsaCurve {
    const char *name;
    uint32_t curve_id;
    const char *x_hex;
    const char *u_hex;          /* the ECPoint: 04 || Ux || Uy */
} EcdsaCurve;

static const EcdsaCurve ecdsa_curves[] = {
    { "P-192", VIRTIO_CRYPTO_CURVE_NIST_P192,
      "6fab034934e4c0fc9ae67f5b5659a9d7d1fefd187ee09fd4",
      "04ac2c77f529f91689fea0ea5efec7f210d8eea0b9e047ed563bc723e57670bd"
      "4887ebc732c523063d0a7c957bc97c1c43" },
    { "P-224", VIRTIO_CRYPTO_CURVE_NIST_P224,
      "f220266e1105bfe3083e03ec7a3a654651f45e37167e88600bf257c1",
      "0400cf08da5ad719e42707fa431292dea11244d64fc51610d94b130d6ceeab6f"
      "3debe455e3dbf85416f7030cbd94f34f2d6f232c69f3c1385a" },
    { "P-256", VIRTIO_CRYPTO_CURVE_NIST_P256,
      "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721",
      "0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29f"
      "b67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d44622"
      "99" },
    { "P-384", VIRTIO_CRYPTO_CURVE_NIST_P384,
      "6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d8"
      "96d5724e4c70a825f872c9ea60d2edf5",
      "04ec3a4e415b4e19a4568618029f427fa5da9a8bc4ae92e02e06aae5286b300c"
      "64def8f0ea9055866064a254515480bc138015d9b72d7d57244ea8ef9ac0c621"
      "896708a59367f9dfb9f54ca84b3f1c9db1288b231c3ae0d4fe7344fd25332647"
      "20" },
    { "P-521", VIRTIO_CRYPTO_CURVE_NIST_P521,
      "00fad06daa62ba3b25d2fb40133da757205de67f5bb0018fee8c86e1b68c7e75"
      "caa896eb32f1f47c70855836a6d16fcc1466f6d8fbec67db89ec0c08b0e996b8"
      "3538",
      "0401894550d0785932e00eaa23b694f213f8c3121f86dc97a04e5a7167db4e5b"
      "cd371123d46e45db6b5d5370a7f20fb633155d38ffa16d2bd761dcac474b9a2f"
      "5023a400493101c962cd4d2fddf782285e64584139c2f91b47f87ff82354d663"
      "0f746a28a0db25741b5b34a828008b22acc23f924faafbd4d33f81ea66956dfe"
      "aa2bfdfcf5" },
};

/*
 * Digest lengths past the longest hash (SHA-512, 64 bytes): among them
 * those that crashed libgcrypt's S-expressions (65,500 to 65,535, 70,000)
 */
static const uint32_t ecdsa_bad_digest_lens[] = {
    65, 4096, 65400, 65500, 65520, 65534, 65535, 65536, 70000,
};

/* An RFC 5915 ECPrivateKey holding only the private key @x */
static GByteArray *ec_private_der(const GByteArray *x)
{
    uint8_t hdr[] = { 0x30, 5 + x->len, 0x02, 0x01, 0x01, 0x04, x->len };
    GByteArray *der = g_byte_array_new();

    g_byte_array_append(der, hdr, sizeof(hdr));
    g_byte_array_append(der, x->data, x->len);
    return der;
}

/* One curve's keys in one request form */
typedef struct EcdsaForm {
    QVirtioCryptoQueues *q;
    const EcdsaCurve *c;
    bool stateless;
    uint32_t flag;              /* session forms: the header's flag */
    GByteArray *priv, *pub;
    uint64_t priv_id, pub_id;
} EcdsaForm;

/*
 * Sign (@result: @result_len bytes) or verify (@second: the digest);
 * *@used is the used length
 */
static uint8_t ecdsa_form_request(EcdsaForm *f, uint32_t opcode,
                                  const uint8_t *src, size_t src_len,
                                  const uint8_t *second, size_t second_len,
                                  uint8_t *result, uint32_t *used)
{
    bool sign = opcode == VIRTIO_CRYPTO_AKCIPHER_SIGN;
    const GByteArray *key = sign ? f->priv : f->pub;

    if (f->stateless) {
        return ecdsa_stateless_used(f->q, f->c->curve_id, opcode,
                                    sign
                                    ? VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE
                                    : VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                    key->data, key->len, src, src_len,
                                    second, second_len, result, used);
    }
    return ak_request_used(f->q, opcode, sign ? f->priv_id : f->pub_id,
                           f->flag, src, src_len, second, second_len, result,
                           used);
}

/*
 * On every curve: a digest of up to 64 bytes is signed and verified; a
 * longer one is refused with ERR, and never reaches the library.
 */
static void run_ecdsa_digest_bounds(QVirtioCryptoQueues *q, bool stateless,
                                    uint32_t flag)
{
    g_autofree uint8_t *digest = g_malloc(70000);
    uint8_t sig[160];
    size_t i, j;

    memset(digest, 0x5a, 70000);
    for (i = 0; i < ARRAY_SIZE(ecdsa_curves); i++) {
        g_autoptr(GByteArray) x = qvirtio_crypto_unhex(ecdsa_curves[i].x_hex,
                                                       0);
        EcdsaForm f = {
            .q = q, .c = &ecdsa_curves[i], .stateless = stateless,
            .flag = flag, .priv = ec_private_der(x),
            .pub = qvirtio_crypto_unhex(ecdsa_curves[i].u_hex, 0),
        };
        uint32_t used;
        size_t sig_len;

        g_test_message("curve %s", f.c->name);
        if (!stateless) {
            g_assert_cmpuint(ecdsa_curve_session(q, f.c->curve_id,
                                 VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                 f.priv->data, f.priv->len, &f.priv_id),
                             ==, VIRTIO_CRYPTO_OK);
            g_assert_cmpuint(ecdsa_curve_session(q, f.c->curve_id,
                                 VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                 f.pub->data, f.pub->len, &f.pub_id),
                             ==, VIRTIO_CRYPTO_OK);
        }
        /* 64 bytes, SHA-512's length, is signed; the signature verifies */
        g_assert_cmpuint(ecdsa_form_request(&f, VIRTIO_CRYPTO_AKCIPHER_SIGN,
                                            digest, 64, NULL, sizeof(sig),
                                            sig, &used), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(sig[0], ==, 0x30);
        sig_len = sig[1] & 0x80 ? 3 + sig[2] : 2 + sig[1];
        g_assert_cmpuint(sig_len, <=, sizeof(sig));
        /* the used length counts the DER signature and the status */
        g_assert_cmpuint(used, ==, sig_len + 1);
        g_assert_cmpuint(ecdsa_form_request(&f, VIRTIO_CRYPTO_AKCIPHER_VERIFY,
                                            sig, sig_len, digest, 64, NULL,
                                            &used), ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(used, ==, 1);

        for (j = 0; j < ARRAY_SIZE(ecdsa_bad_digest_lens); j++) {
            uint32_t len = ecdsa_bad_digest_lens[j];

            g_test_message("%s: digest of %u bytes", f.c->name, len);
            g_assert_cmpuint(ecdsa_form_request(&f,
                                 VIRTIO_CRYPTO_AKCIPHER_SIGN, digest, len,
                                 NULL, sizeof(sig), sig, &used),
                             ==, VIRTIO_CRYPTO_ERR);
            g_assert_cmpuint(ecdsa_form_request(&f,
                                 VIRTIO_CRYPTO_AKCIPHER_VERIFY, sig, sig_len,
                                 digest, len, NULL, &used),
                             ==, VIRTIO_CRYPTO_ERR);
        }
        g_byte_array_unref(f.priv);
        g_byte_array_unref(f.pub);
    }
}

/* A request form: the features it needs, and the header's flag */
typedef struct AkForm {
    uint64_t features;
    bool stateless;
    uint32_t flag;
} AkForm;

static const AkForm ak_legacy = { 0, false, 0 };
static const AkForm ak_rev1 = { REV1, false, VIRTIO_CRYPTO_FLAG_SESSION_MODE };
static const AkForm ak_stateless = { REV1 | AK_STATELESS, true, 0 };

static void test_ecdsa_bounds(void *obj, void *data, QGuestAllocator *alloc)
{
    const AkForm *form = data;
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, form->features);

    run_ecdsa_digest_bounds(&q, form->stateless, form->flag);
    qvirtio_crypto_stop(&q);
}

/*
 * RSA keys that do not parse: each session gets ERR, and QEMU lives on.
 * The first one aborted QEMU: its version fails, and so does the INTEGER
 * after it, and the parser set its error twice.
 */
static const struct {
    uint32_t key_type;
    const char *der_hex;
} rsa_bad_keys[] = {
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE, "30080201050200020101" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE, "3003020105" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE, "3000" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE, "3080020100" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE, "3082" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC, "3000" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC, "30050200020101" },
    { VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC, "3003020101" },
};

static void test_rsa_bad_keys(void *obj, void *data, QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);
    uint64_t id;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(rsa_bad_keys); i++) {
        g_autoptr(GByteArray) key =
            qvirtio_crypto_unhex(rsa_bad_keys[i].der_hex, 0);

        g_test_message("key %s", rsa_bad_keys[i].der_hex);
        g_assert_cmpuint(qvirtio_crypto_akcipher_session(&q,
                             VIRTIO_CRYPTO_AKCIPHER_RSA,
                             rsa_bad_keys[i].key_type,
                             VIRTIO_CRYPTO_RSA_PKCS1_PADDING,
                             VIRTIO_CRYPTO_RSA_SHA256, key->data, key->len,
                             &id), ==, VIRTIO_CRYPTO_ERR);
    }
    qvirtio_crypto_stop(&q);
}

/* A legacy RSA session with PKCS#1 v1.5 padding and SHA-256 */
static uint32_t rsa_session(QVirtioCryptoQueues *q, uint64_t *id)
{
    return qvirtio_crypto_akcipher_session(q, VIRTIO_CRYPTO_AKCIPHER_RSA,
               VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
               VIRTIO_CRYPTO_RSA_PKCS1_PADDING, VIRTIO_CRYPTO_RSA_SHA256,
               rsa1024_public_der, sizeof(rsa1024_public_der), id);
}

static void test_rsa_verify(void *obj, void *data, QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);
    uint64_t id;

    g_assert_true(qvirtio_config_readl(q.dev, offsetof(
        struct virtio_crypto_config, akcipher_algo)) &
        (1u << VIRTIO_CRYPTO_AKCIPHER_RSA));
    g_assert_cmpuint(rsa_session(&q, &id), ==, VIRTIO_CRYPTO_OK);
    /* src is the signature, the digest follows it */
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, id, 0,
                                rsa_pass_sig, sizeof(rsa_pass_sig),
                                rsa_pass_digest, 32, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, id, 0,
                                rsa_fail_sig, sizeof(rsa_fail_sig),
                                rsa_fail_digest, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    /* the passing signature, over the other digest */
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, id, 0,
                                rsa_pass_sig, sizeof(rsa_pass_sig),
                                rsa_fail_digest, 32, NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);
    qvirtio_crypto_stop(&q);
}

/* An RSA session of Example 1's key in @padding, hash SHA-1 (1.1's) */
static uint32_t rsa_ex1_session(QVirtioCryptoQueues *q, uint32_t key_type,
                                uint32_t padding, uint64_t *id)
{
    bool priv = key_type == VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE;

    return qvirtio_crypto_akcipher_session(q, VIRTIO_CRYPTO_AKCIPHER_RSA,
               key_type, padding, VIRTIO_CRYPTO_RSA_SHA1,
               priv ? rsa_ex1_private_der : rsa_ex1_public_der,
               priv ? sizeof(rsa_ex1_private_der) : sizeof(rsa_ex1_public_der),
               id);
}

/*
 * A PKCS#1 v1.5 signature covers a digest of the session's hash's length:
 * a guest's shorter or longer one is refused, never read past its end
 */
static void test_rsa_digest_length(void *obj, void *data,
                                   QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);
    const uint32_t bad_lens[] = { 1, 19, 21, 64 };
    uint8_t digest[64], sig[128];
    uint64_t priv, pub;
    size_t i;

    memset(digest, 0x3c, sizeof(digest));
    g_assert_cmpuint(rsa_ex1_session(&q,
                                     VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     VIRTIO_CRYPTO_RSA_PKCS1_PADDING, &priv),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(rsa_ex1_session(&q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                     VIRTIO_CRYPTO_RSA_PKCS1_PADDING, &pub),
                     ==, VIRTIO_CRYPTO_OK);
    /* SHA-1's 20 bytes are signed, and verify */
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_SIGN, priv, 0,
                                digest, 20, NULL, sizeof(sig), sig),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, 0,
                                sig, sizeof(sig), digest, 20, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    for (i = 0; i < ARRAY_SIZE(bad_lens); i++) {
        uint8_t out[128];
        uint32_t used;

        g_assert_cmpuint(ak_request_used(&q, VIRTIO_CRYPTO_AKCIPHER_SIGN,
                                         priv, 0, digest, bad_lens[i], NULL,
                                         sizeof(out), out, &used),
                         ==, VIRTIO_CRYPTO_ERR);
        g_assert_cmpuint(ak_request(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, pub, 0,
                                    sig, sizeof(sig), digest, bad_lens[i],
                                    NULL),
                         ==, VIRTIO_CRYPTO_KEY_REJECTED);
    }
    qvirtio_crypto_stop(&q);
}

/* Example 1.1 in the legacy (@flag 0) or REVISION_1 session format */
static void run_rsa_example(QVirtioCryptoQueues *q, uint32_t flag)
{
    uint8_t out[128], bad[128];
    uint64_t sign, verify, raw_pub, raw_priv;

    g_assert_cmpuint(rsa_ex1_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     VIRTIO_CRYPTO_RSA_PKCS1_PADDING, &sign),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(rsa_ex1_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                     VIRTIO_CRYPTO_RSA_PKCS1_PADDING,
                                     &verify), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(rsa_ex1_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                                     VIRTIO_CRYPTO_RSA_RAW_PADDING, &raw_pub),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(rsa_ex1_session(q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                     VIRTIO_CRYPTO_RSA_RAW_PADDING,
                                     &raw_priv), ==, VIRTIO_CRYPTO_OK);

    /* PKCS#1 v1.5 signatures are deterministic: a known answer */
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_SIGN, sign, flag,
                                rsa_ex11_sha1, sizeof(rsa_ex11_sha1), NULL,
                                sizeof(out), out), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sizeof(out), rsa_ex11_sig, sizeof(rsa_ex11_sig));
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, verify,
                                flag, rsa_ex11_sig, sizeof(rsa_ex11_sig),
                                rsa_ex11_sha1, sizeof(rsa_ex11_sha1), NULL),
                     ==, VIRTIO_CRYPTO_OK);
    memcpy(bad, rsa_ex11_sig, sizeof(bad));
    bad[64] ^= 0x10;
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, verify,
                                flag, bad, sizeof(bad), rsa_ex11_sha1,
                                sizeof(rsa_ex11_sha1), NULL),
                     ==, VIRTIO_CRYPTO_KEY_REJECTED);

    /* raw RSA: sig ^ e = EM and EM ^ d = sig, each modulus-sized */
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_ENCRYPT, raw_pub,
                                flag, rsa_ex11_sig, sizeof(rsa_ex11_sig),
                                NULL, sizeof(out), out),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sizeof(out), rsa_ex11_em, sizeof(rsa_ex11_em));
    g_assert_cmpuint(ak_request(q, VIRTIO_CRYPTO_AKCIPHER_DECRYPT, raw_priv,
                                flag, rsa_ex11_em, sizeof(rsa_ex11_em),
                                NULL, sizeof(out), out),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sizeof(out), rsa_ex11_sig, sizeof(rsa_ex11_sig));
}

static void test_rsa_example_legacy(void *obj, void *data,
                                    QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);

    run_rsa_example(&q, 0);
    qvirtio_crypto_stop(&q);
}

static void test_rsa_example_rev1(void *obj, void *data,
                                  QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, REV1);

    run_rsa_example(&q, VIRTIO_CRYPTO_FLAG_SESSION_MODE);
    qvirtio_crypto_stop(&q);
}

/* Stateless: the same known answers with the keys in the requests */
static uint8_t rsa_stateless(QVirtioCryptoQueues *q, uint32_t opcode,
                             bool priv, uint32_t padding, const uint8_t *src,
                             size_t src_len, const uint8_t *second,
                             size_t second_len, uint8_t *result, uint32_t *used)
{
    struct virtio_crypto_op_header hdr = { .opcode = cpu_to_le32(opcode) };
    const uint8_t *key = priv ? rsa_ex1_private_der : rsa_ex1_public_der;
    size_t key_len = priv ? sizeof(rsa_ex1_private_der)
                          : sizeof(rsa_ex1_public_der);
    struct virtio_crypto_akcipher_data_flf_stateless flf = {
        .sess_para.algo = cpu_to_le32(VIRTIO_CRYPTO_AKCIPHER_RSA),
        .sess_para.key_type = cpu_to_le32(
            priv ? VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE
                 : VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC),
        .sess_para.key_len = cpu_to_le32(key_len),
        .sess_para.u.rsa.padding_algo = cpu_to_le32(padding),
        .sess_para.u.rsa.hash_algo = cpu_to_le32(VIRTIO_CRYPTO_RSA_SHA1),
        .src_data_len = cpu_to_le32(src_len),
        .dst_data_len = cpu_to_le32(second_len),
    };
    g_autoptr(GByteArray) out = g_byte_array_new();

    g_byte_array_append(out, (uint8_t *)&hdr, sizeof(hdr));
    g_byte_array_append(out, (uint8_t *)&flf, sizeof(flf));
    g_byte_array_append(out, key, key_len);
    g_byte_array_append(out, src, src_len);
    if (opcode == VIRTIO_CRYPTO_AKCIPHER_VERIFY) {
        g_byte_array_append(out, second, second_len);
        second_len = 0;
    }
    if (used) {
        return qvirtio_crypto_data_used(q, out->data, out->len, result,
                                        second_len, used);
    }
    return qvirtio_crypto_data(q, out->data, out->len, result, second_len);
}

static void test_rsa_example_stateless(void *obj, void *data,
                                       QGuestAllocator *alloc)
{
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, REV1 | AK_STATELESS);
    uint8_t out[128];

    g_assert_cmpuint(rsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_SIGN, true,
                                   VIRTIO_CRYPTO_RSA_PKCS1_PADDING,
                                   rsa_ex11_sha1, sizeof(rsa_ex11_sha1),
                                   NULL, sizeof(out), out, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sizeof(out), rsa_ex11_sig, sizeof(rsa_ex11_sig));
    g_assert_cmpuint(rsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_VERIFY, false,
                                   VIRTIO_CRYPTO_RSA_PKCS1_PADDING,
                                   rsa_ex11_sig, sizeof(rsa_ex11_sig),
                                   rsa_ex11_sha1, sizeof(rsa_ex11_sha1),
                                   NULL, NULL), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(rsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_ENCRYPT, false,
                                   VIRTIO_CRYPTO_RSA_RAW_PADDING,
                                   rsa_ex11_sig, sizeof(rsa_ex11_sig), NULL,
                                   sizeof(out), out, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sizeof(out), rsa_ex11_em, sizeof(rsa_ex11_em));
    g_assert_cmpuint(rsa_stateless(&q, VIRTIO_CRYPTO_AKCIPHER_DECRYPT, true,
                                   VIRTIO_CRYPTO_RSA_RAW_PADDING,
                                   rsa_ex11_em, sizeof(rsa_ex11_em), NULL,
                                   sizeof(out), out, NULL),
                     ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpmem(out, sizeof(out), rsa_ex11_sig, sizeof(rsa_ex11_sig));
    qvirtio_crypto_stop(&q);
}

/*
 * PKCS#1 v1.5 encryption with Example 1's key, and back: the plaintext is
 * shorter than the modulus-sized buffer, and the used length tells the
 * driver how long it is (Linux's akcipher completion takes len - 1 as the
 * result's length).  Encryption pads at random: a round trip, not a known
 * answer.
 */
/* An Example 1 PKCS#1 v1.5 request in @form: on session @id, if any */
static uint8_t rsa_pkcs1_request(QVirtioCryptoQueues *q, const AkForm *form,
                                 uint32_t opcode, uint64_t id,
                                 const uint8_t *src, size_t src_len,
                                 uint8_t *dst, size_t dst_len, uint32_t *used)
{
    if (form->stateless) {
        return rsa_stateless(q, opcode,
                             opcode == VIRTIO_CRYPTO_AKCIPHER_DECRYPT,
                             VIRTIO_CRYPTO_RSA_PKCS1_PADDING, src, src_len,
                             NULL, dst_len, dst, used);
    }
    return ak_request_used(q, opcode, id, form->flag, src, src_len, NULL,
                           dst_len, dst, used);
}

static void test_rsa_pkcs1_decrypt_len(void *obj, void *data,
                                       QGuestAllocator *alloc)
{
    const AkForm *form = data;
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, form->features);
    static const uint8_t msg[] = "a message of 31 bytes, or so...";
    uint8_t ct[128], pt[128];
    uint64_t enc = 0, dec = 0;
    uint32_t used;

    if (!form->stateless) {
        g_assert_cmpuint(rsa_ex1_session(&q,
                             VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                             VIRTIO_CRYPTO_RSA_PKCS1_PADDING, &enc),
                         ==, VIRTIO_CRYPTO_OK);
        g_assert_cmpuint(rsa_ex1_session(&q,
                             VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                             VIRTIO_CRYPTO_RSA_PKCS1_PADDING, &dec),
                         ==, VIRTIO_CRYPTO_OK);
    }
    g_assert_cmpuint(rsa_pkcs1_request(&q, form,
                                       VIRTIO_CRYPTO_AKCIPHER_ENCRYPT, enc,
                                       msg, sizeof(msg), ct, sizeof(ct),
                                       &used), ==, VIRTIO_CRYPTO_OK);
    g_assert_cmpuint(used, ==, sizeof(ct) + 1);
    g_assert_cmpuint(rsa_pkcs1_request(&q, form,
                                       VIRTIO_CRYPTO_AKCIPHER_DECRYPT, dec,
                                       ct, sizeof(ct), pt, sizeof(pt),
                                       &used), ==, VIRTIO_CRYPTO_OK);
    /* the plaintext and the status, not the whole buffer */
    g_assert_cmpuint(used, ==, sizeof(msg) + 1);
    g_assert_cmpmem(pt, sizeof(msg), msg, sizeof(msg));
    qvirtio_crypto_stop(&q);
}

/* The request forms, as the tests' names give them */
static const struct {
    const char *name;
    const AkForm *form;
} ak_forms[] = {
    { "legacy", &ak_legacy },
    { "rev1-session", &ak_rev1 },
    { "stateless", &ak_stateless },
};

#ifdef CONFIG_KEYUTILS
/*
 * The lkcf backend does private-key operations in the host kernel's
 * keyring, as a PKCS#8 key, and falls back to QEMU's RSA where the kernel
 * cannot take one.  Say which of the two these tests exercise.
 */
static bool host_keyring_takes_pkcs8(void)
{
    /* PrivateKeyInfo: version 0, rsaEncryption, the RSAPrivateKey */
    static const uint8_t head[] = {
        0x02, 0x01, 0x00,
        0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01,
        0x01, 0x01, 0x05, 0x00,
    };
    size_t key_len = sizeof(rsa_ex1_private_der);
    size_t body_len = sizeof(head) + 4 + key_len;
    g_autoptr(GByteArray) p8 = g_byte_array_new();
    uint8_t len2[3] = { 0x82, body_len >> 8, body_len & 0xff };
    long id;

    g_byte_array_append(p8, (const uint8_t *)"\x30", 1);
    g_byte_array_append(p8, len2, sizeof(len2));
    g_byte_array_append(p8, head, sizeof(head));
    len2[1] = key_len >> 8;
    len2[2] = key_len & 0xff;
    g_byte_array_append(p8, (const uint8_t *)"\x04", 1);
    g_byte_array_append(p8, len2, sizeof(len2));
    g_byte_array_append(p8, rsa_ex1_private_der, key_len);

    id = syscall(SYS_add_key, "asymmetric", "qvc-lkcf-probe", p8->data,
                 p8->len, KEY_SPEC_PROCESS_KEYRING);
    if (id < 0) {
        return false;
    }
    syscall(SYS_keyctl, KEYCTL_UNLINK, id, KEY_SPEC_PROCESS_KEYRING);
    return true;
}

/* Replace every @from of @s by @to */
static void replace_all(GString *s, const char *from, const char *to)
{
    g_auto(GStrv) parts = g_strsplit(s->str, from, -1);
    g_autofree char *joined = g_strjoinv(to, parts);

    g_string_assign(s, joined);
}

/*
 * Run the test on the lkcf backend instead of the builtin one, in the main
 * loop: lkcf answers there, and the device refuses it an iothread
 */
static void *on_lkcf(GString *cmd_line, void *arg)
{
    replace_all(cmd_line, "cryptodev-backend-builtin",
                "cryptodev-backend-lkcf");
    replace_all(cmd_line, QVIRTIO_CRYPTO_IOTHREAD_OPT, "");
    g_test_message("private-key operations: %s",
                   host_keyring_takes_pkcs8() ? "the host kernel's keyring" :
                   "QEMU's RSA (the host kernel takes no PKCS#8 key)");
    return arg;
}

/* The RSA tests, each again on the lkcf backend */
static void register_lkcf_tests(void)
{
    static const struct {
        const char *name;
        QOSTestFunc test;
        const void *arg;
    } tests[] = {
        { "lkcf-rsa-pkcs1-verify", test_rsa_verify },
        { "lkcf-rsa-example-legacy", test_rsa_example_legacy },
        { "lkcf-rsa-example-rev1-session", test_rsa_example_rev1 },
        { "lkcf-rsa-example-stateless", test_rsa_example_stateless },
        { "lkcf-rsa-pkcs1-decrypt-len-legacy", test_rsa_pkcs1_decrypt_len,
          &ak_legacy },
        { "lkcf-rsa-pkcs1-decrypt-len-rev1-session",
          test_rsa_pkcs1_decrypt_len, &ak_rev1 },
        { "lkcf-rsa-pkcs1-decrypt-len-stateless",
          test_rsa_pkcs1_decrypt_len, &ak_stateless },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(tests); i++) {
        QOSGraphTestOptions opts = {
            .before = on_lkcf,
            .arg = (void *)tests[i].arg,
        };

        qos_add_test(tests[i].name, "virtio-crypto", tests[i].test, &opts);
    }
}
#endif

/*
 * The sessions each library allows: on this build's, what it lacks is
 * NOTSUPP and the rest is made (see qvirtio_crypto_serves())
 */
static void test_akcipher_sessions(void *obj, void *data,
                                   QGuestAllocator *alloc)
{
    static const struct {
        uint32_t padding;
        uint32_t hash;
    } rsa[] = {
        { VIRTIO_CRYPTO_RSA_RAW_PADDING, VIRTIO_CRYPTO_RSA_NO_HASH },
        { VIRTIO_CRYPTO_RSA_PKCS1_PADDING, VIRTIO_CRYPTO_RSA_SHA1 },
        { VIRTIO_CRYPTO_RSA_PKCS1_PADDING, VIRTIO_CRYPTO_RSA_SHA224 },
        { VIRTIO_CRYPTO_RSA_PKCS1_PADDING, VIRTIO_CRYPTO_RSA_SHA256 },
        { VIRTIO_CRYPTO_RSA_PKCS1_PADDING, VIRTIO_CRYPTO_RSA_SHA384 },
        { VIRTIO_CRYPTO_RSA_PKCS1_PADDING, VIRTIO_CRYPTO_RSA_SHA512 },
    };
    QVirtioCrypto *crypto = obj;
    QVirtioCryptoQueues q = qvirtio_crypto_start(global_qtest, crypto->vdev,
                                                 alloc, 0);
    bool ecdsa = qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AKCIPHER,
                                       VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD, 0);
    uint32_t algos = qvirtio_config_readl(q.dev, offsetof(
        struct virtio_crypto_config, akcipher_algo));
    uint64_t id;
    size_t i;

    g_assert_cmphex(algos & (1u << VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD), ==,
                    ecdsa ? 1u << VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD : 0);
    g_assert_cmpuint(ecdsa_session(&q, VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PRIVATE,
                                   p256_private_der, sizeof(p256_private_der),
                                   &id),
                     ==, ecdsa ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP);
    for (i = 0; i < ARRAY_SIZE(rsa); i++) {
        bool served = qvirtio_crypto_serves_rsa(rsa[i].padding, rsa[i].hash);

        g_test_message("RSA padding %u, hash %u: %s", rsa[i].padding,
                       rsa[i].hash, served ? "served" : "NOTSUPP");
        g_assert_cmpuint(qvirtio_crypto_akcipher_session(&q,
                             VIRTIO_CRYPTO_AKCIPHER_RSA,
                             VIRTIO_CRYPTO_AKCIPHER_KEY_TYPE_PUBLIC,
                             rsa[i].padding, rsa[i].hash, rsa1024_public_der,
                             sizeof(rsa1024_public_der), &id),
                         ==, served ? VIRTIO_CRYPTO_OK : VIRTIO_CRYPTO_NOTSUPP);
    }
    qvirtio_crypto_stop(&q);
}

static void register_virtio_crypto_akcipher_test(void)
{
    /* each test runs where this build's library has what it uses */
    bool ecdsa = qvirtio_crypto_serves(VIRTIO_CRYPTO_SERVICE_AKCIPHER,
                                       VIRTIO_CRYPTO_AKCIPHER_ECDSA_STD, 0);
    bool raw = qvirtio_crypto_serves_rsa(VIRTIO_CRYPTO_RSA_RAW_PADDING,
                                         VIRTIO_CRYPTO_RSA_NO_HASH);
    bool sha1 = qvirtio_crypto_serves_rsa(VIRTIO_CRYPTO_RSA_PKCS1_PADDING,
                                          VIRTIO_CRYPTO_RSA_SHA1);
    bool sha256 = qvirtio_crypto_serves_rsa(VIRTIO_CRYPTO_RSA_PKCS1_PADDING,
                                            VIRTIO_CRYPTO_RSA_SHA256);
    size_t i;

    qos_add_test("akcipher-sessions", "virtio-crypto",
                 test_akcipher_sessions, NULL);
    if (ecdsa) {
        qos_add_test("ecdsa-p256-legacy", "virtio-crypto", test_ecdsa_legacy,
                     NULL);
        qos_add_test("ecdsa-p256-rev1-session", "virtio-crypto",
                     test_ecdsa_rev1_session, NULL);
        qos_add_test("ecdsa-p256-stateless", "virtio-crypto",
                     test_ecdsa_stateless, NULL);
    }
    if (sha256) {
        qos_add_test("rsa-bad-keys", "virtio-crypto", test_rsa_bad_keys,
                     NULL);
        qos_add_test("rsa-pkcs1-verify", "virtio-crypto", test_rsa_verify,
                     NULL);
    }
    for (i = 0; i < ARRAY_SIZE(ak_forms); i++) {
        g_autofree char *bounds = g_strdup_printf("ecdsa-digest-bounds-%s",
                                                  ak_forms[i].name);
        g_autofree char *decrypt = g_strdup_printf("rsa-pkcs1-decrypt-len-%s",
                                                   ak_forms[i].name);
        QOSGraphTestOptions opts = { .arg = (void *)ak_forms[i].form };

        if (ecdsa) {
            qos_add_test(bounds, "virtio-crypto", test_ecdsa_bounds, &opts);
        }
        if (sha1) {
            qos_add_test(decrypt, "virtio-crypto", test_rsa_pkcs1_decrypt_len,
                         &opts);
        }
    }
    if (sha1) {
        qos_add_test("rsa-pkcs1-digest-length", "virtio-crypto",
                     test_rsa_digest_length, NULL);
    }
    if (raw && sha1) {
        qos_add_test("rsa-example-legacy", "virtio-crypto",
                     test_rsa_example_legacy, NULL);
        qos_add_test("rsa-example-rev1-session", "virtio-crypto",
                     test_rsa_example_rev1, NULL);
        qos_add_test("rsa-example-stateless", "virtio-crypto",
                     test_rsa_example_stateless, NULL);
    }
#ifdef CONFIG_KEYUTILS
    /* their private-key operations, raw ones too, are QEMU's RSA */
    if (raw && sha1 && sha256) {
        register_lkcf_tests();
    }
#endif
}

libqos_init(register_virtio_crypto_akcipher_test);
