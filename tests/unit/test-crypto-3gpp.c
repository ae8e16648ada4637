/*
 * QEMU Crypto 3GPP algorithms: known answers from their test data
 *
 * Copyright (c) 2026 The qemu-virtio-crypto authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/iov.h"
#include "crypto/3gpp.h"
#include "crypto-hex.h"

/*
 * A test set: for the ciphers the IV, input and output of LENGTH bits;
 * for KASUMI f9 the padded string PS and MAC-I.
 */
typedef struct Vector3GPP {
    const char *name;
    QCrypto3GPPAlgo alg;
    const char *key;
    const char *iv;
    const char *in;
    unsigned bits;              /* LENGTH; 0 for f9 */
    const char *out;
} Vector3GPP;

static const Vector3GPP vectors[] = {
    {
        .name = "TS 35.203 f8 test set 1",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F8,
        .key = "2bd6459f82c5b300952c49104881ff48",
        /* COUNT 72a4f20f, BEARER 0c, DIRECTION 1 */
        .iv = "72a4f20f64000000",
        .in = "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346c"
              "ef130f92922b03450d3a9975e5bd2ea0eb55ad8e1b199e3ec4316020"
              "e9a1b285e762795359b7bdfd39bef4b2484583d5afe082aee638bf5f"
              "d5a606193901a08f4ab41aab9b134880",
        .bits = 798,
        .out = "d1e2de70eef86c6964fb542bc2d460aabfaa10a4a093262b7d199e70"
               "6fc2d4891553296910f3a973012682e41c4e2b02be2017b7253bbf93"
               "09de5819cb42e81956f4c99bc9765caf53b1d0bb8279826adbbc5522"
               "e915c120a618a5a7f5e897089339650c",
    },
    {
        .name = "TS 35.203 f8 test set 2",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F8,
        .key = "efa8b2229e720c2a7c36ea55e9605695",
        /* COUNT e28bcf7b, BEARER 18, DIRECTION 0 */
        .iv = "e28bcf7bc0000000",
        .in = "10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc"
              "5a8c550d1bfb2f494624fb50367fa36ce3bc68f11cf93b1510376b02"
              "130f812a9fa169d8",
        .bits = 510,
        .out = "3deacc7c15821caa89eecade9b5bd3614bd0c8419d710385ddbe5849"
               "ef1bac5ae8b14a5b0a6741521eb4e00bb9ecf3e9f7ccb9cae74152d7"
               "f4e2a034b6ea00ec",
    },
    {
        .name = "TS 35.203 f8 test set 3",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F8,
        .key = "5acb1d644c0d51204ea5f1451010d852",
        /* COUNT fa556b26, BEARER 03, DIRECTION 1 */
        .iv = "fa556b261c000000",
        .in = "ad9c441f890b38c457a49d421407e8",
        .bits = 120,
        .out = "9bc92ca803c67b28a11a4bee5a0c25",
    },
    {
        .name = "TS 35.203 f8 test set 4",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F8,
        .key = "d3c5d592327fb11c4035c6680af8c6d1",
        /* COUNT 398a59b4, BEARER 05, DIRECTION 1 */
        .iv = "398a59b42c000000",
        .in = "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6"
              "dc66b1f0",
        .bits = 253,
        .out = "5bb9431bb1e98bd11b93db7c3d45136559bb86a295aa204ecbebf6f7"
               "a5101510",
    },
    {
        .name = "TS 35.203 f8 test set 5",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F8,
        .key = "6090eae04c83706eecbf652be8e36566",
        /* COUNT 72a4f20f, BEARER 09, DIRECTION 0 */
        .iv = "72a4f20f48000000",
        .in = "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104"
              "f08f01b41ab485472029b71d36bd1a3d90dc3a41b46d51672ac4c966"
              "3a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0fbb5a437"
              "ebcc8d31c19e4454318745e3987645987a986f2cb0",
        .bits = 837,
        .out = "ddb364dd2aaec24dff291957b78bad063ac579cd9041babe89fd195c"
               "0578cb9fde4217566178d20240206d07cfa619ec059f63514459fc10"
               "d42dc9934e56ebc0cbc60d4d2df174774cbdcd5da4a350317a7f12e1"
               "949471f8a295f272e68fc07159b07d8e2d26e45998",
    },
    {
        .name = "TS 35.203 f9 test set 1",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F9,
        .key = "2bd6459f82c5b300952c49104881ff48",
        /* COUNT 38a6f056, FRESH 05d2ec49, DIRECTION 0, LENGTH 189 */
        .in = "38a6f05605d2ec496b227737296f393c8079353edc87e2e805d2ec49"
              "a4f2d8e2",
        .out = "f63bd72c",
    },
    {
        .name = "TS 35.203 f9 test set 2",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F9,
        .key = "d42f682428201cafcd9f97945e6de7b7",
        /* COUNT 3edc87e2, FRESH a4f2d8e2, DIRECTION 1, LENGTH 254 */
        .in = "3edc87e2a4f2d8e2b5924384328a4ae00b737109f8b6c8dd2b4db63d"
              "d533981ceb19aad52a5b2bc3",
        .out = "a9daf1ff",
    },
    {
        .name = "TS 35.203 f9 test set 3",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F9,
        .key = "fdb9cfdf28936cc483a31869d81b8fab",
        /* COUNT 36af6144, FRESH 9838f03a, DIRECTION 1, LENGTH 319 */
        .in = "36af61449838f03a5932bc0ace2b0aba33d8ac188ac54f346fad10bf"
              "9dee2920b43bd0c53a915cb7df6caa72053abff38000000000000000",
        .out = "1537d316",
    },
    {
        .name = "TS 35.203 f9 test set 4",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F9,
        .key = "c736c6aab22bfff91e2698d2e22ad57e",
        /* COUNT 14793e41, FRESH 0397e8fd, DIRECTION 1, LENGTH 384 */
        .in = "14793e410397e8fdd0a7d463df9fb2b278833fa02e235aa172bd970c"
              "1473e12907fb648b6599aaa0b24a038665422b20a499276a50427009"
              "c000000000000000",
        .out = "dd7dfadd",
    },
    {
        .name = "TS 35.203 f9 test set 5",
        .alg = QCRYPTO_3GPP_ALGO_KASUMI_F9,
        .key = "f4ebec69e73eaf2eb2cf6af4b3120ffd",
        /* COUNT 296f393c, FRESH 6b227737, DIRECTION 1, LENGTH 1000 */
        .in = "296f393c6b22773710bfff839e0c71658dbb2d1707e145724f41c16f"
              "48bf403c3b18e38fd5d1663b6f6d900193e3cea8bb4f1b4f5be82203"
              "2232a78d7d75238d5e6daecd3b4322cf59bc7ea84ab18811b5bfb7bc"
              "553f4fe44478ce287a14879990d18d12ca79d2c855149021cd5ce8ca"
              "0371ca04fcce143e3d7cfee94585b5885cac46068bc00000",
        .out = "c383839d",
    },
    {
        .name = "UEA2 Document 3 test set 1",
        .alg = QCRYPTO_3GPP_ALGO_SNOW3G_UEA2,
        .key = "2bd6459f82c5b300952c49104881ff48",
        /* COUNT 72a4f20f, BEARER 0c, DIRECTION 1 */
        .iv = "72a4f20f6400000072a4f20f64000000",
        .in = "7ec61272743bf1614726446a6c38ced166f6ca76eb5430044286346c"
              "ef130f92922b03450d3a9975e5bd2ea0eb55ad8e1b199e3ec4316020"
              "e9a1b285e762795359b7bdfd39bef4b2484583d5afe082aee638bf5f"
              "d5a606193901a08f4ab41aab9b134880",
        .bits = 798,
        .out = "8ceba62943dced3a0990b06ea1b0a2c4fb3cedc71b369f42ba64c1eb"
               "6665e72aa1c9bb0deaa20fe86058b8baee2c2e7f0becce48b52932a5"
               "3c9d5f931a3a7c532259af4325e2a65e3084ad5f6a513b7bddc1b65f"
               "0aa0d97a053db55a88c4c4f9605e4140",
    },
    {
        .name = "UEA2 Document 3 test set 2",
        .alg = QCRYPTO_3GPP_ALGO_SNOW3G_UEA2,
        .key = "efa8b2229e720c2a7c36ea55e9605695",
        /* COUNT e28bcf7b, BEARER 18, DIRECTION 0 */
        .iv = "e28bcf7bc0000000e28bcf7bc0000000",
        .in = "10111231e060253a43fd3f57e37607ab2827b599b6b1bbda37a8abcc"
              "5a8c550d1bfb2f494624fb50367fa36ce3bc68f11cf93b1510376b02"
              "130f812a9fa169d8",
        .bits = 510,
        .out = "e0da15ca8e2554f5e56c9468dc6c7c129c568aa5032317e04e072964"
               "6cabefa689864c410f24f919e61e3dfdfad77e560db0a9cd36c34ae4"
               "181490b29f5fa2fc",
    },
    {
        .name = "UEA2 Document 3 test set 3",
        .alg = QCRYPTO_3GPP_ALGO_SNOW3G_UEA2,
        .key = "5acb1d644c0d51204ea5f1451010d852",
        /* COUNT fa556b26, BEARER 03, DIRECTION 1 */
        .iv = "fa556b261c000000fa556b261c000000",
        .in = "ad9c441f890b38c457a49d421407e8",
        .bits = 120,
        .out = "ba0f31300334c56b52a7497cbac046",
    },
    {
        .name = "UEA2 Document 3 test set 4",
        .alg = QCRYPTO_3GPP_ALGO_SNOW3G_UEA2,
        .key = "d3c5d592327fb11c4035c6680af8c6d1",
        /* COUNT 398a59b4, BEARER 05, DIRECTION 1 */
        .iv = "398a59b42c000000398a59b42c000000",
        .in = "981ba6824c1bfb1ab485472029b71d808ce33e2cc3c0b5fc1f3de8a6"
              "dc66b1f0",
        .bits = 253,
        .out = "989b719cdc33ceb7cf276a52827cef94a56c40c0ab9d81f7a2a9bac6"
               "0e11c4b0",
    },
    {
        .name = "UEA2 Document 3 test set 5",
        .alg = QCRYPTO_3GPP_ALGO_SNOW3G_UEA2,
        .key = "6090eae04c83706eecbf652be8e36566",
        /* COUNT 72a4f20f, BEARER 09, DIRECTION 0 */
        .iv = "72a4f20f4800000072a4f20f48000000",
        .in = "40981ba6824c1bfb4286b299783daf442c099f7ab0f58d5c8e46b104"
              "f08f01b41ab485472029b71d36bd1a3d90dc3a41b46d51672ac4c966"
              "3a2be063da4bc8d2808ce33e2cccbfc634e1b259060876a0fbb5a437"
              "ebcc8d31c19e4454318745e3987645987a986f2cb0",
        .bits = 837,
        .out = "5892bba88bbbcaaeae769aa06b683d3a17cc04a369881697435e44fe"
               "d5ff9af57b9e890d4d5c64709885d48ae40690ec043baae9705796e4"
               "a9ff5a4b8d8b36d7f3fe57cc6cfd6cd005cd3852a85e94ce6bcd90d0"
               "d07839ce09733544ca8e350843248550922ac12818",
    },
    {
        .name = "128-EEA3 Document 3 test set 1",
        .alg = QCRYPTO_3GPP_ALGO_ZUC_EEA3,
        .key = "173d14ba5003731d7a60049470f00a29",
        /* COUNT 66035492, BEARER 0f, DIRECTION 0 */
        .iv = "66035492780000006603549278000000",
        .in = "6cf65340735552ab0c9752fa6f9025fe0bd675d9005875b200",
        .bits = 193,
        .out = "a6c85fc66afb8533aafc2518dfe784940ee1e4b030238cc800",
    },
    {
        .name = "128-EEA3 Document 3 test set 2",
        .alg = QCRYPTO_3GPP_ALGO_ZUC_EEA3,
        .key = "e5bd3ea0eb55ade866c6ac58bd54302a",
        /* COUNT 00056823, BEARER 18, DIRECTION 1 */
        .iv = "00056823c400000000056823c4000000",
        .in = "14a8ef693d678507bbe7270a7f67ff5006c3525b9807e467c4e56000"
              "ba338f5d429559036751822246c80d3b38f07f4be2d8ff5805f51322"
              "29bde93bbbdcaf382bf1ee972fbf9977bada8945847a2a6c9ad34a66"
              "7554e04d1f7fa2c33241bd8f01ba220d",
        .bits = 800,
        .out = "131d43e0dea1be5c5a1bfd971d852cbf712d7b4f57961fea3208afa8"
               "bca433f456ad09c7417e58bc69cf8866d1353f74865e80781d202dfb"
               "3ecff7fcbc3b190fe82a204ed0e350fc0f6f2613b2f2bca6df5a473a"
               "57a4a00d985ebad880d6f23864a07b01",
    },
    {
        .name = "128-EEA3 Document 3 test set 3",
        .alg = QCRYPTO_3GPP_ALGO_ZUC_EEA3,
        .key = "d4552a8fd6e61cc81a2009141a29c10b",
        /* COUNT 76452ec1, BEARER 02, DIRECTION 1 */
        .iv = "76452ec11400000076452ec114000000",
        .in = "38f07f4be2d8ff5805f5132229bde93bbbdcaf382bf1ee972fbf9977"
              "bada8945847a2a6c9ad34a667554e04d1f7fa2c33241bd8f01ba220d"
              "3ca4ec41e074595f54ae2b454fd971432043601965cca85c2417ed6c"
              "bec3bada84fc8a579aea7837b0271177242a64dc0a9de71a8edee86c"
              "a3d47d033d6bf539804eca86c584a9052de46ad3fced65543bd90207"
              "372b27afb79234f5ff43ea870820e2c2b78a8aae61cce52a0515e348"
              "d196664a3456b182a07c406e4a20791271cfeda165d535ec5ea2d4df"
              "40",
        .bits = 1570,
        .out = "8383b0229fcc0b9d2295ec41c977e9c2bb72e220378141f9c8318f3a"
               "270dfbcdee6411c2b3044f176dc6e00f8960f97afacd131ad6a3b49b"
               "16b7babcf2a509ebb16a75dcab14ff275dbeeea1a2b155f9d52c2645"
               "2d0187c310a4ee55beaa78ab4024615ba9f5d5adc7728f73560671f0"
               "13e5e550085d3291df7d5fecedded559641b6c2f585233bc71e9602b"
               "d2305855bbd25ffa7f17ecbc042daae38c1f57ad8e8ebd37346f71be"
               "fdbb7432e0e0bb2cfc09bcd96570cb0c0c39df5e29294e82703a637f"
               "80",
    },
    {
        .name = "128-EEA3 Document 3 test set 4",
        .alg = QCRYPTO_3GPP_ALGO_ZUC_EEA3,
        .key = "db84b4fbccda563b66227bfe456f0f77",
        /* COUNT e4850fe1, BEARER 10, DIRECTION 1 */
        .iv = "e4850fe184000000e4850fe184000000",
        .in = "e539f3b8973240da03f2b8aa05ee0a00dbafc0e182055dfe3d7383d9"
              "2cef40e92928605d52d05f4f9018a1f189ae3997ce19155fb1221db8"
              "bb0951a853ad852ce16cff07382c93a157de00ddb125c7539fd85045"
              "e4ee07e0c43f9e9d6f414fc4d1c62917813f74c00fc83f3e2ed7c45b"
              "a5835264b43e0b20afda6b3053bfb6423b7fce25479ff5f139dd9b5b"
              "995558e2a56be18dd581cd017c735e6f0d0d97c4ddc1d1da70c6db4a"
              "12cc92778e2fbbd6f3ba52af91c9c6b64e8da4f7a2c266d02d001753"
              "df08960393c5d56888bf49eb5c16d9a80427a416bcb597df5bfe6f13"
              "890a07ee1340e6476b0d9aa8f822ab0fd1ab0d204f40b7ce6f2e136e"
              "b67485e507804d504588ad37ffd816568b2dc40311dfb654cdead47e"
              "2385c3436203dd836f9c64d97462ad5dfa63b5cfe08acb9532866f5c"
              "a787566fca93e6b1693ee15cf6f7a2d689d9741798dc1c238e1be650"
              "733b18fb34ff880e16bbd21b47ac",
        .bits = 2798,
        .out = "4bbfa91ba25d47db9a9f190d962a19ab323926b351fbd39e351e05da"
               "8b8925e30b1cce0d1221101095815cc7cb6319509ec0d67940491987"
               "e13f0affac332aa6aa64626d3e9a1917519e0b97b655c6a165e44ca9"
               "feac0790d2a321ad3d86b79c5138739fa38d887ec7def449ce8abdd3"
               "e7f8dc4ca9e7b73314ad310f9025e61946b3a56dc649ec0da0d63943"
               "dff592cf962a7efb2c8524e35a2a6e7879d62604ef268695fa400302"
               "7e22e6083077522064bd4a5b906b5f531274f235ed506cff0154c754"
               "928a0ce5476f2cb1020a1222d32c1455ecaef1e368fb344d1735bfbe"
               "deb71d0a33a2a54b1da5a294e679144ddf11eb1a3de8cf0cc0619179"
               "74f35c1d9ca0ac81807f8fcce6199a6c7712da865021b04ce0439516"
               "f1a526ccda9fd9abbd53c3a684f9ae1e7ee6b11da138ea826c5516b5"
               "aadf1abbe36fa7fff92e3a1176064e8d95f2e4882b5500b93228b219"
               "4a475c1a27f63f9ffd264989a1bc",
    },
    {
        .name = "128-EEA3 Document 3 test set 5",
        .alg = QCRYPTO_3GPP_ALGO_ZUC_EEA3,
        .key = "e13fed21b46e4e7ec31253b2bb17b3e0",
        /* COUNT 2738cdaa, BEARER 1a, DIRECTION 0 */
        .iv = "2738cdaad00000002738cdaad0000000",
        .in = "8d74e20d54894e06d3cb13cb3933065e8674be62adb1c72b3a646965"
              "ab63cb7b7854dfdc27e84929f49c64b872a490b13f957b64827e71f4"
              "1fbd4269a42c97f824537027f86e9f4ad82d1df451690fdd98b6d03f"
              "3a0ebe3a312d6b840ba5a1820b2a2c9709c090d245ed267cf845ae41"
              "fa975d3333ac3009fd40eba9eb5b885714b768b697138baf21380eca"
              "49f644d48689e4215760b906739f0d2b3f091133ca15d981cbe401ba"
              "f72d05ace05cccb2d297f4ef6a5f58d91246cfa77215b892ab441d52"
              "78452795ccb7f5d79057a1c4f77f80d46db2033cb79bedf8e60551ce"
              "10c667f62a97abafabbcd6772018df96a282ea737ce2cb331211f60d"
              "5354ce78f9918d9c206ca042c9b62387dd709604a50af16d8d35a890"
              "6be484cf2e74a9289940364353249b27b4c9ae29eddfc7da6418791a"
              "4e7baa0660fa64511f2d685cc3a5ff70e0d2b74292e3b8a0cd6b04b1"
              "c790b8ead2703708540dea2fc09c3da770f65449e84d817a4f551055"
              "e19ab85018a0028b71a144d96791e9a3577933504eee0060340c69d2"
              "74e1bf9d805dcbcc1a6faa976800b6ff2b671dc463652fa8a33ee509"
              "74c1c21be01eabb2167430269d72ee511c9dde30797c9a25d86ce74f"
              "5b961be5fdfb6807814039e7137636bd1d7fa9e09efd2007505906a5"
              "ac45dfdeed7757bbee745749c29633350bee0ea6f409df45801600",
        .bits = 4019,
        .out = "94eaa4aa30a57137ddf09b97b25618a20a13e2f10fa5bf8161a879cc"
               "2ae797a6b4cf2d9df31debb9905ccfec97de605d21c61ab8531b7f3c"
               "9da5f03931f8a0642de48211f5f52ffea10f392a047669985da454a2"
               "8f080961a6c2b62daa17f33cd60a4971f48d2d909394a55f48117ace"
               "43d708e6b77d3dc46d8bc017d4d1abb77b7428c042b06f2f99d8d07c"
               "9879d99600127a31985f1099bbd7d6c1519ede8f5eeb4a610b349ac0"
               "1ea2350691756bd105c974a53eddb35d1d4100b012e522ab41f4c5f2"
               "fde76b59cb8b96d885cfe4080d1328a0d636cc0edc05800b76acca8f"
               "ef672084d1f52a8bbd8e0993320992c7ffbae17c408441e0ee883fc8"
               "a8b05e22f5ff7f8d1b48c74c468c467a028f09fd7ce91109a570a2d5"
               "c4d5f4fa18c5dd3e4562afe24ef771901f59af645898acef088abae0"
               "7e92d52eb2de55045bb1b7c4164ef2d7a6cac15eeb926d7ea2f08b66"
               "e1f759f3aee44614725aa3c7482b30844c143ff85b53f1e583c50125"
               "7dddd096b81268daa303f17234c2333541f0bb8e190648c5807c866d"
               "7193228609adb948686f7de294a802cc38f7fe5208f5ea3196d0167b"
               "9bdd02f0d2a5221ca508f893af5c4b4bb9f4f520fd84289b3dbe7e61"
               "497a7e2a584037ea637b6981127174af57b471df4b2768fd79c1540f"
               "b3edf2ea22cb69bec0cf8d933d9c6fdd645e850591cca3d62c0cc0",
    },
};

static const char *const alg_names[QCRYPTO_3GPP_ALGO__MAX] = {
    [QCRYPTO_3GPP_ALGO_KASUMI_F8] = "kasumi-f8",
    [QCRYPTO_3GPP_ALGO_KASUMI_F9] = "kasumi-f9",
    [QCRYPTO_3GPP_ALGO_SNOW3G_UEA2] = "snow3g-uea2",
    [QCRYPTO_3GPP_ALGO_ZUC_EEA3] = "zuc-eea3",
};

/* The leading @bits bits of @a and @b are equal */
static void assert_bits_equal(const uint8_t *a, const uint8_t *b,
                              unsigned bits)
{
    size_t whole = bits / 8;
    uint8_t mask = 0xff << (8 - bits % 8);

    g_assert_cmpmem(a, whole, b, whole);
    if (bits % 8) {
        g_assert_cmphex(a[whole] & mask, ==, b[whole] & mask);
    }
}

/* Encrypt out of place, then decrypt in place: both give the test set's */
static void test_cipher(const void *opaque)
{
    const Vector3GPP *v = opaque;
    size_t nkey, niv, nin, nout;
    g_autofree uint8_t *key = unhex(v->key, &nkey);
    g_autofree uint8_t *iv = unhex(v->iv, &niv);
    g_autofree uint8_t *in = unhex(v->in, &nin);
    g_autofree uint8_t *out = unhex(v->out, &nout);
    g_autofree uint8_t *buf = g_malloc0(nin);
    g_autoptr(QCrypto3GPP) ctx = qcrypto_3gpp_new(v->alg, key, nkey,
                                                  &error_abort);

    g_assert_cmpuint(nin, ==, DIV_ROUND_UP(v->bits, 8));
    g_assert_cmpuint(nout, ==, nin);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, in, buf, nin,
                                       &error_abort), ==, 0);
    assert_bits_equal(buf, out, v->bits);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, nin,
                                       &error_abort), ==, 0);
    assert_bits_equal(buf, in, v->bits);
}

/* The MAC of PS whole, in pieces, and cut to its leading bytes */
static void test_mac(const void *opaque)
{
    const Vector3GPP *v = opaque;
    size_t nkey, nps, nmac, cut;
    g_autofree uint8_t *key = unhex(v->key, &nkey);
    g_autofree uint8_t *ps = unhex(v->in, &nps);
    g_autofree uint8_t *mac = unhex(v->out, &nmac);
    uint8_t got[QCRYPTO_3GPP_MAC_LEN];
    g_autoptr(QCrypto3GPP) ctx = qcrypto_3gpp_new(v->alg, key, nkey,
                                                  &error_abort);
    struct iovec whole = { ps, nps };
    struct iovec pieces[3] = {
        { ps, 1 }, { ps + 1, nps / 2 }, { ps + 1 + nps / 2, nps / 2 - 1 },
    };

    g_assert_cmpuint(nmac, ==, QCRYPTO_3GPP_MAC_LEN);
    g_assert_cmpint(qcrypto_3gpp_macv(ctx, &whole, 1, got, sizeof(got),
                                      &error_abort), ==, 0);
    g_assert_cmpmem(got, sizeof(got), mac, nmac);
    memset(got, 0, sizeof(got));
    g_assert_cmpint(qcrypto_3gpp_macv(ctx, pieces, 3, got, sizeof(got),
                                      &error_abort), ==, 0);
    g_assert_cmpmem(got, sizeof(got), mac, nmac);
    for (cut = 1; cut < QCRYPTO_3GPP_MAC_LEN; cut++) {
        memset(got, 0, sizeof(got));
        g_assert_cmpint(qcrypto_3gpp_macv(ctx, &whole, 1, got, cut,
                                          &error_abort), ==, 0);
        g_assert_cmpmem(got, cut, mac, cut);
        g_assert_cmphex(got[cut], ==, 0);
    }
}

/* Keys, IVs, lengths and operations each algorithm refuses */
static void test_refused(const void *opaque)
{
    QCrypto3GPPAlgo alg = GPOINTER_TO_INT(opaque);
    size_t max = qcrypto_3gpp_max_len(alg), niv = qcrypto_3gpp_iv_len(alg);
    uint8_t key[QCRYPTO_3GPP_KEY_LEN + 1] = { 0 }, iv[17] = { 0 };
    g_autofree uint8_t *buf = g_malloc0(MIN(max, 65536) + 8);
    g_autoptr(QCrypto3GPP) ctx = NULL;
    struct iovec iov = { buf, 0 };
    uint8_t mac[QCRYPTO_3GPP_MAC_LEN + 1];
    Error *err = NULL;

    g_assert_null(qcrypto_3gpp_new(alg, key, QCRYPTO_3GPP_KEY_LEN - 1, &err));
    error_free_or_abort(&err);
    g_assert_null(qcrypto_3gpp_new(alg, key, QCRYPTO_3GPP_KEY_LEN + 1, &err));
    error_free_or_abort(&err);
    ctx = qcrypto_3gpp_new(alg, key, QCRYPTO_3GPP_KEY_LEN, &error_abort);

    if (alg == QCRYPTO_3GPP_ALGO_KASUMI_F9) {
        /* no cipher; PS of 2 to max / 8 whole blocks; MACs of 1 to 4 */
        g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, 0, buf, buf, 8, &err),
                        ==, -1);
        error_free_or_abort(&err);
        for (iov.iov_len = 0; iov.iov_len <= max + 8; iov.iov_len++) {
            bool ok = iov.iov_len >= 16 && iov.iov_len <= max &&
                      iov.iov_len % 8 == 0;

            g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 4,
                                              ok ? &error_abort : &err),
                            ==, ok ? 0 : -1);
            if (!ok) {
                error_free_or_abort(&err);
            }
        }
        iov.iov_len = 16;
        g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 0, &err), ==, -1);
        error_free_or_abort(&err);
        g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 5, &err), ==, -1);
        error_free_or_abort(&err);
        return;
    }

    /* no MAC; IVs of the one length; up to max bytes, none included */
    iov.iov_len = 16;
    g_assert_cmpint(qcrypto_3gpp_macv(ctx, &iov, 1, mac, 4, &err), ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv - 1, buf, buf, 8, &err),
                    ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv + 1, buf, buf, 8, &err),
                    ==, -1);
    error_free_or_abort(&err);
    g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, 0,
                                       &error_abort), ==, 0);
    if (max < 65536) {
        g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, max,
                                           &error_abort), ==, 0);
        g_assert_cmpint(qcrypto_3gpp_crypt(ctx, iv, niv, buf, buf, max + 1,
                                           &err), ==, -1);
        error_free_or_abort(&err);
    }
}

/* A build without a library for them has none, and makes no context */
static void test_absent(void)
{
    uint8_t key[QCRYPTO_3GPP_KEY_LEN] = { 0 };
    Error *err = NULL;
    int alg;

    for (alg = 0; alg < QCRYPTO_3GPP_ALGO__MAX; alg++) {
        g_assert_false(qcrypto_3gpp_supports(alg));
        g_assert_null(qcrypto_3gpp_new(alg, key, sizeof(key), &err));
        error_free_or_abort(&err);
    }
}

int main(int argc, char **argv)
{
    size_t i;
    int alg;

    g_test_init(&argc, &argv, NULL);
    for (alg = 0; alg < QCRYPTO_3GPP_ALGO__MAX; alg++) {
#ifdef CONFIG_IPSEC_MB
        /* ipsec-mb runs on any CPU with these; a build with it has all */
        if (__builtin_cpu_supports("sse4.2") && __builtin_cpu_supports("aes") &&
            __builtin_cpu_supports("pclmul")) {
            g_assert_true(qcrypto_3gpp_supports(alg));
        }
#endif
        if (qcrypto_3gpp_supports(alg)) {
            g_autofree char *path = g_strdup_printf("/crypto/3gpp/%s/refused",
                                                    alg_names[alg]);

            g_test_add_data_func(path, GINT_TO_POINTER(alg), test_refused);
        }
    }
    if (!qcrypto_3gpp_supports(QCRYPTO_3GPP_ALGO_KASUMI_F8)) {
        g_test_add_func("/crypto/3gpp/absent", test_absent);
    }
    for (i = 0; i < ARRAY_SIZE(vectors); i++) {
        const Vector3GPP *v = &vectors[i];
        g_autofree char *path = NULL;

        if (!qcrypto_3gpp_supports(v->alg)) {
            continue;
        }
        path = g_strdup_printf("/crypto/3gpp/%s/%s", alg_names[v->alg],
                               v->name);
        g_test_add_data_func(path, v, v->alg == QCRYPTO_3GPP_ALGO_KASUMI_F9
                             ? test_mac : test_cipher);
    }
    return g_test_run();
}
