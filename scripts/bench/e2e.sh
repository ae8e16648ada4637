#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# make bench-e2e: AES-128-CBC encryption through the guest's virtio_crypto
# driver (AF_ALG), on our QEMU and on upstream QEMU without our series, plus
# the guest's software AES as a reference.  The guest image is the guest
# test's (scripts/guest/image.sh), in its qvc.mode=bench.  The two QEMUs
# boot alternately, so that slow drifts of the machine hit both alike.
# Writes $BUILD/bench/e2e.{txt,csv,png}; reports only, never fails on speed.
# Environment: BENCH_ROUNDS (boots per QEMU, default 3), BENCH_MSEC
# (milliseconds per measurement, default 1000), BENCH_ACCEL (-accel value).
# BENCH_ACCEL defaults to single-threaded TCG: with QEMU's default, one host
# thread per vCPU, two vCPU threads and the main loop oversubscribe a 2-CPU
# host and a waiting vCPU's wake-up dominates (one stream swings between
# ~100 and ~4000 requests/s from one run to the next).  BENCH_ACCEL=tcg
# measures that way all the same.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
SIZES=(64 256 1024 4096 16384 65536)
STREAMS=(1 2)
ROUNDS=${BENCH_ROUNDS:-3}
MSEC=${BENCH_MSEC:-1000}
LOGS=$OUT/e2e-logs

start=$(date +%s)
bench_qemus
"$TOP/scripts/guest/image.sh"
# bounded: every measurement ends after MSEC, a stuck one after 60 s more
export GUEST_TIMEOUT=${GUEST_TIMEOUT:-600}
# two vCPUs, so that two streams can run in the guest at once
export QEMU_EXTRA_ARGS="-smp 2 ${QEMU_EXTRA_ARGS:-}"
export QEMU_ACCEL=${BENCH_ACCEL:-tcg,thread=single}
incomplete=0
for round in $(seq 1 "$ROUNDS"); do
    for q in $(boot_order "$round"); do
        log "round $round/$ROUNDS: $q"
        rc=0
        # the host's load (other jobs on this machine) goes in the report
        read -r load_before _ </proc/loadavg
        QEMU_BIN=${BIN[$q]} guest_boot "$LOGS/$q-$round.log" qvc.mode=bench \
            "qvc.sizes=$(IFS=,; echo "${SIZES[*]}")" \
            "qvc.streams=$(IFS=,; echo "${STREAMS[*]}")" "qvc.msec=$MSEC" || rc=$?
        read -r load_after _ </proc/loadavg
        echo "$q $round $load_before $load_after" >>"$LOGS/loadavg"
        if ! grep -q '^QVC-BENCH-END' "$LOGS/$q-$round.log"; then
            log "warning: $q round $round did not finish (qemu status $rc); console: $LOGS/$q-$round.log"
            incomplete=$((incomplete + 1))
        fi
    done
done

# Debian's python3 (deps.sh installs matplotlib for it, whatever is first on
# PATH).  report.py exits 3 when the guest reported errors: still plot.
problems=0
/usr/bin/python3 "$HERE/report.py" --logs "$LOGS" --out "$OUT/e2e" --msec "$MSEC" \
    --rounds "$ROUNDS" --accel "$QEMU_ACCEL" --sizes "${SIZES[*]}" --streams "${STREAMS[*]}" || problems=$?
/usr/bin/python3 "$HERE/plot.py" -o "$OUT/e2e.png" "$OUT/e2e.csv"
cat "$OUT/e2e.txt"
log "$OUT/e2e.txt, e2e.csv, e2e.png written in $(($(date +%s) - start)) s"
[ "$incomplete" -eq 0 ] || die "$incomplete boot(s) did not finish; results are partial"
[ "$problems" -eq 0 ] || die "the guest reported problems (see $OUT/e2e.txt)"
