# Primitives for verify.py, through the openssl CLI (OpenSSL 3.0).
#
# Copyright (c) 2026 The qemu-virtio-crypto authors
#
# SPDX-License-Identifier: GPL-2.0-or-later
import subprocess, hashlib, hmac

def ossl(args, data):
    r = subprocess.run(['openssl'] + args, input=data, capture_output=True)
    if r.returncode:
        raise RuntimeError(r.stderr.decode())
    return r.stdout

LEG = ['-provider', 'legacy', '-provider', 'default']

def enc(cipher, key, iv, data, decrypt=False, legacy=False):
    a = ['enc', '-' + cipher, '-K', key.hex(), '-nopad'] + (LEG if legacy else [])
    if iv is not None:
        a += ['-iv', iv.hex()]
    if decrypt:
        a.append('-d')
    return ossl(a, data)

def aes_ecb(key, block):
    return enc('aes-%d-ecb' % (len(key) * 8), key, None, block)

def xor(a, b):
    return bytes(x ^ y for x, y in zip(a, b))

def cmac(cipher, key, msg):
    out = ossl(['mac', '-cipher', cipher, '-macopt', 'hexkey:' + key.hex(),
                '-in', '/dev/stdin', 'CMAC'], msg)
    return bytes.fromhex(out.decode().strip())
