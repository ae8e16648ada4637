# Generate tests/qtest/virtio-crypto-algo-vectors.h, the vector tables of
# virtio-crypto-algo-test.c, from vectors.py, after verify.py's checks and
# derivations (which it imports, quietly: their failure is fatal).
# Generate, too, tests/unit/crypto-3gpp-vectors.h, the crypto API's unit
# test of the same 3GPP sets.
# Usage: gen.py FILE           write FILE, one of the two
#        gen.py --check FILE   (TAP) whether FILE is what gen.py makes
#
# Copyright (c) 2026 The qemu-virtio-crypto authors
#
# SPDX-License-Identifier: GPL-2.0-or-later
import io, contextlib, difflib, os, sys
with contextlib.redirect_stdout(io.StringIO()):
    import verify
from vectors import *
if verify.fails:
    sys.exit('gen.py: verify.py fails: %s' % ', '.join(verify.fails))

# The strings several vectors share, #defined once, under these comments
DEFINES = [
    ('NIST SP 800-38A, Appendix F: the plaintext, keys and IVs',
     [('SP800_38A_PT', SP800_38A_PT), ('AES128_KEY', K128),
      ('AES192_KEY', K192), ('AES256_KEY', K256), ('CBC_IV', CBC_IV),
      ('CTR_IV', CTR_IV)]),
    ('NIST SP 800-38A F.2.1 CBC-AES128.Encrypt, the ciphertext',
     [('CBC_AES128_CT', CBC128_CT)]),
    ("00 01 ... ff: IEEE 1619-2007 vector 10's plaintext is this twice",
     [('SEQ256', SEQ256)]),
    ('RFC 2202 / RFC 4231 test case 2: "Jefe", "what do ya want for '
     'nothing?"', [('JEFE', JEFE), ('WHAT_DO_YA_WANT', WHAT)]),
    ('The GCM spec (McGrew & Viega), test cases 3-18',
     [('GCM_KEY', GCM_K), ('GCM_IV', GCM_IV), ('GCM_P', GCM_P60),
      ('GCM_AAD', GCM_A)]),
    ('The GCM spec, test case 4, the ciphertext', [('GCM_TC4_C', TC4_C)]),
    ('RFC 3610 packet vectors #1-#12', [('RFC3610_KEY', CCM_K)]),
    ('NIST SP 800-38C, Appendix C', [('SP800_38C_KEY', SP38C_K)]),
]

def norm(h):
    return h.replace(' ', '').lower() if h else h

# A vector's field equal to one of them is written as its name
NAMED = {norm(h): name for _, names in DEFINES for name, h in names}

def printable(h):
    b = bytes.fromhex(h)
    if len(b) < 3 or any(c < 0x20 or c > 0x7e for c in b):
        return None
    return b.decode()

def hexlines(h, per=32):
    return [h[i:i + per] for i in range(0, len(h), per)] or ['']

def field(out, name, h, ind=8, comment_ascii=True):
    h = norm(h)
    if not h:
        return
    if h in NAMED:
        out.append(' ' * ind + '.%s = %s,' % (name, NAMED[h]))
        return
    txt = printable(h) if comment_ascii else None
    if txt and len(txt) <= 60 and '*/' not in txt:
        out.append(' ' * ind + '/* "%s" */' % txt)
    lead = ' ' * ind + '.%s = ' % name
    lines = hexlines(h)
    for i, l in enumerate(lines):
        pre = lead if i == 0 else ' ' * len(lead)
        out.append(pre + '"%s"' % l + (',' if i == len(lines) - 1 else ''))

def num(out, name, val, ind=8):
    if val not in (None, 0, 1) or name.endswith('_start'):
        out.append(' ' * ind + '.%s = %s,' % (name, val))

def comment(out, text, ind=4):
    if len(text) + ind + 6 <= 80:
        out.append(' ' * ind + '/* %s */' % text)
        return
    out.append(' ' * ind + '/*')
    line = ' ' * ind + ' *'
    for w in text.split():
        if len(line) + 1 + len(w) > 79:
            out.append(line)
            line = ' ' * ind + ' *'
        line += ' ' + w
    out.append(line)
    out.append(' ' * ind + ' */')

def note(v):
    n = v['name']
    if 'note' in v:
        return v['note']
    if v.get('algo') == 'KASUMI_F9':
        return ('; PS = COUNT %08x || FRESH %08x || the message of LENGTH %d '
                '|| DIRECTION %d || 1 || 0...0'
                % (v['count'], v['fresh'], v['bits'], v['direction']))
    if 'bearer' in v:
        return ('; COUNT %08x, BEARER %02x, DIRECTION %d, LENGTH %d'
                % (v['count'], v['bearer'], v['direction'], v['bits']))
    if 'CBC-MAC (derived)' in n or 'as CBC-MAC' in n:
        return ('; the message is P1 ^ IV || P2 || ..., so CBC-MAC (zero IV) '
                'ends in the example\'s last ciphertext block')
    if 'as CBC (derived)' in n:
        return ('; plaintext block i is P(i) ^ C(i-1) (P(1) ^ IV), so that '
                'the CBC ciphertext is the ECB example\'s')
    if 'DPDK' in n:
        return ('; CTR is a stream, so a prefix of the 512-byte vector is '
                'one too')
    if 'as J0 (Y0)' in n:
        return ('; the spec lists Y0, which is SP 800-38D\'s J0 for the '
                'test case\'s IV')
    if 'J0 = IV || 1' in n:
        return '; SP 800-38D 7.1: J0 = IV || 0^31 || 1 for a 96-bit IV'
    if 'Wycheproof' in n:
        return ' (Project Wycheproof, testvectors_v1)'
    if v in CHAIN:
        return ('; composed from the named vectors, the digest computed on '
                'the host (python3 hashlib/hmac, openssl mac)')
    return ''

def cname(s):
    return '"%s"' % s.replace('"', '\\"')

def emit(table, ctype, var, fill):
    out = ['static const %s %s[] = {' % (ctype, var)]
    for v in table:
        out.append('    {')
        comment(out, v['name'] + note(v), 8)
        out.append('        .name = %s,' % cname(v['name']) if len(v['name']) < 60
                   else '        .name =\n            %s,' % cname(v['name']))
        fill(out, v)
        if v.get('slow'):
            out.append('        .slow = true,')
        out.append('    },')
    out.append('};')
    return '\n'.join(out)

def rep(out, name, v, key):
    if v.get(key, 1) not in (0, 1):
        out.append('        .%s = %d,' % (name, v[key]))

def cipher_fill(out, v):
    out.append('        .algo = VIRTIO_CRYPTO_CIPHER_%s,' % v['algo'])
    field(out, 'key', v['key'])
    field(out, 'iv', v['iv'])
    field(out, 'pt', v['pt'])
    rep(out, 'pt_rep', v, 'pt_rep')
    field(out, 'ct', v['ct'])
    if v.get('bits', 0) % 8:
        out.append('        .bits = %d,' % v['bits'])

def hash_fill(out, v):
    out.append('        .algo = VIRTIO_CRYPTO_HASH_%s,' % v['algo'])
    field(out, 'msg', v['msg'])
    rep(out, 'msg_rep', v, 'msg_rep')
    field(out, 'digest', v['digest'])

def mac_fill(out, v):
    out.append('        .algo = VIRTIO_CRYPTO_MAC_%s,' % v['algo'])
    field(out, 'key', v['key'])
    rep(out, 'key_rep', v, 'key_rep')
    field(out, 'msg', v['msg'])
    rep(out, 'msg_rep', v, 'msg_rep')
    field(out, 'tag', v['tag'])

def aead_fill(out, v):
    out.append('        .algo = VIRTIO_CRYPTO_AEAD_%s,' % v['algo'])
    field(out, 'key', v['key'])
    rep(out, 'key_rep', v, 'key_rep')
    field(out, 'iv', v['iv'])
    rep(out, 'iv_rep', v, 'iv_rep')
    field(out, 'aad', v['aad'])
    field(out, 'pt', v['pt'])
    rep(out, 'pt_rep', v, 'pt_rep')
    field(out, 'ct', v['ct'])
    field(out, 'tag', v['tag'])

def chain_fill(out, v):
    out.append('        .cipher_algo = VIRTIO_CRYPTO_CIPHER_%s,' % v['calgo'])
    field(out, 'cipher_key', v['ckey'])
    field(out, 'iv', v['iv'])
    out.append('        .op = VIRTIO_CRYPTO_OP_%s,' % v['op'])
    out.append('        .order = VIRTIO_CRYPTO_SYM_ALG_CHAIN_ORDER_%s,' % v['order'])
    out.append('        .hash_mode = VIRTIO_CRYPTO_SYM_HASH_MODE_%s,' % v['mode'])
    pre = 'MAC' if v['mode'] == 'AUTH' else 'HASH'
    out.append('        .hash_algo = VIRTIO_CRYPTO_%s_%s,' % (pre, v['halgo']))
    field(out, 'auth_key', v['akey'])
    field(out, 'src', v['src'])
    out.append('        .cipher_start = %d, .len_to_cipher = %d,'
               % (v['cstart'], v['clen']))
    out.append('        .hash_start = %d, .len_to_hash = %d,' % (v['hstart'], v['hlen']))
    field(out, 'aad', v['aad'])
    field(out, 'dst', v['dst'])
    field(out, 'digest', v['digest'])

def define(out, name, h):
    h = norm(h)
    one = '#define %s "%s"' % (name, h)
    if len(one) <= 80:
        out.append(one)
        return
    out.append('#define %s \\' % name)
    parts = hexlines(h, 64)
    for i, p in enumerate(parts):
        out.append('    "%s"' % p + (' \\' if i < len(parts) - 1 else ''))

def header():
    out = ["""/*
 * The known-answer vectors of virtio-crypto-algo-test.c, each with its
 * public source
 *
 * Generated by tests/crypto-vectors/gen.py from vectors.py, whose values
 * tests/crypto-vectors/verify.py checks on the host: do not edit.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
"""]
    for text, names in DEFINES:
        comment(out, text, 0)
        for name, h in names:
            define(out, name, h)
    out.append('')
    # the 3GPP algorithms' test sets follow each service's others
    ciphers = CIPHER + [dict(v, pt=v['pt'], iv=v['iv'])
                        for v in THREEGPP if v['algo'] != 'KASUMI_F9']
    macs = MAC + [dict(v, msg=v['ps'], tag=v['mac'])
                  for v in THREEGPP if v['algo'] == 'KASUMI_F9']
    for table, ctype, var, fill in (
            (ciphers, 'CipherVector', 'cipher_vectors', cipher_fill),
            (HASH, 'HashVector', 'hash_vectors', hash_fill),
            (macs, 'MacVector', 'mac_vectors', mac_fill),
            (AEAD, 'AeadVector', 'aead_vectors', aead_fill),
            (CHAIN + verify.CHAIN_3GPP, 'ChainVector', 'chain_vectors',
             chain_fill)):
        out.append(emit(table, ctype, var, fill))
        out.append('')
    return '\n'.join(out)

UNIT_ALG = {'KASUMI_F8': 'KASUMI_F8', 'KASUMI_F9': 'KASUMI_F9',
            'SNOW3G_UEA2': 'SNOW3G_UEA2', 'ZUC_EEA3': 'ZUC_EEA3'}

def unit_3gpp():
    """The crypto API's unit test of the 3GPP algorithms: the same sets"""
    out = ["""/*
 * The 3GPP test sets of test-crypto-3gpp.c, with their sources
 *
 * Generated by tests/crypto-vectors/gen.py from vectors.py: do not edit.
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
""", 'static const Vector3GPP vectors[] = {']
    for v in THREEGPP:
        f9 = v['algo'] == 'KASUMI_F9'
        out.append('    {')
        comment(out, v['name'] + note(v), 8)
        out.append('        .name = %s,' % cname(v['name']))
        out.append('        .alg = QCRYPTO_3GPP_ALGO_%s,' % UNIT_ALG[v['algo']])
        field(out, 'key', v['key'])
        if f9:
            field(out, 'in', v['ps'], comment_ascii=False)
            field(out, 'out', v['mac'])
        else:
            field(out, 'iv', v['iv'])
            field(out, 'in', v['pt'], comment_ascii=False)
            out.append('        .bits = %d,' % v['bits'])
            field(out, 'out', v['ct'], comment_ascii=False)
        out.append('    },')
    out.append('};')
    return '\n'.join(out) + '\n'

# What each generated file holds, by its name
TARGETS = {
    'virtio-crypto-algo-vectors.h': header,
    'crypto-3gpp-vectors.h': unit_3gpp,
}

def usage():
    sys.exit('usage: gen.py [--check] FILE, FILE one of: %s'
             % ', '.join(TARGETS))

args = sys.argv[1:]
check_only = args[:1] == ['--check']
if check_only:
    args = args[1:]
if len(args) != 1 or os.path.basename(args[0]) not in TARGETS:
    usage()
path = args[0]
text = TARGETS[os.path.basename(path)]()
if not check_only:
    with open(path, 'w') as f:
        f.write(text)
    sys.exit(0)
have = open(path).read()
if have != text:
    sys.stdout.writelines(difflib.unified_diff(
        have.splitlines(True), text.splitlines(True), path, 'gen.py'))
    print('not ok - %s is not what gen.py makes of vectors.py' % path)
    sys.exit(1)
print('ok - %s is what gen.py makes of vectors.py' % path)
