#!/usr/bin/env bash
# make bench-inproc: the device's request path (codec, gather, backend,
# scatter) against the library that QEMU's crypto API runs on, called
# directly, in one process, for every algorithm and size of the list; once
# per library (QVC_BENCH_LIBS, default "gcrypt nettle gnutls": QEMU built
# on each).  Writes build/bench/inproc.{txt,csv} (libgcrypt) and
# build/bench/inproc-LIB.{txt,csv} (the others).  Arguments go to the
# benchmark (--help: --rounds, --round-ms, --filter, --device-only).
set -euo pipefail
. "$(dirname "$0")/../config.sh"

BENCH=tests/bench/virtio-crypto-bench

bash "$TOP/scripts/setup.sh" || die "setup failed"

out=$BUILD/bench
mkdir -p "$out"
# The rounds count CPU time, but a busy machine still shares caches and
# cores: say how busy it was.
host() {
    printf '# %s: %s CPUs (%s), load average %s\n' "$1" "$(nproc)" \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | sed -n 1p)" \
        "$(cut -d' ' -f1-3 /proc/loadavg)"
}
for lib in ${QVC_BENCH_LIBS:-gcrypt nettle gnutls}; do
    QVC_CRYPTO=$lib bash "$TOP/scripts/build.sh" "$BENCH" ||
        die "the $lib build failed"
    if [ "$lib" = gcrypt ]; then
        obj=$BUILD/qemu name=inproc
    else
        obj=$BUILD/qemu-$lib name=inproc-$lib
    fi
    log "running $BENCH on $lib (about 2 minutes)"
    {
        host start
        "$obj/$BENCH" --csv "$out/$name.csv.tmp" "$@"
        host end
    } | tee "$out/$name.txt.tmp"
    mv "$out/$name.csv.tmp" "$out/$name.csv"
    mv "$out/$name.txt.tmp" "$out/$name.txt"
    log "results: $out/$name.txt, $out/$name.csv"
done
