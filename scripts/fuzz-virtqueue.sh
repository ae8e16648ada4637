#!/usr/bin/env bash
# The virtqueue fuzzer (tests/qtest/virtio-crypto-fuzz-test.c) for
# FUZZ_SECONDS (default 60), against QEMU built with AddressSanitizer and
# UndefinedBehaviorSanitizer.  Its corpus is the requests the qtests send,
# recorded while they run (check.sh does that); without one, the qtests are
# run first to record it.  Prints TAP; any sanitizer report fails it.
set -euo pipefail
. "$(dirname "$0")/config.sh"

seconds=${FUZZ_SECONDS:-60}
obj=${QVC_FUZZ_OBJ:-$BUILD/qemu-asan}
corpus=${QVC_FUZZ_CORPUS:-$BUILD/fuzz/traces}
log=$BUILD/fuzz/virtqueue.log
mkdir -p "$BUILD/fuzz"

if [ -z "$(ls -A "$corpus" 2>/dev/null)" ]; then
    log "recording the fuzzer's corpus: the qtests' requests"
    bash "$TOP/scripts/record-traces.sh" "$corpus" >/dev/null
fi

export QTEST_QEMU_BINARY=$obj/qemu-system-x86_64
export QVC_FUZZ_CORPUS=$corpus QVC_FUZZ_SECONDS=$seconds
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:print_stacktrace=1:fast_unwind_on_malloc=0
export UBSAN_OPTIONS=halt_on_error=1:abort_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$TOP/scripts/lsan.supp:print_suppressions=0
log "fuzzing the device's virtqueues for ${seconds}s ($obj)"
rc=0
timeout $((seconds + 300)) "$obj/tests/qtest/virtio-crypto-fuzz-test" --tap \
    >"$log" 2>&1 || rc=$?
grep -E '^# (seed|[0-9]+ requests|status|service)' "$log" || true
if [ "$rc" -ne 0 ] || ! grep -q '^ok ' "$log" ||
   grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
    grep -E -m 10 -B2 -A20 'ERROR: (Address|Leak)Sanitizer|runtime error:|ERROR:|assertion' "$log" |
        sed 's/^/#   /' || tail -n 40 "$log" | sed 's/^/#   /'
    seed=$(sed -n 's/^# seed \([0-9]*\),.*/\1/p' "$log")
    echo "not ok - the virtqueue fuzzer found a problem; replay it with" \
         "QVC_FUZZ_SEED=$seed (log: $log)"
    exit 1
fi
echo "ok - virtqueue fuzzed ${seconds}s: no finding"
