#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# DPDK's client on the device: dpdk-test-crypto-perf --ptest throughput in
# the DPDK guest (scripts/guest/dpdk-image.sh, its qvc.mode=bench), AES-128-CBC
# and AES-128-CBC + HMAC-SHA1 at 64 and 1024 bytes (DPDK 22.11's PMD takes
# no larger buffers), bursts of 32, on our QEMU and on upstream QEMU built
# from the same tree, booted alternately (each first every other round).
# A polling client with a burst in flight, unlike the AF_ALG benchmark's
# one request at a time.
# Ours runs twice: its data queues in the main loop, as upstream's, and in
# an IOThread (ours-iothread: -object iothread, the device's iothread=).
# Writes $BUILD/bench/dpdk.{txt,csv}; reports only, never fails on speed.
# Environment: BENCH_ROUNDS (boots per QEMU, default 3), BENCH_DPDK_OPS
# (operations per run, default 2000000: runs of seconds, past the warm-up
# that dominates a short run).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
SIZES=(64 1024)
ROUNDS=${BENCH_ROUNDS:-3}
OPS=${BENCH_DPDK_OPS:-2000000}
LOGS=$OUT/dpdk-logs
# one vCPU: the EAL's main and worker lcores share it (dpdk-init.sh)
SETUP="1 vCPU under TCG (-accel tcg: one vCPU thread), -cpu max, the main lcore asleep (dpdk-idle-main.c), $OPS ops a run, bursts of 32"

bench_qemus
"$TOP/scripts/guest/dpdk-image.sh"
export GUEST_TIMEOUT=${GUEST_TIMEOUT:-900}
incomplete=0
for round in $(seq 1 "$ROUNDS"); do
    for q in $(boot_order "$round" ours ours-iothread upstream); do
        log "DPDK round $round/$ROUNDS: $q"
        rc=0
        QVC_IOTHREAD=$([ "$q" = ours-iothread ] && echo 1 || echo 0) \
            QEMU_BIN=${BIN[${q%-iothread}]} QEMU_EXTRA_ARGS="-cpu max ${QEMU_EXTRA_ARGS:-}" \
            QVC_KERNEL=$GUEST/dpdk/vmlinuz QVC_INITRD=$GUEST/dpdk/initramfs.gz QVC_MEM=1024 \
            guest_boot "$LOGS/$q-$round.log" hugepages=192 qvc.mode=bench qvc.rounds=1 \
            "qvc.ops=$OPS" "qvc.sizes=$(IFS=,; echo "${SIZES[*]}")" || rc=$?
        if ! grep -q '^QVC-GUEST-DONE' "$LOGS/$q-$round.log"; then
            log "warning: $q round $round did not finish (qemu status $rc)"
            incomplete=$((incomplete + 1))
        fi
    done
done
/usr/bin/python3 "$HERE/dpdk-report.py" --logs "$LOGS" --out "$OUT/dpdk" \
    --rounds "$ROUNDS" --setup "$SETUP"
cat "$OUT/dpdk.txt"
[ "$incomplete" -eq 0 ] || die "$incomplete boot(s) did not finish; results are partial"
