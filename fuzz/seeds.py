#!/usr/bin/env python3
"""Write the codec fuzzer's seed corpus: valid requests of each format.

Each seed is: flags (bit 0 control queue, bits 1-6 feature bits 0-5),
le16 device-writable length, le16 split point, then the readable bytes.
"""
import os
import struct
import sys

REV1 = 1 << 0
CIPHER_SL, HASH_SL, MAC_SL, AEAD_SL, AK_SL = (1 << b for b in range(1, 6))


def seed(ctrl, features, in_len, body, split=7):
    return struct.pack("<BHH", int(ctrl) | features << 1, in_len, split) + body


def ctrl_hdr(opcode, algo=0):
    return struct.pack("<IIII", opcode, algo, 0, 0)


def data_hdr(opcode, session=0, flag=0):
    return struct.pack("<IIQII", opcode, 0, session, flag, 0)


def pad(b, n):
    return b + bytes(n - len(b))


def op(service, o):
    return service << 8 | o


seeds = {
    # legacy: AES-CBC session, cipher request, chain request, destroy
    "legacy-cipher-session": seed(True, 0, 16, ctrl_hdr(op(0, 2), 3) + pad(
        struct.pack("<IIII", 3, 16, 1, 0), 48) + struct.pack("<II", 1, 0)
        + bytes(16)),
    "legacy-cipher-data": seed(False, 0, 65, data_hdr(op(0, 0), 5) + pad(
        struct.pack("<III", 16, 64, 64), 40) + struct.pack("<II", 1, 0)
        + bytes(80)),
    "legacy-chain-data": seed(False, 0, 85, data_hdr(op(0, 1), 5) + struct.pack(
        "<10I", 16, 64, 64, 0, 64, 0, 64, 8, 20, 0) + struct.pack("<II", 2, 0)
        + bytes(88)),
    "legacy-destroy": seed(True, 0, 1, ctrl_hdr(op(0, 3)) + pad(
        struct.pack("<Q", 5), 56)),
    "legacy-akcipher-verify": seed(False, 0, 1, data_hdr(op(4, 3), 1) + pad(
        struct.pack("<II", 64, 32), 48) + bytes(96)),
    # REVISION_1: unpadded control requests, session-mode data
    "rev1-hash-session": seed(True, REV1, 16, ctrl_hdr(op(1, 2), 4)
                              + struct.pack("<II", 4, 32)),
    "rev1-mac-session": seed(True, REV1, 16, ctrl_hdr(op(2, 2), 2)
                             + struct.pack("<IIII", 2, 20, 20, 0) + bytes(20)),
    "rev1-aead-data": seed(False, REV1, 81, data_hdr(op(3, 0), 9, 1)
                           + struct.pack("<6I", 12, 16, 64, 80, 16, 0)
                           + bytes(92)),
    # REVISION_1 stateless: keys inline
    "stateless-cipher": seed(False, REV1 | CIPHER_SL, 65, data_hdr(op(0, 0))
                             + pad(struct.pack("<6I", 3, 16, 1, 16, 64, 64),
                                   72) + struct.pack("<I", 1) + bytes(96)),
    "stateless-aead": seed(False, REV1 | AEAD_SL, 81, data_hdr(op(3, 0))
                           + struct.pack("<8I", 1, 16, 1, 12, 16, 16, 64, 80)
                           + bytes(108)),
    "stateless-mac": seed(False, REV1 | MAC_SL, 33, data_hdr(op(2, 0))
                          + struct.pack("<4I", 4, 32, 50, 32) + bytes(82)),
    "stateless-akcipher": seed(False, REV1 | AK_SL, 257, data_hdr(op(4, 2))
                               + struct.pack("<7I", 1, 2, 100, 1, 6, 32, 256)
                               + bytes(132)),
    "stateless-hash": seed(False, REV1 | HASH_SL, 33, data_hdr(op(1, 0))
                           + struct.pack("<4I", 4, 40, 32, 0) + bytes(40)),
}

os.makedirs(sys.argv[1], exist_ok=True)
for name, body in seeds.items():
    with open(os.path.join(sys.argv[1], name), "wb") as f:
        f.write(body)
