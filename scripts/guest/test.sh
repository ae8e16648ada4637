#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Guest test: boot Linux on $QEMU_BIN with a virtio-crypto device, let the
# guest's /init (init.sh) drive the virtio_crypto driver through AF_ALG, and
# check what it printed here on the host: the driver's self-test, and every
# case's ciphertext against openssl.  TAP-like lines, then "N passed, N failed".
set -euo pipefail
. "$(dirname "$0")/lib.sh"
KEYLENS=(16 24 32)
LENS=(16 64 4096 32768)
SPLICE_LENS=(65536 131072)
LOG=$GUEST/test.log
mkdir -p "$GUEST"

pass=0 fail=0
check() {  # WHAT CMD...: one TAP-like line for the command's outcome
    local what=$1
    shift
    if "$@"; then
        echo "ok - $what"
        pass=$((pass + 1))
    else
        echo "not ok - $what"
        fail=$((fail + 1))
    fi
}
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
splice_ok() {  # LEN: kcapi-enc -i (splice) gave openssl's ciphertext
    local got want
    got=$(grep -m1 "^QVC-SPLICE keylen=16 len=$1 " "$LOG" | sed -n 's/.*sha256=//p')
    want=$(qvc_plain 16 "$1" | openssl enc -aes-128-cbc -nopad \
        -K "$(qvc_key 16 "$1")" -iv "$(qvc_iv 16 "$1")" | sha256sum | cut -d' ' -f1)
    [ -n "$got" ] && [ "$got" = "$want" ] || { echo "# want $want got $got"; return 1; }
}
selftest_ok() {  # the driver's /proc/crypto entry, as the guest printed it
    sed -n '/^QVC-PROC-BEGIN/,/^QVC-PROC-END/p' "$LOG" | grep -Eq '^selftest[[:space:]]*: passed$'
}

command -v openssl >/dev/null || die "openssl missing (run scripts/deps.sh)"
rc=0
guest_boot "$LOG" "qvc.mode=test qvc.keylens=$(IFS=,; echo "${KEYLENS[*]}")" \
    "qvc.lens=$(IFS=,; echo "${LENS[*]}")" \
    "qvc.splice_lens=$(IFS=,; echo "${SPLICE_LENS[*]}")" || rc=$?
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
    check "kcapi-enc -i (splice, empty descriptors) len=$len matches openssl" \
        splice_ok "$len"
done
if [ "$fail" -gt 0 ]; then  # show the end of the console, long lines cut
    echo "# console ($LOG), last lines:"
    tail -n 30 "$LOG" | cut -c1-160 | sed 's/^/#   /'
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
