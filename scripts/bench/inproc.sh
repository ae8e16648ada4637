#!/usr/bin/env bash
# make bench-inproc: the device's request path (codec, gather, backend,
# scatter) against the raw libgcrypt calls, in one process, for every
# algorithm and size of the list.  Writes build/bench/inproc.txt (the
# table) and build/bench/inproc.csv.  Arguments go to the benchmark
# (--help: --rounds, --round-ms, --filter, --device-only).
set -euo pipefail
. "$(dirname "$0")/../config.sh"

BENCH=tests/bench/virtio-crypto-bench

bash "$TOP/scripts/setup.sh" "$BENCH" || die "setup or build failed"

out=$BUILD/bench
mkdir -p "$out"
# The rounds count CPU time, but a busy machine still shares caches and
# cores: say how busy it was.
host() {
    printf '# %s: %s CPUs (%s), load average %s\n' "$1" "$(nproc)" \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
}
log "running $BENCH (about 2 minutes)"
{
    host start
    "$OBJ/$BENCH" --csv "$out/inproc.csv.tmp" "$@"
    host end
} | tee "$out/inproc.txt.tmp"
mv "$out/inproc.csv.tmp" "$out/inproc.csv"
mv "$out/inproc.txt.tmp" "$out/inproc.txt"
log "results: $out/inproc.txt, $out/inproc.csv"
