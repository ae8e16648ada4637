#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# `make run`: boot the guest with a virtio-crypto device and show what it sees:
# the virtio_crypto drivers in /proc/crypto and one AES-CBC round trip through
# the device, then check that ciphertext against the host's openssl.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
LOG=$GUEST/demo.log
mkdir -p "$GUEST"

rc=0
guest_boot "$LOG" qvc.mode=demo || rc=$?
if ! grep -q '^QVC-DEMO-END' "$LOG"; then
    echo "The guest did not finish (qemu status $rc). Console ($LOG), last lines:"
    tail -n 30 "$LOG" | cut -c1-160
    exit 1
fi
echo
sed -n '/^QVC-DEMO-BEGIN/,/^QVC-DEMO-END/{/^QVC-DEMO-/d;p}' "$LOG"

# The host's view of the same round trip.
val() { sed -n "s/^  $1 *//p" "$LOG" | sed -n 1p; }
want=$(printf '%s' "$(val plaintext | tr -d "'")" |
    openssl enc -aes-128-cbc -nopad -K "$(val key)" -iv "$(val iv)" | hex)
if [ "$want" = "$(val ciphertext)" ]; then
    echo "The host's openssl computes the same ciphertext."
else
    echo "MISMATCH: the host's openssl computes $want"
    exit 1
fi
