#!/bin/sh
# shellcheck source-path=SCRIPTDIR
# /init of the guest image (busybox sh).  Loads virtio_crypto, checks that the
# kernel registered and self-tested its AES-CBC driver, then encrypts and
# decrypts through AF_ALG, naming the driver so that the kernel's own AES is
# never used.  Prints QVC-* lines on the console (ttyS0) for the host to check.
# Kernel arguments: qvc.mode=test|demo, qvc.keylens=16,24,32, qvc.lens=16,64,...
# qvc.mode=bench (scripts/bench/e2e.sh): qvc.sizes=64,..., qvc.streams=1,2,
# qvc.msec=N: AES-128-CBC throughput of our driver and of the kernel's own.
# qvc.mode=soak: qvc.rounds=N of AES-CBC over qvc.lens (check-libvirt.sh).
# No `set -e`: whatever fails, we must reach poweroff (init exiting = panic).
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t devtmpfs devtmpfs /dev
# The archive has no /dev/console node: take the console once devtmpfs is up.
exec </dev/console >/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sysfs /sys
# shellcheck source=cases.sh
. /cases.sh
DRV=virtio_crypto_aes_cbc

arg() {  # value of qvc.$1= on the kernel command line, commas -> spaces
    read -r cmdline </proc/cmdline
    for a in $cmdline; do
        case $a in "qvc.$1="*) echo "${a#*=}" | tr , ' ' ;; esac
    done
}

crypto_blocks() {  # the /proc/crypto entries whose driver matches regex $1
    awk -v re="$1" '
        /^$/ { if (hit) printf "%s\n", b; b = ""; hit = 0; next }
        { b = b $0 "\n" }
        $1 == "driver" && $3 ~ re { hit = 1 }
        END { if (hit) printf "%s", b }' /proc/crypto
}

selftest() { crypto_blocks "^$DRV\$" | awk '$1 == "selftest" { print $3 }'; }

hex() { xxd -p | tr -d '\n'; }

cipher() {  # enc|dec KEYHEX IVHEX <in >out, through our driver, by its name
    printf '%s' "$2" | xxd -r -p >/tmp/key
    kcapi-enc "--$1crypt" -c "$DRV" --iv "$3" --keyfd 3 3</tmp/key
}

run_case() {  # KEYLEN LEN
    key=$(qvc_key "$1" "$2") iv=$(qvc_iv "$1" "$2")
    qvc_plain "$1" "$2" >/tmp/pt
    cipher en "$key" "$iv" </tmp/pt >/tmp/ct || echo "QVC-ERROR encrypt $1 $2"
    cipher de "$key" "$iv" </tmp/ct >/tmp/dec || echo "QVC-ERROR decrypt $1 $2"
    if cmp -s /tmp/pt /tmp/dec; then dec=OK; else dec=$(hex </tmp/dec); fi
    echo "QVC-CASE keylen=$1 len=$2 key=$key iv=$iv enc=$(hex </tmp/ct) dec=$dec"
}

# MODE KEYLEN LEN: encrypt in one of kcapi-enc's other modes, print the
# ciphertext's sha256.  file: -i and -o, which kcapi-enc splices into AF_ALG
# and reads back in parts (60 KiB + 4 KiB for 64 KiB); Linux's driver then
# sends descriptors of length 0.  splice: -i, the answer to stdout.
out_case() {
    mode=$1 kl=$2 len=$3 f=/tmp/$1-$2-$3
    iv=$(qvc_iv "$kl" "$len")
    qvc_plain "$kl" "$len" >"$f.pt"
    qvc_key "$kl" "$len" | xxd -r -p >"$f.key"
    set -- kcapi-enc --encrypt -c "$DRV" --iv "$iv" --keyfd 3
    case $mode in
    file) "$@" -i "$f.pt" -o "$f.ct" ;;
    splice) "$@" -i "$f.pt" >"$f.ct" ;;
    *) "$@" <"$f.pt" >"$f.ct" ;;
    esac 3<"$f.key" || echo "QVC-ERROR $mode $kl $len"
    echo "QVC-OUT mode=$mode keylen=$kl len=$len sha256=$(sha256sum <"$f.ct" | cut -d' ' -f1)"
    rm -f "$f.pt" "$f.ct" "$f.key"
}

# LEN...: one stdin-to-stdout encryption per length, all at once
parallel_cases() {
    for len in "$@"; do
        out_case parallel 32 "$len" &
    done
    wait
}

# BITS: RSA through the kernel's keyring (keyctl pkey_*), which uses our
# drivers: without a hash, the device's own PKCS#1 padding (Linux 6.1's
# virtio-pkcs1-rsa is "pkcs1pad(rsa)"); with one, the kernel's pkcs1pad over
# the device's raw RSA.  The host made the key and the inputs (/qvc/rsa/BITS)
# and checks the outputs.
rsa_case() {
    d=/qvc/rsa/$1
    k=$(keyctl padd asymmetric "qvc-$1" @u <"$d/key.p8") ||
        { echo "QVC-ERROR keyctl padd $1"; return; }
    for h in none sha1 sha256; do
        opt=enc=pkcs1
        [ $h = none ] || opt="$opt hash=$h"
        # shellcheck disable=SC2086  # opt: one word per option
        {
            keyctl pkey_encrypt "$k" 0 "$d/msg" $opt >/tmp/out
            echo "QVC-RSA bits=$1 hash=$h op=encrypt rc=$? out=$(hex </tmp/out)"
            keyctl pkey_decrypt "$k" 0 "$d/ct" $opt >/tmp/out
            echo "QVC-RSA bits=$1 hash=$h op=decrypt rc=$? out=$(hex </tmp/out)"
            [ $h = none ] && continue
            keyctl pkey_sign "$k" 0 "$d/dgst-$h" $opt >/tmp/out
            echo "QVC-RSA bits=$1 hash=$h op=sign rc=$? out=$(hex </tmp/out)"
            keyctl pkey_verify "$k" 0 "$d/dgst-$h" "$d/sig-$h" $opt
            echo "QVC-RSA bits=$1 hash=$h op=verify rc=$?"
            keyctl pkey_verify "$k" 0 "$d/dgst-$h" "$d/badsig-$h" $opt 2>/dev/null
            echo "QVC-RSA bits=$1 hash=$h op=verify-bad rc=$?"
        }
    done
    keyctl unlink "$k" @u >/dev/null
}

demo() {  # what a person wants to see: the drivers and one round trip
    echo "QVC-DEMO-BEGIN"
    echo "Kernel $(uname -r) sees these virtio-crypto drivers in /proc/crypto:"
    echo
    crypto_blocks '^virtio'
    key=000102030405060708090a0b0c0d0e0f iv=0f0e0d0c0b0a09080706050403020100
    printf '%-48s' "Hello from the guest, via virtio-crypto!" >/tmp/pt
    echo "One AES-128-CBC round trip through AF_ALG, driver $DRV:"
    echo "  key        $key"
    echo "  iv         $iv"
    echo "  plaintext  '$(cat /tmp/pt)'"
    cipher en "$key" "$iv" </tmp/pt >/tmp/ct
    echo "  ciphertext $(hex </tmp/ct)"
    cipher de "$key" "$iv" </tmp/ct >/tmp/dec
    echo "  decrypted  '$(cat /tmp/dec)'"
    echo "QVC-DEMO-END"
}

# The firmware leaves escape sequences on the console's current line: start
# ours on a fresh one, so the host finds every marker at a line start.
echo

# No udev here, and the kernel's module auto-loading would need modules.alias
# entries we do not ship: load everything by hand.  libkcapi asks
# NETLINK_CRYPTO (crypto_user) about the cipher before it uses AF_ALG.
for m in virtio_pci virtio_crypto algif_skcipher crypto_user pkcs8_key_parser; do
    modprobe "$m" || echo "QVC-ERROR modprobe $m"
done
# The device probes and the self-test runs asynchronously: wait, bounded.
i=0
while [ "$(selftest)" != passed ] && [ $i -lt 60 ]; do
    sleep 0.5
    i=$((i + 1))
done

bench() {  # per stream count and size: our driver, then software AES
    echo "QVC-BENCH-BEGIN selftest=$(selftest) cpus=$(nproc)"
    for st in $(arg streams); do
        for size in $(arg sizes); do
            # the reference: the kernel's generic C AES (TCG has no AES-NI
            # by default, and aesni-intel is not in the image)
            for impl in "virtio $DRV" "sw cbc(aes-generic)"; do
                # shellcheck disable=SC2086  # IMPL DRIVER: two words
                qvc-afalg-bench $impl "$size" "$(arg msec)" "$st"
            done
        done
    done
    echo "QVC-BENCH-END"
}

# AES-CBC traffic for as long as the host wants to save and restore the
# VM under it: qvc.rounds=N rounds over qvc.lens, every answer printed
soak() {
    r=1
    while [ "$r" -le "$(arg rounds)" ]; do
        for len in $(arg lens); do
            out_case "r$r" 16 "$len"
        done
        r=$((r + 1))
    done
}

if [ "$(arg mode)" = demo ]; then
    demo
elif [ "$(arg mode)" = bench ]; then
    bench
elif [ "$(arg mode)" = soak ]; then
    soak
else
    echo "QVC-PROC-BEGIN"
    crypto_blocks "^$DRV\$"
    echo "QVC-PROC-END"
    st=$(selftest)
    echo "QVC-SELFTEST ${st:-missing}"
    # the kernel self-tests RSA with its own known answers through us too
    st=$(crypto_blocks '^virtio-crypto-rsa$' | awk '$1 == "selftest" { print $3 }')
    echo "QVC-RSA-SELFTEST ${st:-missing}"
    n=0
    for kl in $(arg keylens); do
        for len in $(arg lens); do
            run_case "$kl" "$len"
            n=$((n + 1))
        done
    done
    for len in $(arg splice_lens); do
        out_case splice 16 "$len"
        out_case file 16 "$len"
    done
    # shellcheck disable=SC2046  # one argument per length
    parallel_cases $(arg parallel_lens)
    for bits in $(arg rsa_bits); do
        rsa_case "$bits"
    done
    # which RSA drivers the keyring instantiated over ours
    echo "QVC-RSA-DRIVERS $(crypto_blocks 'virtio' | awk '$1 == "driver" { print $3 }' | tr '\n' ' ')"
fi
echo "QVC-GUEST-DONE cases=${n:-0}"
poweroff -f
