#!/bin/sh
# /init of the DPDK guest image (busybox sh).  Hands the virtio-crypto
# device to uio_pci_generic and runs DPDK 22.11's clients on it: dpdk-test's
# cryptodev_virtio_autotest, and dpdk-test-crypto-perf in verify mode
# against vectors the host made (/qvc/dpdk) and in throughput mode.
# Prints QVC-* lines on the console (ttyS0) for the host to check.
# Kernel arguments: qvc.mode=test|bench, qvc.sizes=64,1024, qvc.ops=N,
# qvc.rounds=N (bench: each throughput test that often).
# No `set -e`: whatever fails, we must reach poweroff (init exiting = panic).
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t devtmpfs devtmpfs /dev
exec </dev/console >/dev/console 2>&1
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mkdir -p /dev/hugepages /var/run  # the EAL keeps its runtime files there
mount -t hugetlbfs nodev /dev/hugepages
echo

arg() {  # value of qvc.$1= on the kernel command line, commas -> spaces
    read -r cmdline </proc/cmdline
    for a in $cmdline; do
        case $a in "qvc.$1="*) echo "${a#*=}" | tr , ' ' ;; esac
    done
}

# The device (1af4:1054, virtio 1.0 crypto) goes to uio_pci_generic: no
# virtio driver in this image takes it first.
modprobe uio_pci_generic || echo "QVC-ERROR modprobe uio_pci_generic"
echo "1af4 1054" >/sys/bus/pci/drivers/uio_pci_generic/new_id
bdf=
for d in /sys/bus/pci/devices/*; do
    [ "$(cat "$d/vendor")" = 0x1af4 ] && [ "$(cat "$d/device")" = 0x1054 ] && bdf=${d##*/}
done
echo "QVC-DPDK-DEVICE bdf=${bdf:-none} driver=$(basename "$(readlink "/sys/bus/pci/devices/$bdf/driver")")"

# The EAL on the guest's one vCPU: crypto-perf wants a worker lcore besides
# the main one, so both run there.
EAL="--lcores 0@0,1@0 -a $bdf --no-telemetry --log-level=lib.eal:error"

# Seconds a client may run: a device that stops answering must not hang
# the boot (the PMD polls forever), and the runs after it still report.
LIMIT=300

run() {  # NAME CMD...: CMD's output between markers, its status and seconds
    name=$1
    shift
    echo "QVC-DPDK-BEGIN $name"
    read -r t0 _ </proc/uptime
    "$@"
    rc=$?
    read -r t1 _ </proc/uptime
    echo  # (dpdk-test leaves its prompt unterminated)
    echo "QVC-DPDK-END $name rc=$rc s=$(echo "$t0 $t1" | awk '{ printf "%.1f", $2 - $1 }')"
}

# CMD...: run it with its main lcore asleep while the worker runs.
# crypto-perf's main lcore busy-waits for the worker on the same vCPU; the
# two would share it by the scheduler's whims, and throughput would swing
# by 2x from run to run (see dpdk-idle-main.c).
worker_first() {
    env LD_PRELOAD=/usr/lib/qvc/dpdk-idle-main.so timeout "$LIMIT" "$@"
}

perf() {  # NAME PTEST OPTYPE SIZE [OPTS...]: one dpdk-test-crypto-perf run
    ptest=$2 optype=$3 size=$4
    set -- "$1" --ptest "$ptest" --devtype crypto_virtio --optype "$optype" \
        --cipher-algo aes-cbc --cipher-op encrypt --cipher-key-sz 16 \
        --cipher-iv-sz 16 --buffer-sz "$size" --burst-sz 32 \
        --total-ops "$(arg ops)" "$@"
    [ "$optype" = cipher-only ] ||
        set -- "$@" --auth-algo sha1-hmac --auth-op generate --auth-key-sz 64 --digest-sz 20
    name=$1
    shift
    # shellcheck disable=SC2086  # EAL: one option a word
    run "$name" worker_first dpdk-test-crypto-perf $EAL -- "$@"
}

verify() {  # OPTYPE SIZE VECTOR NAME
    perf "$4" verify "$1" "$2" --test-file "/qvc/dpdk/$3.data" --test-name hmac-sha1
}

if [ "$(arg mode)" = bench ]; then
    r=0
    while [ $r -lt "$(arg rounds)" ]; do
        for size in $(arg sizes); do
            perf "perf-throughput-cipher-only-$size" throughput cipher-only "$size"
            perf "perf-throughput-cipher-then-auth-$size" throughput cipher-then-auth "$size"
        done
        r=$((r + 1))
    done
else
    # dpdk-enotsup.so: DPDK's fix for a session the PMD refuses, without
    # which dpdk-test crashes half-way (see dpdk-enotsup.c)
    # shellcheck disable=SC2086
    run autotest env DPDK_TEST=cryptodev_virtio_autotest \
        LD_PRELOAD=/usr/lib/qvc/dpdk-enotsup.so timeout "$LIMIT" dpdk-test $EAL
    for size in $(arg sizes); do
        for optype in cipher-only cipher-then-auth; do
            verify "$optype" "$size" "aes-cbc-sha1-$size" "perf-verify-$optype-$size"
        done
    done
    # the controls: a vector with one ciphertext byte wrong, one with one
    # digest byte wrong; every op must fail verification
    size=$(arg sizes | cut -d' ' -f1)
    verify cipher-only "$size" "aes-cbc-sha1-$size-badct" "perf-verify-control-cipher-only-$size"
    verify cipher-then-auth "$size" "aes-cbc-sha1-$size-badmd" "perf-verify-control-cipher-then-auth-$size"
    for size in $(arg sizes); do
        for optype in cipher-only cipher-then-auth; do
            perf "perf-throughput-$optype-$size" throughput "$optype" "$size"
        done
    done
fi
echo "QVC-GUEST-DONE"
poweroff -f
