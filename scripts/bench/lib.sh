# shellcheck shell=bash
# shellcheck source-path=SCRIPTDIR
# Shared by the guest benchmarks (e2e.sh, dpdk.sh): both QEMUs, and the
# order they boot in.
. "$(dirname "${BASH_SOURCE[0]}")/../guest/lib.sh"
HERE=$TOP/scripts/bench
# shellcheck disable=SC2034  # for the scripts that source this
OUT=$BUILD/bench

# Build ours and upstream (from the same tree, with the same options); set
# BIN[ours] and BIN[upstream]; empty the folder LOGS.
bench_qemus() {
    bash "$TOP/scripts/setup.sh" || die "setup or build failed"
    bash "$HERE/build-upstream.sh" || die "upstream build failed"
    # shellcheck disable=SC2034  # for the scripts that source this
    declare -gA BIN=([ours]=$QEMU_BIN [upstream]=$BUILD/qemu-upstream/qemu/qemu-system-x86_64)
    rm -rf "$LOGS"
    mkdir -p "$LOGS"
}

# ROUND [QEMU...]: the QEMUs (default: ours upstream) in the order they boot
# in that round; the first boot of a benchmark runs on cold caches, so each
# goes first in turn
boot_order() {
    local round=$1 i
    shift
    local q=("$@")
    [ ${#q[@]} -gt 0 ] || q=(ours upstream)
    for i in "${!q[@]}"; do
        echo "${q[$(((i + round - 1) % ${#q[@]}))]}"
    done
}
