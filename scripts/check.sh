#!/usr/bin/env bash
# make check: set up and build, then run the codec unit tests, the qtests of
# our device and the Linux guest test.  Ends with "N passed, N failed".
set -uo pipefail
. "$(dirname "$0")/config.sh"

UNIT_TESTS=(test-virtio-crypto-codec test-virtio-crypto-layouts)

bash "$TOP/scripts/setup.sh" "${UNIT_TESTS[@]/#/tests/unit/}" tests/qtest/qos-test \
    tests/qtest/virtio-crypto-lifecycle-test ||
    die "setup or build failed"

logdir=$BUILD/check
mkdir -p "$logdir"
passed=0
failed=0

# Run one TAP-speaking suite; count its results.  A suite that exits
# non-zero without reporting a failure counts as one failure.
suite() {
    local name=$1 limit=$2 log=$logdir/$1.log ok bad rc
    shift 2
    log "suite $name"
    timeout "$limit" "$@" >"$log" 2>&1
    rc=$?
    ok=$(grep -cE '^ok ' "$log")
    bad=$(grep -cE '^not ok ' "$log")
    if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
        bad=1
        echo "not ok - $name exited with status $rc (log: $log)"
        tail -n 20 "$log" | sed 's/^/#   /'
    fi
    grep -E '^not ok ' "$log"
    echo "# $name: $ok passed, $bad failed"
    passed=$((passed + ok))
    failed=$((failed + bad))
}

# the known-answer vectors, checked again by other implementations
suite vectors-on-host 120 /usr/bin/python3 "$TOP/scripts/algo-vectors/verify.py"

for t in "${UNIT_TESTS[@]}"; do
    suite "unit-$t" 120 "$OBJ/tests/unit/$t" --tap
done

# qos-test holds every device's qgraph tests; run the paths of ours.
export QTEST_QEMU_BINARY=$QEMU_BIN
qos_args=()
for p in $("$OBJ/tests/qtest/qos-test" -l | grep -E '^/.*virtio-crypto'); do
    qos_args+=(-p "$p")
done
if [ ${#qos_args[@]} -eq 0 ]; then
    echo "not ok - qos-test lists no virtio-crypto test"
    failed=$((failed + 1))
else
    # -m slow: the full known-answer sets, not just one vector per size
    suite qtest-virtio-crypto 600 "$OBJ/tests/qtest/qos-test" --tap -m slow \
        "${qos_args[@]}"
fi

# queues, reset, stop, unplug and migration: QEMU instances of their own
suite qtest-virtio-crypto-lifecycle 300 \
    "$OBJ/tests/qtest/virtio-crypto-lifecycle-test" --tap

suite guest-linux 900 bash "$TOP/scripts/guest/test.sh"

suite fuzz-codec 600 bash "$TOP/scripts/fuzz.sh"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
