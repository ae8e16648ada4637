# shellcheck shell=bash
# shellcheck source-path=SCRIPTDIR
# Shared by the guest tests and run-demo.sh: settings, the one QEMU command
# line, the tests' result lines, and the check of an AES-CBC answer.
_qemu_bin=${QEMU_BIN:-}  # config.sh sets QEMU_BIN; an environment value wins
. "$(dirname "${BASH_SOURCE[0]}")/../config.sh"
QEMU_BIN=${_qemu_bin:-$QEMU_BIN}
GUEST=$BUILD/guest
. "$(dirname "${BASH_SOURCE[0]}")/cases.sh"

hex() { od -An -v -tx1 | tr -d ' \n'; }

# The tests' results: check() prints one TAP-like line and counts it,
# finish() ends with "N passed, N failed" (and the console LOG's end if any
# failed), and fails if any did.
pass=0 fail=0
check() {  # WHAT CMD...: one line for the command's outcome
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
finish() {  # LOG
    if [ "$fail" -gt 0 ]; then  # the end of the console, long lines cut
        echo "# console ($1), last lines:"
        tail -n 30 "$1" | cut -c1-160 | sed 's/^/#   /'
    fi
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}

out_ok() {  # MODE KEYLEN LEN: the guest's QVC-OUT line in $LOG is openssl's ciphertext
    local got want
    got=$(grep -m1 "^QVC-OUT mode=$1 keylen=$2 len=$3 " "$LOG" | sed -n 's/.*sha256=//p')
    want=$(qvc_plain "$2" "$3" | openssl enc "-aes-$(($2 * 8))-cbc" -nopad \
        -K "$(qvc_key "$2" "$3")" -iv "$(qvc_iv "$2" "$3")" | sha256sum | cut -d' ' -f1)
    [ -n "$got" ] && [ "$got" = "$want" ] && return
    echo "# want $want got $got"
    return 1
}

# guest_boot LOG [KERNEL-ARGS...]: build the image if needed, boot it under
# TCG with a virtio-crypto device on the builtin backend, console to LOG.
# Returns QEMU's status (124: timed out after $GUEST_TIMEOUT s).
# QEMU_ACCEL: the -accel value (default tcg; the benchmark picks TCG's threading).
# QVC_BACKEND_OPTS: ",prop=value..." for the builtin backend object.
# QVC_IOTHREAD=1: the device serves its data queues in an IOThread, whose
# object takes QVC_IOTHREAD_OPTS (",poll-max-ns=0" ...).
# QVC_KERNEL, QVC_INITRD, QVC_MEM: another image to boot, its memory (MiB).
guest_boot() {
    local log=$1
    shift
    [ -x "$QEMU_BIN" ] || die "no QEMU at $QEMU_BIN (build it, or set QEMU_BIN)"
    [ -n "${QVC_INITRD:-}" ] || "$TOP/scripts/guest/image.sh"
    log "booting the guest on $QEMU_BIN (TCG), console -> $log"
    local iothread=() dev_opts=""
    if [ "${QVC_IOTHREAD:-0}" = 1 ]; then
        iothread=(-object "iothread,id=qvc-io0${QVC_IOTHREAD_OPTS:-}")
        dev_opts=,iothread=qvc-io0
    fi
    # shellcheck disable=SC2086  # QEMU_EXTRA_ARGS: extra words, e.g. "-L DIR"
    timeout "${GUEST_TIMEOUT:-300}" "$QEMU_BIN" \
        -machine q35 -accel "${QEMU_ACCEL:-tcg}" -m "${QVC_MEM:-512}" -nodefaults -nographic -serial stdio \
        -kernel "${QVC_KERNEL:-$GUEST/vmlinuz}" -initrd "${QVC_INITRD:-$GUEST/initramfs.gz}" \
        -append "console=ttyS0 quiet panic=-1 $*" -no-reboot \
        -object "cryptodev-backend-builtin,id=cryptodev0${QVC_BACKEND_OPTS:-}" \
        "${iothread[@]}" -device "virtio-crypto-pci,id=crypto0,cryptodev=cryptodev0$dev_opts" \
        ${QEMU_EXTRA_ARGS:-} </dev/null 2>&1 | tr -d '\r' >"$log"
}
