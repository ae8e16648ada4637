# The vectors of tests/qtest/virtio-crypto-algo-vectors.h, as data
# (gen.py makes that header).
# Fields: hex strings; *_rep: repeat count of that hex string.
#
# Copyright (c) 2026 The qemu-virtio-crypto authors
#
# SPDX-License-Identifier: GPL-2.0-or-later

SP800_38A_PT = ('6bc1bee22e409f96e93d7e117393172a'
                'ae2d8a571e03ac9c9eb76fac45af8e51'
                '30c81c46a35ce411e5fbc1191a0a52ef'
                'f69f2445df4f9b17ad2b417be66c3710')
K128 = '2b7e151628aed2a6abf7158809cf4f3c'
K192 = '8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b'
K256 = '603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4'
CBC_IV = '000102030405060708090a0b0c0d0e0f'
CTR_IV = 'f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'

CBC128_CT = ('7649abac8119b246cee98e9b12e9197d'
             '5086cb9b507219ee95db113a917678b2'
             '73bed6b8e3c1743b7116e69e22229516'
             '3ff1caa1681fac09120eca307586e1a7')
CBC192_CT = ('4f021db243bc633d7178183a9fa071e8'
             'b4d9ada9ad7dedf4e5e738763f69145a'
             '571b242012fb7ae07fa9baac3df102e0'
             '08b0e27988598881d920a9e64f5615cd')
CBC256_CT = ('f58c4c04d6e5f1ba779eabfb5f7bfbd6'
             '9cfc4e967edb808d679f777bc6702c7d'
             '39f23369a9d9bacfa530e26304231461'
             'b2eb05e2c39be9fcda6c19078c6a9d1b')

XTS_V10_CT = (
    '1c3b3a102f770386e4836c99e370cf9bea00803f5e482357a4ae12d414a3e63b'
    '5d31e276f8fe4a8d66b317f9ac683f44680a86ac35adfc3345befecb4bb188fd'
    '5776926c49a3095eb108fd1098baec70aaa66999a72a82f27d848b21d4a741b0'
    'c5cd4d5fff9dac89aeba122961d03a757123e9870f8acf1000020887891429ca'
    '2a3e7a7d7df7b10355165c8b9a6d0a7de8b062c4500dc4cd120c0f7418dae3d0'
    'b5781c34803fa75421c790dfe1de1834f280d7667b327f6c8cd7557e12ac3a0f'
    '93ec05c52e0493ef31a12d3d9260f79a289d6a379bc70c50841473d1a8cc81ec'
    '583e9645e07b8d9670655ba5bbcfecc6dc3966380ad8fecb17b6ba02469a020a'
    '84e18e8f84252070c13e9f1f289be54fbc481457778f616015e1327a02b140f1'
    '505eb309326d68378f8374595c849d84f4c333ec4423885143cb47bd71c5edae'
    '9be69a2ffeceb1bec9de244fbe15992b11b77c040f12bd8f6a975a44a0f90c29'
    'a9abc3d4d893927284c58754cce294529f8614dcd2aba991925fedc4ae74ffac'
    '6e333b93eb4aff0479da9a410e4450e0dd7ae4c6e2910900575da401fc07059f'
    '645e8b7e9bfdef33943054ff84011493c27b3429eaedb4ed5376441a77ed4385'
    '1ad77f16f541dfd269d50d6a5f14fb0aab1cbb4c1550be97f7ab4066193c4caa'
    '773dad38014bd2092fa755c824bb5e54c4f36ffda9fcea70b9c6e693e148c151')
SEQ256 = ''.join('%02x' % i for i in range(256))

CIPHER = [
    # ARC4: RFC 6229, keystream offsets 0..31 (plaintext zero)
    dict(name='RFC 6229 40-bit key, offsets 0-31', algo='ARC4',
         key='0102030405', iv='', pt='00', pt_rep=32,
         ct='b2396305f03dc027ccc3524a0a1118a8'
            '6982944f18fc82d589c403a47a0d0919', slow=True),
    dict(name='RFC 6229 128-bit key, offsets 0-31', algo='ARC4',
         key='0102030405060708090a0b0c0d0e0f10', iv='', pt='00', pt_rep=32,
         ct='9ac7cc9a609d1ef7b2932899cde41b97'
            '5248c4959014126a6e8a84f11d1a9e1c'),
    dict(name='RFC 6229 256-bit key, offsets 0-31', algo='ARC4',
         key='0102030405060708090a0b0c0d0e0f10'
             '1112131415161718191a1b1c1d1e1f20', iv='', pt='00', pt_rep=32,
         ct='eaa6bd25880bf93d3f5d1e4ca2611d91'
            'cfa45c9f7e714b54bdfa80027cb14380', slow=True),
    # AES: NIST SP 800-38A
    dict(name='NIST SP 800-38A F.1.1/F.1.2 ECB-AES128', algo='AES_ECB',
         key=K128, iv='', pt=SP800_38A_PT,
         ct='3ad77bb40d7a3660a89ecaf32466ef97'
            'f5d3d58503b9699de785895a96fdbaaf'
            '43b1cd7f598ece23881b00e3ed030688'
            '7b0c785e27e8ad3f8223207104725dd4'),
    dict(name='NIST SP 800-38A F.1.3/F.1.4 ECB-AES192', algo='AES_ECB',
         key=K192, iv='', pt=SP800_38A_PT,
         ct='bd334f1d6e45f25ff712a214571fa5cc'
            '974104846d0ad3ad7734ecb3ecee4eef'
            'ef7afd2270e2e60adce0ba2face6444e'
            '9a4b41ba738d6c72fb16691603c18e0e'),
    dict(name='NIST SP 800-38A F.1.5/F.1.6 ECB-AES256', algo='AES_ECB',
         key=K256, iv='', pt=SP800_38A_PT,
         ct='f3eed1bdb5d2a03c064b5a7e3db181f8'
            '591ccb10d410ed26dc5ba74a31362870'
            'b6ed21b99ca6f4f9f153e7b1beafed1d'
            '23304b7a39f9f3ff067d8d8f9e24ecc7'),
    dict(name='NIST SP 800-38A F.2.1/F.2.2 CBC-AES128', algo='AES_CBC',
         key=K128, iv=CBC_IV, pt=SP800_38A_PT, ct=CBC128_CT),
    dict(name='NIST SP 800-38A F.2.3/F.2.4 CBC-AES192', algo='AES_CBC',
         key=K192, iv=CBC_IV, pt=SP800_38A_PT, ct=CBC192_CT),
    dict(name='NIST SP 800-38A F.2.5/F.2.6 CBC-AES256', algo='AES_CBC',
         key=K256, iv=CBC_IV, pt=SP800_38A_PT, ct=CBC256_CT),
    dict(name='NIST SP 800-38A F.5.1/F.5.2 CTR-AES128', algo='AES_CTR',
         key=K128, iv=CTR_IV, pt=SP800_38A_PT,
         ct='874d6191b620e3261bef6864990db6ce'
            '9806f66b7970fdff8617187bb9fffdff'
            '5ae4df3edbd5d35e5b4f09020db03eab'
            '1e031dda2fbe03d1792170a0f3009cee'),
    # CTR is a stream: a prefix of a vector, ending mid-block, is one too
    dict(name='NIST SP 800-38A F.5.1 CTR-AES128, bytes 0-59',
         algo='AES_CTR', key=K128, iv=CTR_IV,
         pt='6bc1bee22e409f96e93d7e117393172a'
            'ae2d8a571e03ac9c9eb76fac45af8e51'
            '30c81c46a35ce411e5fbc1191a0a52ef'
            'f69f2445df4f9b17ad2b417b',
         ct='874d6191b620e3261bef6864990db6ce'
            '9806f66b7970fdff8617187bb9fffdff'
            '5ae4df3edbd5d35e5b4f09020db03eab'
            '1e031dda2fbe03d1792170a0'),
    dict(name='NIST SP 800-38A F.5.3/F.5.4 CTR-AES192', algo='AES_CTR',
         key=K192, iv=CTR_IV, pt=SP800_38A_PT,
         ct='1abc932417521ca24f2b0459fe7e6e0b'
            '090339ec0aa6faefd5ccc2c6f4ce8e94'
            '1e36b26bd1ebc670d1bd1d665620abf7'
            '4f78a7f6d29809585a97daec58c6b050'),
    dict(name='NIST SP 800-38A F.5.5/F.5.6 CTR-AES256', algo='AES_CTR',
         key=K256, iv=CTR_IV, pt=SP800_38A_PT,
         ct='601ec313775789a5b7a7f504bbf3d228'
            'f443e3ca4d62b59aca84e990cacaf5c5'
            '2b0930daa23de94ce87017ba2d84988d'
            'dfc9c58db67aada613c2dd08457941a6'),
    # DES: FIPS 81 Appendix B (ECB) and C (CBC), "Now is the time for all "
    dict(name='FIPS 81 Table B1 (ECB)', algo='DES_ECB',
         key='0123456789abcdef', iv='',
         pt='4e6f77206973207468652074696d6520666f7220616c6c20',
         ct='3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53'),
    dict(name='FIPS 81 Table C1 (CBC)', algo='DES_CBC',
         key='0123456789abcdef', iv='1234567890abcdef',
         pt='4e6f77206973207468652074696d6520666f7220616c6c20',
         ct='e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6'),
    # A key libgcrypt calls weak is a legal one: NIST SP 800-17 Table B.1
    # (variable plaintext known answer test), its first entry, as DES and
    # as TDEA with K1 = K2 = K3, which is DES again
    dict(name='NIST SP 800-17 Table B.1, round 1 (weak key)', algo='DES_ECB',
         key='0101010101010101', iv='', pt='8000000000000000',
         ct='95f8a5e5dd31d900'),
    dict(name='NIST SP 800-17 Table B.1, round 1, TDEA K1 = K2 = K3',
         algo='3DES_ECB', key='010101010101010101010101010101010101010101010101',
         iv='', pt='8000000000000000', ct='95f8a5e5dd31d900'),
    # TDEA: NIST SP 800-67 Rev. 1, Appendix B, "The qufck brown fox jump"
    dict(name='NIST SP 800-67 Rev. 1 Appendix B (TECB)', algo='3DES_ECB',
         key='0123456789abcdef23456789abcdef01456789abcdef0123', iv='',
         pt='5468652071756663 6b2062726f776e20 666f78206a756d70',
         ct='a826fd8ce53b855f cce21c8112256fe6 68d5c05dd9b6b900'),
    # CBC from the same example: P'1 = P1 ^ IV, P'i = Pi ^ C(i-1), so
    # that the CBC ciphertext is the ECB one
    dict(name='NIST SP 800-67 Rev. 1 Appendix B, as CBC (derived)',
         algo='3DES_CBC',
         key='0123456789abcdef23456789abcdef01456789abcdef0123',
         iv='0001020304050607', pt='DERIVED',
         ct='a826fd8ce53b855f cce21c8112256fe6 68d5c05dd9b6b900'),
    # TDEA-CTR: DPDK app/test/test_cryptodev_des_test_vectors.h,
    # triple_des192ctr_test_vector, its first 64 bytes (CTR is a stream)
    dict(name='DPDK triple_des192ctr_test_vector, bytes 0-63',
         algo='3DES_CTR',
         key='e423338a356461e24903ddc6b8ca557ad4c3a3aa336261e0',
         iv='0001020304050607',
         pt=b'What a lousy earth! He wondered how many people '
            b'were destitute t'.hex(),
         ct='ff32529710bf0b10680f4f568b2c7b8e391e1a2f83de5e35'
            'c84bdfd5bc84501a02dfb311e4dab80e47c60c5109629c5d'
            '714049d855bd7d9071c5f7076f08712a'),
    dict(name='DPDK triple_des192ctr_test_vector, bytes 0-60',
         algo='3DES_CTR',
         key='e423338a356461e24903ddc6b8ca557ad4c3a3aa336261e0',
         iv='0001020304050607',
         pt=b'What a lousy earth! He wondered how many people '
            b'were destitut'.hex(),
         ct='ff32529710bf0b10680f4f568b2c7b8e391e1a2f83de5e35'
            'c84bdfd5bc84501a02dfb311e4dab80e47c60c5109629c5d'
            '714049d855bd7d9071c5f7076f'),
    # XTS: IEEE 1619-2007 Annex B; the tweak is the data unit sequence
    # number, 16 bytes little endian.  Vector 1's two keys are equal: the
    # device takes such keys, as IEEE 1619 does (NIST SP 800-38E forbids
    # them to FIPS modules; libgcrypt refuses them in FIPS mode only)
    dict(name='IEEE 1619-2007 XTS-AES-128 vector 1 (equal key halves)',
         algo='AES_XTS', key='00' * 32, iv='00' * 16, pt='00', pt_rep=32,
         ct='917cf69ebd68b2ec9b9fe9a3eadda692'
            'cd43d2f59598ed858c02c2652fbf922e'),
    dict(name='IEEE 1619-2007 XTS-AES-128 vector 2', algo='AES_XTS',
         key='11111111111111111111111111111111'
             '22222222222222222222222222222222',
         iv='33333333330000000000000000000000',
         pt='44', pt_rep=32,
         ct='c454185e6a16936e39334038acef838b'
            'fb186fff7480adc4289382ecd6d394f0'),
    dict(name='IEEE 1619-2007 XTS-AES-128 vector 3', algo='AES_XTS',
         key='fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0'
             '22222222222222222222222222222222',
         iv='33333333330000000000000000000000',
         pt='44', pt_rep=32,
         ct='af85336b597afc1a900b2eb21ec949d2'
            '92df4c047e0b21532186a5971a227a89', slow=True),
    dict(name='IEEE 1619-2007 XTS-AES-256 vector 10', algo='AES_XTS',
         key='2718281828459045235360287471352662497757247093699959574966967627'
             '3141592653589793238462643383279502884197169399375105820974944592',
         iv='ff000000000000000000000000000000',
         pt=SEQ256, pt_rep=2, ct=XTS_V10_CT),
    # F8: RFC 3711 B.1; key = k_e || m, m = salt || 0x55...
    dict(name='RFC 3711 B.1 AES-f8', algo='AES_F8',
         key='234829008467be186c3de14aae72d62c'
             '32f2870d555555555555555555555555',
         iv='006e5cba50681de55c621599d462564a',
         pt='70736575646f72616e646f6d6e657373'
            '20697320746865206e65787420626573'
            '74207468696e67',
         ct='019ce7a26e7854014a6366aa95d4eefd'
            '1ad4172a14f9faf455b7f1d4b62bd08f'
            '562c0eef7c4802'),
]

ABC = '616263'
M448 = b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'.hex()
M896 = (b'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn'
        b'hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu').hex()

HASH = [
    dict(name='RFC 1321 A.5 "abc"', algo='MD5', msg=ABC,
         digest='900150983cd24fb0d6963f7d28e17f72'),
    dict(name='RFC 1321 A.5 "message digest"', algo='MD5',
         msg=b'message digest'.hex(),
         digest='f96b697d7cb7938d525a2f31aaf161d0', slow=True),
    dict(name='RFC 1321 A.5 "1234567890" x 8', algo='MD5',
         msg=b'1234567890'.hex(), msg_rep=8,
         digest='57edf4a22be3c955ac49da2e2107b67a', slow=True),
    dict(name='FIPS 180-4 / NIST CSRC example "abc"', algo='SHA1', msg=ABC,
         digest='a9993e364706816aba3e25717850c26c9cd0d89d'),
    dict(name='FIPS 180-4 / NIST CSRC example, 448-bit message',
         algo='SHA1', msg=M448,
         digest='84983e441c3bd26ebaae4aa1f95129e5e54670f1', slow=True),
    dict(name='FIPS 180-4 / NIST CSRC example "abc"', algo='SHA_224',
         msg=ABC,
         digest='23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'),
    dict(name='FIPS 180-4 / NIST CSRC example, 448-bit message',
         algo='SHA_224', msg=M448,
         digest='75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525',
         slow=True),
    dict(name='FIPS 180-4 / NIST CSRC example "abc"', algo='SHA_256',
         msg=ABC,
         digest='ba7816bf8f01cfea414140de5dae2223'
                'b00361a396177a9cb410ff61f20015ad'),
    dict(name='FIPS 180-4 / NIST CSRC example "abc", truncated to 16',
         algo='SHA_256', msg=ABC,
         digest='ba7816bf8f01cfea414140de5dae2223'),
    dict(name='FIPS 180-4 / NIST CSRC example, 448-bit message',
         algo='SHA_256', msg=M448,
         digest='248d6a61d20638b8e5c026930c3e6039'
                'a33ce45964ff2167f6ecedd419db06c1', slow=True),
    dict(name='FIPS 180-4 / NIST CSRC example "abc"', algo='SHA_384',
         msg=ABC,
         digest='cb00753f45a35e8bb5a03d699ac65007272c32ab0eded163'
                '1a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'),
    dict(name='FIPS 180-4 / NIST CSRC example, 896-bit message',
         algo='SHA_384', msg=M896,
         digest='09330c33f71147e83d192fc782cd1b4753111b173b3b05d2'
                '2fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039',
         slow=True),
    dict(name='FIPS 180-4 / NIST CSRC example "abc"', algo='SHA_512',
         msg=ABC,
         digest='ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a'
                '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'),
    dict(name='FIPS 180-4 / NIST CSRC example, 896-bit message',
         algo='SHA_512', msg=M896,
         digest='8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018'
                '501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909',
         slow=True),
    dict(name='NIST CSRC example SHA3-224_Msg1600', algo='SHA3_224',
         msg='a3', msg_rep=200,
         digest='9376816aba503f72f96ce7eb65ac095deee3be4bf9bbc2a1cb7e11e0'),
    dict(name='di-mgt.com.au SHA-3 test vector "abc"', algo='SHA3_224',
         msg=ABC,
         digest='e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
         slow=True),
    dict(name='NIST CSRC example SHA3-256_Msg1600', algo='SHA3_256',
         msg='a3', msg_rep=200,
         digest='79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787'),
    dict(name='di-mgt.com.au SHA-3 test vector "abc"', algo='SHA3_256',
         msg=ABC,
         digest='3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
         slow=True),
    dict(name='NIST CSRC example SHA3-384_Msg1600', algo='SHA3_384',
         msg='a3', msg_rep=200,
         digest='1881de2ca7e41ef95dc4732b8f5f002b189cc1e42b74168e'
                'd1732649ce1dbcdd76197a31fd55ee989f2d7050dd473e8f'),
    dict(name='di-mgt.com.au SHA-3 test vector "abc"', algo='SHA3_384',
         msg=ABC,
         digest='ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c25'
                '96da7cf0e49be4b298d88cea927ac7f539f1edf228376d25',
         slow=True),
    dict(name='NIST CSRC example SHA3-512_Msg1600', algo='SHA3_512',
         msg='a3', msg_rep=200,
         digest='e76dfad22084a8b1467fcf2ffa58361bec7628edf5f3fdc0e4805dc48caeeca8'
                '1b7c13c30adf52a3659584739a2df46be589c51ca1a4a8416df6545a1ce8ba00'),
    dict(name='di-mgt.com.au SHA-3 test vector "abc"', algo='SHA3_512',
         msg=ABC,
         digest='b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e'
                '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
         slow=True),
    dict(name='NIST CSRC example SHAKE128_Msg1600, 32 bytes',
         algo='SHA3_SHAKE128', msg='a3', msg_rep=200,
         digest='131ab8d2b594946b9c81333f9bb6e0ce75c3b93104fa3469d3917457385da037'),
    dict(name='NIST CSRC example SHAKE128_Msg1600, 256 bytes',
         algo='SHA3_SHAKE128', msg='a3', msg_rep=200,
         digest='SHAKE128_A3_256', slow=True),
    dict(name='NIST CSRC example SHAKE256_Msg1600, 64 bytes',
         algo='SHA3_SHAKE256', msg='a3', msg_rep=200,
         digest='cd8a920ed141aa0407a22d59288652e9d9f1a7ee0c1e7c1ca699424da84a904d'
                '2d700caae7396ece96604440577da4f3aa22aeb8857f961c4cd8e06f0ae6610b'),
    # the whole example: more than 256 bytes, which the specification allows
    # (its first 256 bytes were a vector of their own before)
    dict(name='NIST CSRC example SHAKE256_Msg1600, 512 bytes',
         algo='SHA3_SHAKE256', msg='a3', msg_rep=200,
         digest='SHAKE256_A3_512'),
]

HI_THERE = b'Hi There'.hex()
JEFE = b'Jefe'.hex()
WHAT = b'what do ya want for nothing?'.hex()
TRUNC = b'Test With Truncation'.hex()
LARGER = b'Test Using Larger Than Block-Size Key - Hash Key First'.hex()
LARGER2 = (b'This is a test using a larger than block-size key and a larger '
           b'than block-size data. The key needs to be hashed before being '
           b'used by the HMAC algorithm.').hex()
RFC4231_KEY4 = '0102030405060708090a0b0c0d0e0f10111213141516171819'

MAC = [
    # HMAC-MD5, HMAC-SHA1: RFC 2202
    dict(name='RFC 2202 HMAC-MD5 test case 2', algo='HMAC_MD5',
         key=JEFE, msg=WHAT, tag='750c783e6ab0b503eaa86e310a5db738'),
    dict(name='RFC 2202 HMAC-MD5 test case 5, 96-bit truncation',
         algo='HMAC_MD5', key='0c', key_rep=16, msg=TRUNC,
         tag='56461ef2342edc00f9bab995'),
    dict(name='RFC 2202 HMAC-MD5 test case 1', algo='HMAC_MD5',
         key='0b', key_rep=16, msg=HI_THERE,
         tag='9294727a3638bb1c13f48ef8158bfc9d', slow=True),
    dict(name='RFC 2202 HMAC-MD5 test case 3', algo='HMAC_MD5',
         key='aa', key_rep=16, msg='dd', msg_rep=50,
         tag='56be34521d144c88dbb8c733f0e8b3f6', slow=True),
    dict(name='RFC 2202 HMAC-MD5 test case 6', algo='HMAC_MD5',
         key='aa', key_rep=80, msg=LARGER,
         tag='6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd', slow=True),
    dict(name='RFC 2202 HMAC-SHA1 test case 2', algo='HMAC_SHA1',
         key=JEFE, msg=WHAT, tag='effcdf6ae5eb2fa2d27416d5f184df9c259a7c79'),
    dict(name='RFC 2202 HMAC-SHA1 test case 1', algo='HMAC_SHA1',
         key='0b', key_rep=20, msg=HI_THERE,
         tag='b617318655057264e28bc0b6fb378c8ef146be00', slow=True),
    dict(name='RFC 2202 HMAC-SHA1 test case 3', algo='HMAC_SHA1',
         key='aa', key_rep=20, msg='dd', msg_rep=50,
         tag='125d7342b9ac11cd91a39af48aa17b4f63f175d3', slow=True),
    dict(name='RFC 2202 HMAC-SHA1 test case 5, 96-bit truncation',
         algo='HMAC_SHA1', key='0c', key_rep=20, msg=TRUNC,
         tag='4c1a03424b55e07fe7f27be1', slow=True),
    dict(name='RFC 2202 HMAC-SHA1 test case 6', algo='HMAC_SHA1',
         key='aa', key_rep=80, msg=LARGER,
         tag='aa4ae5e15272d00e95705637ce8a3b55ed402112', slow=True),
]

RFC4231 = {
    'HMAC_SHA_224': [
        '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
        'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
        '7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea',
        '6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a',
        '0e2aea68a90c8d37c988bcdb9fca6fa8',
        '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
        '3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1',
    ],
    'HMAC_SHA_256': [
        'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
        '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
        '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
        '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
        'a3b6167473100ee06e0c796c2955552b',
        '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
        '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    ],
    'HMAC_SHA_384': [
        'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c'
        'faea9ea9076ede7f4af152e8b2fa9cb6',
        'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e'
        '8e2240ca5e69e2c78b3239ecfab21649',
        '88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b'
        '2a5ab39dc13814b94e3ab6e101a34f27',
        '3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e'
        '6801dd23c4a7d679ccf8a386c674cffb',
        '3abf34c3503b2a23a46efc619baef897',
        '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c6'
        '0c2ef6ab4030fe8296248df163f44952',
        '6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5'
        'a678cc31e799176d3860e6110c46523e',
    ],
    'HMAC_SHA_512': [
        '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde'
        'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854',
        '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554'
        '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
        'fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39'
        'bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb',
        'b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db'
        'a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd',
        '415fad6271580a531d4179bc891d87a6',
        '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352'
        '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598',
        'e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944'
        'b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58',
    ],
}
RFC4231_IN = [
    ('0b', 20, HI_THERE, 1),
    (JEFE, 1, WHAT, 1),
    ('aa', 20, 'dd', 50),
    (RFC4231_KEY4, 1, 'cd', 50),
    ('0c', 20, TRUNC, 1),
    ('aa', 131, LARGER, 1),
    ('aa', 131, LARGER2, 1),
]
for algo, tags in RFC4231.items():
    for i, (k, kr, m, mr) in enumerate(RFC4231_IN):
        n = 'RFC 4231 test case %d' % (i + 1)
        if i == 4:
            n += ', 128-bit truncation'
        MAC.append(dict(name=n, algo=algo, key=k, key_rep=kr, msg=m,
                        msg_rep=mr, tag=tags[i], slow=(i != 1)))

CMAC_M = SP800_38A_PT
MAC += [
    # CMAC-AES: NIST SP 800-38B, Appendix D.1-D.3 (AES-128 also RFC 4493)
    dict(name='NIST SP 800-38B D.1 example 2 (RFC 4493 example 2)',
         algo='CMAC_AES', key=K128, msg=CMAC_M[:32],
         tag='070a16b46b4d4144f79bdd9dd04a287c'),
    dict(name='NIST SP 800-38B D.1 example 3 (RFC 4493 example 3)',
         algo='CMAC_AES', key=K128, msg=CMAC_M[:80],
         tag='dfa66747de9ae63030ca32611497c827', slow=True),
    dict(name='NIST SP 800-38B D.1 example 4 (RFC 4493 example 4)',
         algo='CMAC_AES', key=K128, msg=CMAC_M,
         tag='51f0bebf7e3b9d92fc49741779363cfe', slow=True),
    dict(name='NIST SP 800-38B D.1 example 2, 64-bit truncation',
         algo='CMAC_AES', key=K128, msg=CMAC_M[:32],
         tag='070a16b46b4d4144', slow=True),
    dict(name='NIST SP 800-38B D.2 example 6', algo='CMAC_AES', key=K192,
         msg=CMAC_M[:32], tag='9e99a7bf31e710900662f65e617c5184'),
    dict(name='NIST SP 800-38B D.2 example 7', algo='CMAC_AES', key=K192,
         msg=CMAC_M[:80], tag='8a1de5be2eb31aad089a82e6ee908b0e', slow=True),
    dict(name='NIST SP 800-38B D.2 example 8', algo='CMAC_AES', key=K192,
         msg=CMAC_M, tag='a1d5df0eed790f794d77589659f39a11', slow=True),
    dict(name='NIST SP 800-38B D.3 example 10', algo='CMAC_AES', key=K256,
         msg=CMAC_M[:32], tag='28a7023f452e8f82bd4bf28d8c37c35c'),
    dict(name='NIST SP 800-38B D.3 example 11', algo='CMAC_AES', key=K256,
         msg=CMAC_M[:80], tag='aaf3d8f1de5640c232f5b169b9c911e6', slow=True),
    dict(name='NIST SP 800-38B D.3 example 12', algo='CMAC_AES', key=K256,
         msg=CMAC_M, tag='e1992190549f6ed5696a2c056c315410', slow=True),
    # CMAC-TDEA: NIST SP 800-38B, Appendix D.4 (three-key TDEA)
    dict(name='NIST SP 800-38B D.4 example 14', algo='CMAC_3DES',
         key='8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5',
         msg=CMAC_M[:16], tag='8e8f293136283797'),
    dict(name='NIST SP 800-38B D.4 example 15', algo='CMAC_3DES',
         key='8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5',
         msg=CMAC_M[:40], tag='743ddbe0ce2dc2ed', slow=True),
    dict(name='NIST SP 800-38B D.4 example 16', algo='CMAC_3DES',
         key='8aa83bf8cbda10620bc1bf19fbb6cd58bc313d4a371ca8b5',
         msg=CMAC_M[:64], tag='33e6b1092400eae5', slow=True),
    # CBC-MAC: derived from SP 800-38A F.2: M = (P1 ^ IV) || P2 || P3 || P4
    # under a zero IV gives the CBC blocks; the MAC is the last one
    dict(name='NIST SP 800-38A F.2.1 CBC-AES128, as CBC-MAC (derived)',
         algo='CBCMAC_AES', key=K128, msg='CBCMAC_M', tag=CBC128_CT[96:]),
    dict(name='NIST SP 800-38A F.2.3 CBC-AES192, as CBC-MAC (derived)',
         algo='CBCMAC_AES', key=K192, msg='CBCMAC_M', tag=CBC192_CT[96:]),
    dict(name='NIST SP 800-38A F.2.5 CBC-AES256, as CBC-MAC (derived)',
         algo='CBCMAC_AES', key=K256, msg='CBCMAC_M', tag=CBC256_CT[96:]),
    dict(name='NIST SP 800-38A F.2.1 block 1, as CBC-MAC (derived)',
         algo='CBCMAC_AES', key=K128, msg='CBCMAC_M1', tag=CBC128_CT[:32],
         slow=True),
    dict(name='NIST SP 800-38A F.2.1 as CBC-MAC, 96-bit truncation',
         algo='CBCMAC_AES', key=K128, msg='CBCMAC_M', tag=CBC128_CT[96:120],
         slow=True),
    # AES-XCBC-MAC-96 and -PRF: RFC 3566 section 4.6
    dict(name='RFC 3566 test case 4', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f',
         msg='000102030405060708090a0b0c0d0e0f10111213',
         tag='47f51b4564966215b8985c63055ed308'),
    dict(name='RFC 3566 test case 4, AES-XCBC-MAC-96', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f',
         msg='000102030405060708090a0b0c0d0e0f10111213',
         tag='47f51b4564966215b8985c63', slow=True),
    dict(name='RFC 3566 test case 2', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f', msg='000102',
         tag='5b376580ae2f19afe7219ceef172756f', slow=True),
    dict(name='RFC 3566 test case 3', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f',
         msg='000102030405060708090a0b0c0d0e0f',
         tag='d2a246fa349b68a79998a4394ff7a263', slow=True),
    dict(name='RFC 3566 test case 5', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f',
         msg='000102030405060708090a0b0c0d0e0f'
             '101112131415161718191a1b1c1d1e1f',
         tag='f54f0ec8d2b9f3d36807734bd5283fd4', slow=True),
    dict(name='RFC 3566 test case 6', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f',
         msg='000102030405060708090a0b0c0d0e0f'
             '101112131415161718191a1b1c1d1e1f2021',
         tag='becbb3bccdb518a30677d5481fb6b4d8', slow=True),
    dict(name='RFC 3566 test case 7', algo='XCBC_AES',
         key='000102030405060708090a0b0c0d0e0f', msg='00', msg_rep=1000,
         tag='f0dafee895db30253761103b5d84528f', slow=True),
]

GCM_K = 'feffe9928665731c6d6a8f9467308308'
GCM_P60 = ('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72'
           '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39')
GCM_P64 = GCM_P60 + '1aafd255'
GCM_A = 'feedfacedeadbeeffeedfacedeadbeefabaddad2'
GCM_IV = 'cafebabefacedbaddecaf888'
TC4_C = ('42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e'
         '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091')
TC6_IV = ('9313225df88406e555909c5aff5269aa6a7a9538534f7da1e4c303d2a318a728'
          'c3c0c95156809539fcf0e2429a6b525416aedbf5a0de6a57a637b39b')
CCM_K = 'c0c1c2c3c4c5c6c7c8c9cacbcccdcecf'
SP38C_K = '404142434445464748494a4b4c4d4e4f'

AEAD = [
    # GCM: "The Galois/Counter Mode of Operation (GCM)", McGrew & Viega,
    # test cases
    dict(name='GCM spec test case 4', algo='GCM', key=GCM_K, iv=GCM_IV,
         aad=GCM_A, pt=GCM_P60, ct=TC4_C,
         tag='5bc94fbc3221a5db94fae95ae7121a47'),
    dict(name='GCM spec test case 4, 96-bit tag', algo='GCM', key=GCM_K,
         iv=GCM_IV, aad=GCM_A, pt=GCM_P60, ct=TC4_C,
         tag='5bc94fbc3221a5db94fae95a'),
    # the device takes a 16-byte IV as J0 itself (see the AEAD section of
    # docs/system/devices/virtio-crypto.rst); for test case 6's 60-byte IV
    # the GCM spec gives Y0 = GHASH(H, {}, IV), the J0 of SP 800-38D
    dict(name='GCM spec test case 6, IV given as J0 (Y0)', algo='GCM',
         key=GCM_K, iv='3bab75780a31c059f83d2a44752f9864', aad=GCM_A,
         pt=GCM_P60,
         ct='8ce24998625615b603a033aca13fb894be9112a5c3a211a8ba262a3cca7e2ca7'
            '01e4a9a4fba43c90ccdcb281d48c7c6fd62875d2aca417034c34aee5',
         tag='619cc5aefffe0bfa462af43c1699d050'),
    dict(name='GCM spec test case 10', algo='GCM',
         key=GCM_K + 'feffe9928665731c', iv=GCM_IV, aad=GCM_A, pt=GCM_P60,
         ct='3980ca0b3c00e841eb06fac4872a2757859e1ceaa6efd984628593b40ca1e19c'
            '7d773d00c144c525ac619d18c84a3f4718e2448b2fe324d9ccda2710',
         tag='2519498e80f1478f37ba55bd6d27618c'),
    dict(name='GCM spec test case 16', algo='GCM', key=GCM_K + GCM_K,
         iv=GCM_IV, aad=GCM_A, pt=GCM_P60,
         ct='522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa'
            '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
         tag='76fc6ece0f4e1768cddf8853bb2d551b'),
    dict(name='GCM spec test case 2', algo='GCM', key='00', key_rep=16,
         iv='00', iv_rep=12, aad='', pt='00', pt_rep=16,
         ct='0388dace60b6a392f328c2b971b2fe78',
         tag='ab6e47d42cec13bdf53a67b21257bddf', slow=True),
    dict(name='GCM spec test case 3', algo='GCM', key=GCM_K, iv=GCM_IV,
         aad='', pt=GCM_P64,
         ct='42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e'
            '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985',
         tag='4d5c2af327cd64a62cf35abd2ba6fab4', slow=True),
    dict(name='GCM spec test case 4, 32-bit tag', algo='GCM', key=GCM_K,
         iv=GCM_IV, aad=GCM_A, pt=GCM_P60, ct=TC4_C, tag='5bc94fbc',
         slow=True),
    dict(name='GCM spec test case 4, 64-bit tag', algo='GCM', key=GCM_K,
         iv=GCM_IV, aad=GCM_A, pt=GCM_P60, ct=TC4_C, tag='5bc94fbc3221a5db',
         slow=True),
    dict(name='GCM spec test case 4, IV given as J0 = IV || 1', algo='GCM',
         key=GCM_K, iv=GCM_IV + '00000001', aad=GCM_A, pt=GCM_P60, ct=TC4_C,
         tag='5bc94fbc3221a5db94fae95ae7121a47', slow=True),
    dict(name='GCM spec test case 5, IV given as J0 (Y0)', algo='GCM',
         key=GCM_K, iv='c43a83c4c4badec4354ca984db252f7d', aad=GCM_A,
         pt=GCM_P60,
         ct='61353b4c2806934a777ff51fa22a4755699b2a714fcdc6f83766e5f97b6c7423'
            '73806900e49f24b22b097544d4896b424989b5e1ebac0f07c23f4598',
         tag='3612d2e79e3b0785561be14aaca2fccb', slow=True),
    # CCM: RFC 3610 packet vectors; NIST SP 800-38C Appendix C;
    # Project Wycheproof aes_ccm_test.json for 192- and 256-bit keys
    dict(name='RFC 3610 packet vector #1', algo='CCM', key=CCM_K,
         iv='00000003020100a0a1a2a3a4a5', aad='0001020304050607',
         pt='08090a0b0c0d0e0f101112131415161718191a1b1c1d1e',
         ct='588c979a61c663d2f066d0c2c0f989806d5f6b61dac384',
         tag='17e8d12cfdf926e0'),
    dict(name='Wycheproof aes_ccm_test.json tcId 90', algo='CCM',
         key='400eec9b06a80a8403d45dae5d58cc917bc854f51cd3ce0d',
         iv='447dd09a23708f3b6664e15b', aad='7320367d5b070559',
         pt='b784925a695f0ed14ca40249c1fd5d1a',
         ct='912d05c402383950e1c5a5188e6241d8',
         tag='ab309be2c05c941fbfb338ba064b19a1'),
    dict(name='Wycheproof aes_ccm_test.json tcId 168', algo='CCM',
         key='b907a45075513fe8a8019edee3f2591487b2a030b03c6e1d771c862571d2ea1e',
         iv='118a6964c2d3e380071f5266', aad='034585621af8d7ff',
         pt='55a465644f5b650928cbee7c063214d6',
         ct='ab01f92db4f210bdb5edaf0a1bd19eba',
         tag='621630c505d24e3b29294977d8ffa4b4'),
    dict(name='RFC 3610 packet vector #2', algo='CCM', key=CCM_K,
         iv='00000004030201a0a1a2a3a4a5', aad='0001020304050607',
         pt='08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
         ct='72c91a36e135f8cf291ca894085c87e3cc15c439c9e43a3b',
         tag='a091d56e10400916', slow=True),
    dict(name='RFC 3610 packet vector #4', algo='CCM', key=CCM_K,
         iv='00000006050403a0a1a2a3a4a5', aad='000102030405060708090a0b',
         pt='0c0d0e0f101112131415161718191a1b1c1d1e',
         ct='a28c6865939a9a79faaa5c4c2a9d4a91cdac8c',
         tag='96c861b9c9e61ef1', slow=True),
    dict(name='NIST SP 800-38C C.1', algo='CCM', key=SP38C_K,
         iv='10111213141516', aad='0001020304050607', pt='20212223',
         ct='7162015b', tag='4dac255d', slow=True),
    dict(name='NIST SP 800-38C C.2', algo='CCM', key=SP38C_K,
         iv='1011121314151617', aad='000102030405060708090a0b0c0d0e0f',
         pt='202122232425262728292a2b2c2d2e2f',
         ct='d2a1f0e051ea5f62081a7792073d593d', tag='1fc64fbfaccd',
         slow=True),
    dict(name='NIST SP 800-38C C.3', algo='CCM', key=SP38C_K,
         iv='101112131415161718191a1b',
         aad='000102030405060708090a0b0c0d0e0f10111213',
         pt='202122232425262728292a2b2c2d2e2f3031323334353637',
         ct='e3b201a9f5b71a7a9b1ceaeccd97e70b6176aad9a4428aa5',
         tag='484392fbc1b09951', slow=True),
    # ChaCha20-Poly1305: RFC 8439 2.8.2
    dict(name='RFC 8439 2.8.2', algo='CHACHA20_POLY1305',
         key='808182838485868788898a8b8c8d8e8f'
             '909192939495969798999a9b9c9d9e9f',
         iv='070000004041424344454647', aad='50515253c0c1c2c3c4c5c6c7',
         pt=(b"Ladies and Gentlemen of the class of '99: If I could offer "
             b"you only one tip for the future, sunscreen would be it.").hex(),
         ct='d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6'
            '3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36'
            '92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc'
            '3ff4def08e4b7a9de576d26586cec64b6116',
         tag='1ae10b594f09e26a7e902ecbd0600691'),
]

CHAIN_HDR = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf'
CHAIN = [
    # As DPDK's crypto_virtio PMD uses it: AES-CBC then HMAC-SHA1 of the
    # ciphertext
    dict(name='AES-128-CBC (SP 800-38A F.2.1) then HMAC-SHA1 (RFC 2104, '
              'key of RFC 2202 test case 2)',
         calgo='AES_CBC', ckey=K128, iv=CBC_IV, op='ENCRYPT',
         order='CIPHER_THEN_HASH', mode='AUTH', halgo='HMAC_SHA1', akey=JEFE,
         src=SP800_38A_PT, cstart=0, clen=64, hstart=0, hlen=64, aad='',
         rlen=20),
    dict(name='HMAC-SHA1 (RFC 2104) of the ciphertext, then AES-128-CBC '
              'decryption (SP 800-38A F.2.2)',
         calgo='AES_CBC', ckey=K128, iv=CBC_IV, op='DECRYPT',
         order='HASH_THEN_CIPHER', mode='AUTH', halgo='HMAC_SHA1', akey=JEFE,
         src=CBC128_CT, cstart=0, clen=64, hstart=0, hlen=64, aad='',
         rlen=20),
    dict(name='AES-128-CBC (SP 800-38A F.2.1) of bytes 16-79 then SHA-256 '
              '(FIPS 180-4) of aad and bytes 0-79',
         calgo='AES_CBC', ckey=K128, iv=CBC_IV, op='ENCRYPT',
         order='CIPHER_THEN_HASH', mode='PLAIN', halgo='SHA_256', akey='',
         src=CHAIN_HDR + SP800_38A_PT, cstart=16, clen=64, hstart=0, hlen=80,
         aad='feedfacedeadbeef', rlen=32),
    dict(name='HMAC-SHA-256 (RFC 2104, key of RFC 4231 test case 2) of aad '
              'and bytes 0-71, truncated to 16, then AES-128-CTR '
              '(SP 800-38A F.5.1) of bytes 0-63',
         calgo='AES_CTR', ckey=K128, iv=CTR_IV, op='ENCRYPT',
         order='HASH_THEN_CIPHER', mode='AUTH', halgo='HMAC_SHA_256',
         akey=JEFE, src=SP800_38A_PT + CHAIN_HDR[:16], cstart=0, clen=64,
         hstart=0, hlen=72, aad='000102030405060708090a0b', rlen=16),
    dict(name='TDEA-CBC decryption (SP 800-67 Appendix B, as CBC) then '
              'CMAC-AES-128 (SP 800-38B) of the plaintext',
         calgo='3DES_CBC', ckey='0123456789abcdef23456789abcdef01'
                                '456789abcdef0123',
         iv='0001020304050607', op='DECRYPT', order='CIPHER_THEN_HASH',
         mode='AUTH', halgo='CMAC_AES', akey=K128,
         src='a826fd8ce53b855fcce21c8112256fe668d5c05dd9b6b900',
         cstart=0, clen=24, hstart=0, hlen=24, aad='', rlen=16, slow=True),
    dict(name='XTS-AES-128 (IEEE 1619-2007 vector 2) of bytes 8-39 then '
              'SHA3-256 (FIPS 202) of bytes 0-47',
         calgo='AES_XTS', ckey='11111111111111111111111111111111'
                               '22222222222222222222222222222222',
         iv='33333333330000000000000000000000', op='ENCRYPT',
         order='CIPHER_THEN_HASH', mode='PLAIN', halgo='SHA3_256', akey='',
         src='0001020304050607' + '44' * 32 + '08090a0b0c0d0e0f',
         cstart=8, clen=32, hstart=0, hlen=48, aad='', rlen=32, slow=True),
    dict(name='MD5 (RFC 1321) of bytes 8-23, then DES-CBC '
              '(FIPS 81 Table C1) of bytes 0-23',
         calgo='DES_CBC', ckey='0123456789abcdef', iv='1234567890abcdef',
         op='ENCRYPT', order='HASH_THEN_CIPHER', mode='PLAIN', halgo='MD5',
         akey='', src='4e6f77206973207468652074696d6520666f7220616c6c20',
         cstart=0, clen=24, hstart=8, hlen=16, aad='', rlen=16, slow=True),
    dict(name='RC4 (RFC 6229, 128-bit key) then HMAC-MD5 (RFC 2104, key '
              'of RFC 2202 test case 2) with aad',
         calgo='ARC4', ckey='0102030405060708090a0b0c0d0e0f10', iv='',
         op='ENCRYPT', order='CIPHER_THEN_HASH', mode='AUTH',
         halgo='HMAC_MD5', akey=JEFE, src='00' * 32, cstart=0, clen=32,
         hstart=0, hlen=32, aad='0001020304050607', rlen=16, slow=True),
    dict(name='AES-f8 (RFC 3711 B.1) then AES-XCBC-MAC-96 (RFC 3566, key '
              'of its test cases)',
         calgo='AES_F8', ckey='234829008467be186c3de14aae72d62c'
                              '32f2870d555555555555555555555555',
         iv='006e5cba50681de55c621599d462564a', op='ENCRYPT',
         order='CIPHER_THEN_HASH', mode='AUTH', halgo='XCBC_AES',
         akey='000102030405060708090a0b0c0d0e0f',
         src='70736575646f72616e646f6d6e65737320697320746865206e6578742062'
             '657374207468696e67', cstart=0, clen=39, hstart=0, hlen=39,
         aad='', rlen=12, slow=True),
    dict(name='AES-192-ECB (SP 800-38A F.1.3) then SHAKE256 (FIPS 202), '
              '64 bytes, of aad and the ciphertext',
         calgo='AES_ECB', ckey=K192, iv='', op='ENCRYPT',
         order='CIPHER_THEN_HASH', mode='PLAIN', halgo='SHA3_SHAKE256',
         akey='', src=SP800_38A_PT, cstart=0, clen=64, hstart=0, hlen=64,
         aad='a3' * 8, rlen=64, slow=True),
]

# The 3GPP algorithms: the test sets as their documents give them
# (COUNT, BEARER or FRESH, DIRECTION, LENGTH in bits); verify.py checks
# the IVs and f9 padded strings the device takes are built from them.
THREEGPP = [
    dict(name='3GPP TS 35.203 KASUMI f8 test set 1', algo='KASUMI_F8',
         key='2bd6459f82c5b300952c49104881ff48',
         count=0x72a4f20f, bearer=0xc, direction=1, bits=798,
         iv='72a4f20f64000000',
         pt='7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92'
            '922b03450d3a9975e5bd2ea0eb55ad8e1b199e3ec4316020e9a1b285e7627953'
            '59b7bdfd39bef4b2484583d5afe082aee638bf5fd5a606193901a08f4ab41aab'
            '9b134880',
         ct='d1e2de70eef86c6964fb542bc2d460aabfaa10a4a093262b7d199e706fc2d489'
            '1553296910f3a973012682e41c4e2b02be2017b7253bbf9309de5819cb42e819'
            '56f4c99bc9765caf53b1d0bb8279826adbbc5522e915c120a618a5a7f5e89708'
            '9339650c'),
    dict(name='3GPP TS 35.203 KASUMI f8 test set 2', algo='KASUMI_F8',
         key='efa8b2229e720c2a7c36ea55e9605695',
         count=0xe28bcf7b, bearer=0x18, direction=0, bits=510,
         iv='e28bcf7bc0000000',
         pt='10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc5a8c550d'
            '1bfb2f494624fb50367fa36ce3bc68f11cf93b1510376b02130f812a9fa169d8',
         ct='3deacc7c15821caa89eecade9b5bd3614bd0c8419d710385ddbe5849ef1bac5a'
            'e8b14a5b0a6741521eb4e00bb9ecf3e9f7ccb9cae74152d7f4e2a034b6ea00ec'),
    dict(name='3GPP TS 35.203 KASUMI f8 test set 3', algo='KASUMI_F8',
         key='5acb1d644c0d51204ea5f1451010d852',
         count=0xfa556b26, bearer=0x3, direction=1, bits=120,
         iv='fa556b261c000000',
         pt='ad9c441f890b38c457a49d421407e8',
         ct='9bc92ca803c67b28a11a4bee5a0c25'),
    dict(name='3GPP TS 35.203 KASUMI f8 test set 4', algo='KASUMI_F8',
         key='d3c5d592327fb11c4035c6680af8c6d1',
         count=0x398a59b4, bearer=0x5, direction=1, bits=253,
         iv='398a59b42c000000',
         pt='981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0',
         ct='5bb9431bb1e98bd11b93db7c3d45136559bb86a295aa204ecbebf6f7a5101510'),
    dict(name='3GPP TS 35.203 KASUMI f8 test set 5', algo='KASUMI_F8',
         key='6090eae04c83706eecbf652be8e36566',
         count=0x72a4f20f, bearer=0x9, direction=0, bits=837,
         iv='72a4f20f48000000',
         pt='40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b4'
            '1ab485472029b71d36bd1a3d90dc3a41b46d51672ac4c9663a2be063da4bc8d2'
            '808ce33e2cccbfc634e1b259060876a0fbb5a437ebcc8d31c19e4454318745e3'
            '987645987a986f2cb0',
         ct='ddb364dd2aaec24dff291957b78bad063ac579cd9041babe89fd195c0578cb9f'
            'de4217566178d20240206d07cfa619ec059f63514459fc10d42dc9934e56ebc0'
            'cbc60d4d2df174774cbdcd5da4a350317a7f12e1949471f8a295f272e68fc071'
            '59b07d8e2d26e45998'),
    dict(name='3GPP TS 35.203 KASUMI f9 test set 1', algo='KASUMI_F9',
         key='2bd6459f82c5b300952c49104881ff48',
         count=0x38a6f056, fresh=0x5d2ec49, direction=0, bits=189,
         msg='6b227737296f393c8079353edc87e2e805d2ec49a4f2d8e0',
         ps='38a6f05605d2ec496b227737296f393c8079353edc87e2e805d2ec49a4f2d8e2',
         mac='f63bd72c'),
    dict(name='3GPP TS 35.203 KASUMI f9 test set 2', algo='KASUMI_F9',
         key='d42f682428201cafcd9f97945e6de7b7',
         count=0x3edc87e2, fresh=0xa4f2d8e2, direction=1, bits=254,
         msg='b5924384328a4ae00b737109f8b6c8dd2b4db63dd533981ceb19aad52a5b2bc0',
         ps='3edc87e2a4f2d8e2b5924384328a4ae00b737109f8b6c8dd2b4db63dd533981c'
            'eb19aad52a5b2bc3',
         mac='a9daf1ff'),
    dict(name='3GPP TS 35.203 KASUMI f9 test set 3', algo='KASUMI_F9',
         key='fdb9cfdf28936cc483a31869d81b8fab',
         count=0x36af6144, fresh=0x9838f03a, direction=1, bits=319,
         msg='5932bc0ace2b0aba33d8ac188ac54f346fad10bf9dee2920b43bd0c53a915cb7'
             'df6caa72053abff2',
         ps='36af61449838f03a5932bc0ace2b0aba33d8ac188ac54f346fad10bf9dee2920'
            'b43bd0c53a915cb7df6caa72053abff38000000000000000',
         mac='1537d316'),
    dict(name='3GPP TS 35.203 KASUMI f9 test set 4', algo='KASUMI_F9',
         key='c736c6aab22bfff91e2698d2e22ad57e',
         count=0x14793e41, fresh=0x397e8fd, direction=1, bits=384,
         msg='d0a7d463df9fb2b278833fa02e235aa172bd970c1473e12907fb648b6599aaa0'
             'b24a038665422b20a499276a50427009',
         ps='14793e410397e8fdd0a7d463df9fb2b278833fa02e235aa172bd970c1473e129'
            '07fb648b6599aaa0b24a038665422b20a499276a50427009c000000000000000',
         mac='dd7dfadd'),
    dict(name='3GPP TS 35.203 KASUMI f9 test set 5', algo='KASUMI_F9',
         key='f4ebec69e73eaf2eb2cf6af4b3120ffd',
         count=0x296f393c, fresh=0x6b227737, direction=1, bits=1000,
         msg='10bfff839e0c71658dbb2d1707e145724f41c16f48bf403c3b18e38fd5d1663b'
             '6f6d900193e3cea8bb4f1b4f5be822032232a78d7d75238d5e6daecd3b4322cf'
             '59bc7ea84ab18811b5bfb7bc553f4fe44478ce287a14879990d18d12ca79d2c8'
             '55149021cd5ce8ca0371ca04fcce143e3d7cfee94585b5885cac46068b',
         ps='296f393c6b22773710bfff839e0c71658dbb2d1707e145724f41c16f48bf403c'
            '3b18e38fd5d1663b6f6d900193e3cea8bb4f1b4f5be822032232a78d7d75238d'
            '5e6daecd3b4322cf59bc7ea84ab18811b5bfb7bc553f4fe44478ce287a148799'
            '90d18d12ca79d2c855149021cd5ce8ca0371ca04fcce143e3d7cfee94585b588'
            '5cac46068bc00000',
         mac='c383839d'),
    dict(name='UEA2 & UIA2 Document 3 UEA2 test set 1', algo='SNOW3G_UEA2',
         key='2bd6459f82c5b300952c49104881ff48',
         count=0x72a4f20f, bearer=0xc, direction=1, bits=798,
         iv='72a4f20f6400000072a4f20f64000000',
         pt='7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346cef130f92'
            '922b03450d3a9975e5bd2ea0eb55ad8e1b199e3ec4316020e9a1b285e7627953'
            '59b7bdfd39bef4b2484583d5afe082aee638bf5fd5a606193901a08f4ab41aab'
            '9b134880',
         ct='8ceba62943dced3a0990b06ea1b0a2c4fb3cedc71b369f42ba64c1eb6665e72a'
            'a1c9bb0deaa20fe86058b8baee2c2e7f0becce48b52932a53c9d5f931a3a7c53'
            '2259af4325e2a65e3084ad5f6a513b7bddc1b65f0aa0d97a053db55a88c4c4f9'
            '605e4140'),
    dict(name='UEA2 & UIA2 Document 3 UEA2 test set 2', algo='SNOW3G_UEA2',
         key='efa8b2229e720c2a7c36ea55e9605695',
         count=0xe28bcf7b, bearer=0x18, direction=0, bits=510,
         iv='e28bcf7bc0000000e28bcf7bc0000000',
         pt='10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc5a8c550d'
            '1bfb2f494624fb50367fa36ce3bc68f11cf93b1510376b02130f812a9fa169d8',
         ct='e0da15ca8e2554f5e56c9468dc6c7c129c568aa5032317e04e0729646cabefa6'
            '89864c410f24f919e61e3dfdfad77e560db0a9cd36c34ae4181490b29f5fa2fc'),
    dict(name='UEA2 & UIA2 Document 3 UEA2 test set 3', algo='SNOW3G_UEA2',
         key='5acb1d644c0d51204ea5f1451010d852',
         count=0xfa556b26, bearer=0x3, direction=1, bits=120,
         iv='fa556b261c000000fa556b261c000000',
         pt='ad9c441f890b38c457a49d421407e8',
         ct='ba0f31300334c56b52a7497cbac046'),
    dict(name='UEA2 & UIA2 Document 3 UEA2 test set 4', algo='SNOW3G_UEA2',
         key='d3c5d592327fb11c4035c6680af8c6d1',
         count=0x398a59b4, bearer=0x5, direction=1, bits=253,
         iv='398a59b42c000000398a59b42c000000',
         pt='981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6dc66b1f0',
         ct='989b719cdc33ceb7cf276a52827cef94a56c40c0ab9d81f7a2a9bac60e11c4b0'),
    dict(name='UEA2 & UIA2 Document 3 UEA2 test set 5', algo='SNOW3G_UEA2',
         key='6090eae04c83706eecbf652be8e36566',
         count=0x72a4f20f, bearer=0x9, direction=0, bits=837,
         iv='72a4f20f4800000072a4f20f48000000',
         pt='40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104f08f01b4'
            '1ab485472029b71d36bd1a3d90dc3a41b46d51672ac4c9663a2be063da4bc8d2'
            '808ce33e2cccbfc634e1b259060876a0fbb5a437ebcc8d31c19e4454318745e3'
            '987645987a986f2cb0',
         ct='5892bba88bbbcaaeae769aa06b683d3a17cc04a369881697435e44fed5ff9af5'
            '7b9e890d4d5c64709885d48ae40690ec043baae9705796e4a9ff5a4b8d8b36d7'
            'f3fe57cc6cfd6cd005cd3852a85e94ce6bcd90d0d07839ce09733544ca8e3508'
            '43248550922ac12818'),
    dict(name='128-EEA3 & 128-EIA3 Document 3 EEA3 test set 1', algo='ZUC_EEA3',
         key='173d14ba5003731d7a60049470f00a29',
         count=0x66035492, bearer=0xf, direction=0, bits=193,
         iv='66035492780000006603549278000000',
         pt='6cf65340735552ab0c9752fa6f9025fe0bd675d9005875b200',
         ct='a6c85fc66afb8533aafc2518dfe784940ee1e4b030238cc800'),
    dict(name='128-EEA3 & 128-EIA3 Document 3 EEA3 test set 2', algo='ZUC_EEA3',
         key='e5bd3ea0eb55ade866c6ac58bd54302a',
         count=0x00056823, bearer=0x18, direction=1, bits=800,
         iv='00056823c400000000056823c4000000',
         pt='14a8ef693d678507bbe7270a7f67ff5006c3525b9807e467c4e56000ba338f5d'
            '429559036751822246c80d3b38f07f4be2d8ff5805f5132229bde93bbbdcaf38'
            '2bf1ee972fbf9977bada8945847a2a6c9ad34a667554e04d1f7fa2c33241bd8f'
            '01ba220d',
         ct='131d43e0dea1be5c5a1bfd971d852cbf712d7b4f57961fea3208afa8bca433f4'
            '56ad09c7417e58bc69cf8866d1353f74865e80781d202dfb3ecff7fcbc3b190f'
            'e82a204ed0e350fc0f6f2613b2f2bca6df5a473a57a4a00d985ebad880d6f238'
            '64a07b01'),
    dict(name='128-EEA3 & 128-EIA3 Document 3 EEA3 test set 3', algo='ZUC_EEA3',
         key='d4552a8fd6e61cc81a2009141a29c10b',
         count=0x76452ec1, bearer=0x2, direction=1, bits=1570,
         iv='76452ec11400000076452ec114000000',
         pt='38f07f4be2d8ff5805f5132229bde93bbbdcaf382bf1ee972fbf9977bada8945'
            '847a2a6c9ad34a667554e04d1f7fa2c33241bd8f01ba220d3ca4ec41e074595f'
            '54ae2b454fd971432043601965cca85c2417ed6cbec3bada84fc8a579aea7837'
            'b0271177242a64dc0a9de71a8edee86ca3d47d033d6bf539804eca86c584a905'
            '2de46ad3fced65543bd90207372b27afb79234f5ff43ea870820e2c2b78a8aae'
            '61cce52a0515e348d196664a3456b182a07c406e4a20791271cfeda165d535ec'
            '5ea2d4df40',
         ct='8383b0229fcc0b9d2295ec41c977e9c2bb72e220378141f9c8318f3a270dfbcd'
            'ee6411c2b3044f176dc6e00f8960f97afacd131ad6a3b49b16b7babcf2a509eb'
            'b16a75dcab14ff275dbeeea1a2b155f9d52c26452d0187c310a4ee55beaa78ab'
            '4024615ba9f5d5adc7728f73560671f013e5e550085d3291df7d5fecedded559'
            '641b6c2f585233bc71e9602bd2305855bbd25ffa7f17ecbc042daae38c1f57ad'
            '8e8ebd37346f71befdbb7432e0e0bb2cfc09bcd96570cb0c0c39df5e29294e82'
            '703a637f80'),
    dict(name='128-EEA3 & 128-EIA3 Document 3 EEA3 test set 4', algo='ZUC_EEA3',
         key='db84b4fbccda563b66227bfe456f0f77',
         count=0xe4850fe1, bearer=0x10, direction=1, bits=2798,
         iv='e4850fe184000000e4850fe184000000',
         pt='e539f3b8973240da03f2b8aa05ee0a00dbafc0e182055dfe3d7383d92cef40e9'
            '2928605d52d05f4f9018a1f189ae3997ce19155fb1221db8bb0951a853ad852c'
            'e16cff07382c93a157de00ddb125c7539fd85045e4ee07e0c43f9e9d6f414fc4'
            'd1c62917813f74c00fc83f3e2ed7c45ba5835264b43e0b20afda6b3053bfb642'
            '3b7fce25479ff5f139dd9b5b995558e2a56be18dd581cd017c735e6f0d0d97c4'
            'ddc1d1da70c6db4a12cc92778e2fbbd6f3ba52af91c9c6b64e8da4f7a2c266d0'
            '2d001753df08960393c5d56888bf49eb5c16d9a80427a416bcb597df5bfe6f13'
            '890a07ee1340e6476b0d9aa8f822ab0fd1ab0d204f40b7ce6f2e136eb67485e5'
            '07804d504588ad37ffd816568b2dc40311dfb654cdead47e2385c3436203dd83'
            '6f9c64d97462ad5dfa63b5cfe08acb9532866f5ca787566fca93e6b1693ee15c'
            'f6f7a2d689d9741798dc1c238e1be650733b18fb34ff880e16bbd21b47ac',
         ct='4bbfa91ba25d47db9a9f190d962a19ab323926b351fbd39e351e05da8b8925e3'
            '0b1cce0d1221101095815cc7cb6319509ec0d67940491987e13f0affac332aa6'
            'aa64626d3e9a1917519e0b97b655c6a165e44ca9feac0790d2a321ad3d86b79c'
            '5138739fa38d887ec7def449ce8abdd3e7f8dc4ca9e7b73314ad310f9025e619'
            '46b3a56dc649ec0da0d63943dff592cf962a7efb2c8524e35a2a6e7879d62604'
            'ef268695fa4003027e22e6083077522064bd4a5b906b5f531274f235ed506cff'
            '0154c754928a0ce5476f2cb1020a1222d32c1455ecaef1e368fb344d1735bfbe'
            'deb71d0a33a2a54b1da5a294e679144ddf11eb1a3de8cf0cc061917974f35c1d'
            '9ca0ac81807f8fcce6199a6c7712da865021b04ce0439516f1a526ccda9fd9ab'
            'bd53c3a684f9ae1e7ee6b11da138ea826c5516b5aadf1abbe36fa7fff92e3a11'
            '76064e8d95f2e4882b5500b93228b2194a475c1a27f63f9ffd264989a1bc'),
    dict(name='128-EEA3 & 128-EIA3 Document 3 EEA3 test set 5', algo='ZUC_EEA3',
         key='e13fed21b46e4e7ec31253b2bb17b3e0',
         count=0x2738cdaa, bearer=0x1a, direction=0, bits=4019,
         iv='2738cdaad00000002738cdaad0000000',
         pt='8d74e20d54894e06d3cb13cb3933065e8674be62adb1c72b3a646965ab63cb7b'
            '7854dfdc27e84929f49c64b872a490b13f957b64827e71f41fbd4269a42c97f8'
            '24537027f86e9f4ad82d1df451690fdd98b6d03f3a0ebe3a312d6b840ba5a182'
            '0b2a2c9709c090d245ed267cf845ae41fa975d3333ac3009fd40eba9eb5b8857'
            '14b768b697138baf21380eca49f644d48689e4215760b906739f0d2b3f091133'
            'ca15d981cbe401baf72d05ace05cccb2d297f4ef6a5f58d91246cfa77215b892'
            'ab441d5278452795ccb7f5d79057a1c4f77f80d46db2033cb79bedf8e60551ce'
            '10c667f62a97abafabbcd6772018df96a282ea737ce2cb331211f60d5354ce78'
            'f9918d9c206ca042c9b62387dd709604a50af16d8d35a8906be484cf2e74a928'
            '9940364353249b27b4c9ae29eddfc7da6418791a4e7baa0660fa64511f2d685c'
            'c3a5ff70e0d2b74292e3b8a0cd6b04b1c790b8ead2703708540dea2fc09c3da7'
            '70f65449e84d817a4f551055e19ab85018a0028b71a144d96791e9a357793350'
            '4eee0060340c69d274e1bf9d805dcbcc1a6faa976800b6ff2b671dc463652fa8'
            'a33ee50974c1c21be01eabb2167430269d72ee511c9dde30797c9a25d86ce74f'
            '5b961be5fdfb6807814039e7137636bd1d7fa9e09efd2007505906a5ac45dfde'
            'ed7757bbee745749c29633350bee0ea6f409df45801600',
         ct='94eaa4aa30a57137ddf09b97b25618a20a13e2f10fa5bf8161a879cc2ae797a6'
            'b4cf2d9df31debb9905ccfec97de605d21c61ab8531b7f3c9da5f03931f8a064'
            '2de48211f5f52ffea10f392a047669985da454a28f080961a6c2b62daa17f33c'
            'd60a4971f48d2d909394a55f48117ace43d708e6b77d3dc46d8bc017d4d1abb7'
            '7b7428c042b06f2f99d8d07c9879d99600127a31985f1099bbd7d6c1519ede8f'
            '5eeb4a610b349ac01ea2350691756bd105c974a53eddb35d1d4100b012e522ab'
            '41f4c5f2fde76b59cb8b96d885cfe4080d1328a0d636cc0edc05800b76acca8f'
            'ef672084d1f52a8bbd8e0993320992c7ffbae17c408441e0ee883fc8a8b05e22'
            'f5ff7f8d1b48c74c468c467a028f09fd7ce91109a570a2d5c4d5f4fa18c5dd3e'
            '4562afe24ef771901f59af645898acef088abae07e92d52eb2de55045bb1b7c4'
            '164ef2d7a6cac15eeb926d7ea2f08b66e1f759f3aee44614725aa3c7482b3084'
            '4c143ff85b53f1e583c501257dddd096b81268daa303f17234c2333541f0bb8e'
            '190648c5807c866d7193228609adb948686f7de294a802cc38f7fe5208f5ea31'
            '96d0167b9bdd02f0d2a5221ca508f893af5c4b4bb9f4f520fd84289b3dbe7e61'
            '497a7e2a584037ea637b6981127174af57b471df4b2768fd79c1540fb3edf2ea'
            '22cb69bec0cf8d933d9c6fdd645e850591cca3d62c0cc0'),
]

# Chains of the 3GPP test sets: an f9 set's PS, which passes through, then
# a cipher set's plaintext (one of whole bytes), encrypted; the digest is
# the f9 set's MAC-I in either order.  verify.py composes them.
THREEGPP_CHAIN = [
    dict(name='PS of TS 35.203 f9 set 4, then TS 35.203 f8 set 3, '
              'MAC then cipher',
         f9='3GPP TS 35.203 KASUMI f9 test set 4',
         cipher='3GPP TS 35.203 KASUMI f8 test set 3',
         order='HASH_THEN_CIPHER'),
    dict(name='PS of TS 35.203 f9 set 4, then TS 35.203 f8 set 3, '
              'cipher then MAC',
         f9='3GPP TS 35.203 KASUMI f9 test set 4',
         cipher='3GPP TS 35.203 KASUMI f8 test set 3',
         order='CIPHER_THEN_HASH'),
    dict(name='PS of TS 35.203 f9 set 1, then UEA2 Document 3 set 3, '
              'cipher then MAC',
         f9='3GPP TS 35.203 KASUMI f9 test set 1',
         cipher='UEA2 & UIA2 Document 3 UEA2 test set 3',
         order='CIPHER_THEN_HASH'),
    dict(name='PS of TS 35.203 f9 set 5, then 128-EEA3 Document 3 set 2, '
              'MAC then cipher',
         f9='3GPP TS 35.203 KASUMI f9 test set 5',
         cipher='128-EEA3 & 128-EIA3 Document 3 EEA3 test set 2',
         order='HASH_THEN_CIPHER'),
]
