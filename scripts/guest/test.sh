#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Guest test: boot Linux on $QEMU_BIN with a virtio-crypto device, let the
# guest's /init (init.sh) drive the virtio_crypto driver through AF_ALG
# (kcapi-enc) and the kernel's keyring (keyctl), and check what it printed
# here on the host against openssl: the drivers' self-tests, AES-CBC in
# kcapi-enc's modes, and RSA with keys and inputs made here.  TAP-like
# lines, then "N passed, N failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"
KEYLENS=(16 24 32)
LENS=(16 64 4096 32768)
SPLICE_LENS=(65536 131072)
PARALLEL_LENS=(1024 2048 4096 8192 16384 32768 65536 131072)  # 8 at once
RSA_BITS=(1024 2048 4096)
RSA_HASHES=(none sha1 sha256)  # none: encryption only, the device's PKCS#1
DATA=$GUEST/data  # what the guest finds in /qvc
LOG=$GUEST/test.log
mkdir -p "$GUEST"

field() { tr ' ' '\n' <<<"$2" | sed -n "s/^$1=//p"; }  # NAME LINE -> value
case_line() { grep -m1 "^QVC-CASE keylen=$1 len=$2 " "$LOG"; }

enc_ok() {  # KEYLEN LEN: the guest's ciphertext is openssl's
    local got want
    got=$(field enc "$(case_line "$1" "$2")") || return 1
    want=$(qvc_plain "$1" "$2" | openssl enc "-aes-$(($1 * 8))-cbc" -nopad \
        -K "$(qvc_key "$1" "$2")" -iv "$(qvc_iv "$1" "$2")" | hex)
    [ "$got" = "$want" ] || { echo "# want ${want:0:64}... got ${got:0:64}..."; return 1; }
}
dec_ok() {  # KEYLEN LEN: decrypting gave the plaintext back
    local got
    got=$(field dec "$(case_line "$1" "$2")") || return 1
    [ "$got" = OK ] || [ "$got" = "$(qvc_plain "$1" "$2" | hex)" ] ||
        { echo "# decrypted: ${got:0:64}..."; return 1; }
}
rsa_data() {  # per key size: a key, and the inputs the guest's keyctl takes
    local bits h d
    for bits in "${RSA_BITS[@]}"; do
        d=$DATA/qvc/rsa/$bits
        mkdir -p "$d"
        [ -s "$GUEST/rsa-$bits.pem" ] || openssl genpkey -algorithm RSA \
            -pkeyopt "rsa_keygen_bits:$bits" -out "$GUEST/rsa-$bits.pem" 2>/dev/null
        openssl pkcs8 -topk8 -nocrypt -outform DER -in "$GUEST/rsa-$bits.pem" -out "$d/key.p8"
        printf 'a message for RSA-%s through virtio-crypto' "$bits" >"$d/msg"
        openssl pkeyutl -encrypt -inkey "$GUEST/rsa-$bits.pem" \
            -pkeyopt rsa_padding_mode:pkcs1 -in "$d/msg" -out "$d/ct"
        for h in sha1 sha256; do
            openssl dgst "-$h" -binary "$d/msg" >"$d/dgst-$h"
            openssl dgst "-$h" -binary "$d/ct" >"$d/other-$h"
            rsa_sign "$bits" "$h" "$d/dgst-$h" >"$d/sig-$h"
            # a good signature, of another digest
            rsa_sign "$bits" "$h" "$d/other-$h" >"$d/badsig-$h"
        done
    done
}
rsa_sign() {  # BITS HASH DIGEST-FILE: PKCS#1 v1.5, deterministic
    openssl pkeyutl -sign -inkey "$GUEST/rsa-$1.pem" -pkeyopt rsa_padding_mode:pkcs1 \
        -pkeyopt "digest:$2" -in "$3"
}
rsa_ok() {  # BITS HASH OP: the guest's keyctl did OP right
    local line rc out d=$DATA/qvc/rsa/$1
    line=$(grep -m1 "^QVC-RSA bits=$1 hash=$2 op=$3 " "$LOG") || return 1
    rc=$(field rc "$line") out=$(field out "$line")
    case $3 in
    verify-bad) [ "$rc" != 0 ] || { echo "# a wrong signature verified"; return 1; }; return 0 ;;
    *) [ "$rc" = 0 ] || { echo "# keyctl failed ($rc)"; return 1; } ;;
    esac
    case $3 in
    encrypt)  # our ciphertext decrypts to the message here
        [ "$(xxd -r -p <<<"$out" | openssl pkeyutl -decrypt -inkey "$GUEST/rsa-$1.pem" \
            -pkeyopt rsa_padding_mode:pkcs1 2>/dev/null | hex)" = "$(hex <"$d/msg")" ] ;;
    decrypt) [ "$out" = "$(hex <"$d/msg")" ] || { echo "# got $out"; return 1; } ;;
    sign) [ "$out" = "$(hex <"$d/sig-$2")" ] || { echo "# got ${out:0:64}..."; return 1; } ;;
    esac
}
rsa_driver_ok() {  # NAME: the keyring used this driver over ours
    grep -m1 '^QVC-RSA-DRIVERS ' "$LOG" | tr ' ' '\n' | grep -xF "$1" >/dev/null
}
own_pkcs1_ok() {  # the kernel made no pkcs1pad(rsa) of its own: it had ours
    ! rsa_driver_ok 'pkcs1pad(virtio-crypto-rsa)' && rsa_driver_ok virtio-pkcs1-rsa
}
initrd() {  # the image and our data as one initramfs (the kernel takes both)
    rm -rf "$DATA"
    rsa_data
    (cd "$DATA" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip >"$GUEST/data.gz"
    cat "$GUEST/initramfs.gz" "$GUEST/data.gz" >"$GUEST/test-initrd.gz"
}
selftest_ok() {  # the driver's /proc/crypto entry, as the guest printed it
    sed -n '/^QVC-PROC-BEGIN/,/^QVC-PROC-END/p' "$LOG" | grep -Eq '^selftest[[:space:]]*: passed$'
}

command -v openssl >/dev/null || die "openssl missing (run scripts/deps.sh)"
"$TOP/scripts/guest/image.sh"
initrd
rc=0
# QVC_BOOT: a command that boots the image instead (check-libvirt.sh's)
QVC_INITRD=$GUEST/test-initrd.gz ${QVC_BOOT:-guest_boot} "$LOG" "qvc.mode=test qvc.keylens=$(IFS=,; echo "${KEYLENS[*]}")" \
    "qvc.lens=$(IFS=,; echo "${LENS[*]}")" \
    "qvc.splice_lens=$(IFS=,; echo "${SPLICE_LENS[*]}")" \
    "qvc.parallel_lens=$(IFS=,; echo "${PARALLEL_LENS[*]}")" \
    "qvc.rsa_bits=$(IFS=,; echo "${RSA_BITS[*]}")" || rc=$?
check "guest booted and ran to the end (qemu status $rc)" grep -q '^QVC-GUEST-DONE' "$LOG"
check "virtio_crypto_aes_cbc registered, selftest passed" selftest_ok
check "virtio-crypto-rsa registered, selftest passed (kernel RSA vectors)" \
    grep -q '^QVC-RSA-SELFTEST passed' "$LOG"
for kl in "${KEYLENS[@]}"; do
    for len in "${LENS[@]}"; do
        check "encrypt keylen=$kl len=$len matches openssl" enc_ok "$kl" "$len"
        check "decrypt keylen=$kl len=$len gives the plaintext" dec_ok "$kl" "$len"
    done
done
for len in "${SPLICE_LENS[@]}"; do
    check "kcapi-enc -i, stdout (splice, empty descriptors) len=$len matches openssl" \
        out_ok splice 16 "$len"
    check "kcapi-enc -i -o (files) len=$len matches openssl" out_ok file 16 "$len"
done
for len in "${PARALLEL_LENS[@]}"; do
    check "kcapi-enc, ${#PARALLEL_LENS[@]} at once, len=$len matches openssl" \
        out_ok parallel 32 "$len"
done
for bits in "${RSA_BITS[@]}"; do
    for h in "${RSA_HASHES[@]}"; do
        ops=(encrypt decrypt)
        [ "$h" = none ] || ops+=(sign verify verify-bad)
        for op in "${ops[@]}"; do
            check "keyctl pkey_$op RSA-$bits enc=pkcs1 hash=$h" rsa_ok "$bits" "$h" "$op"
        done
    done
done
check "enc=pkcs1 without a hash ran on the device's own PKCS#1 (virtio-pkcs1-rsa)" \
    own_pkcs1_ok
check "with a hash, on the kernel's pkcs1pad over the device's raw RSA" \
    rsa_driver_ok 'pkcs1pad(virtio-crypto-rsa,sha1)'
finish "$LOG"
