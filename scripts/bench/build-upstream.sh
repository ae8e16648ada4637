#!/usr/bin/env bash
# Build upstream QEMU without our series, for the benchmarks to compare with:
# the same pristine tree ours is assembled from ($UPSTREAM, from fetch.sh),
# configured and built by the same build.sh (so with the same options), only
# qemu-system-x86_64.  Result: $BUILD/qemu-upstream/qemu/qemu-system-x86_64.
set -euo pipefail
. "$(dirname "$0")/../config.sh"
UP=$BUILD/qemu-upstream

[ -f "$UPSTREAM/.qvc-version" ] || die "no upstream tree; run scripts/fetch.sh"

# A hard-linked copy (cheap) named src/, built in qemu/: the same relative
# paths as our build/src and build/qemu, so that ccache (build.sh sets
# CCACHE_BASEDIR) serves every file our series does not change from the
# objects of our build, and the other way round.
if [ "$(cat "$UP/src/.qvc-version" 2>/dev/null)" != "$(cat "$UPSTREAM/.qvc-version")" ]; then
    log "copying pristine upstream into $UP/src"
    rm -rf "$UP/src" "$UP/src.tmp" "$UP/qemu"
    mkdir -p "$UP"
    cp -al "$UPSTREAM" "$UP/src.tmp"
    mv "$UP/src.tmp" "$UP/src"
fi

# build.sh takes its source and build directories from $BUILD (config.sh)
log "building upstream QEMU in $UP/qemu"
BUILD=$UP bash "$TOP/scripts/build.sh"
