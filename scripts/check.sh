#!/usr/bin/env bash
# make check: set up and build, then run the codec unit tests, the qtests of
# our device, the Linux guest tests (the kernel's driver; DPDK's PMD), the
# codec fuzzer, the crypto unit tests and known-answer qtests again on QEMU
# built with nettle (and gnutls, as Debian builds it) and with gnutls alone,
# the qtests again on a sanitized build, and the virtqueue fuzzer on that
# build.  "check.sh asan" (make check-asan) runs only the sanitized qtests.
# Ends with "N passed, N failed".
set -uo pipefail
. "$(dirname "$0")/config.sh"

# the libraries besides libgcrypt that QEMU's crypto API runs on
OTHER_CRYPTO=(nettle gnutls)

# "asan": only the sanitized qtests (make check-asan)
what=${1:-all}
QTEST_TARGETS=(tests/qtest/qos-test tests/qtest/virtio-crypto-lifecycle-test
               tests/qtest/virtio-crypto-props-test
               tests/qtest/virtio-crypto-fuzz-test)
ASAN_OBJ=$BUILD/qemu-asan

if [ "$what" = all ]; then
    bash "$TOP/scripts/setup.sh" "${UNIT_TESTS[@]/#/tests/unit/}" \
        "${QTEST_TARGETS[@]}" || die "setup or build failed"
else
    for step in deps fetch assemble; do
        bash "$TOP/scripts/$step.sh" || die "$step failed"
    done
fi
# A second build of the same tree, sanitized, for the qtests only
QVC_OBJ=$ASAN_OBJ QVC_CONFIGURE_EXTRA="--enable-asan --enable-ubsan" \
    bash "$TOP/scripts/build.sh" "${QTEST_TARGETS[@]}" ||
    die "the sanitized build failed"

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
    if grep -qE '^not ok ' "$log"; then
        grep -E '^not ok ' "$log"
        # what the failures printed: CI keeps this output, not the log
        grep -vE '^(ok |# (Start|End) of )' "$log" | tail -n 30 |
            sed 's/^/#   /'
    fi
    echo "# $name: $ok passed, $bad failed"
    passed=$((passed + ok))
    failed=$((failed + bad))
}

# the known-answer vectors, checked again by other implementations
suite vectors-on-host 120 /usr/bin/python3 "$TOP/tests/crypto-vectors/verify.py"
# and the tests' tables are what gen.py makes of them
for f in tests/qtest/virtio-crypto-algo-vectors.h \
         tests/unit/crypto-3gpp-vectors.h; do
    suite "vectors-generated-$(basename "$f" .h)" 120 /usr/bin/python3 \
        "$TOP/tests/crypto-vectors/gen.py" --check "$TOP/$f"
done

for t in "${UNIT_TESTS[@]}"; do
    suite "unit-$t" 120 "$OBJ/tests/unit/$t" --tap
done

# qos-test holds every device's qgraph tests: the -p arguments of ours, in
# the build $1, into the array qos_args
qos_paths() {
    local p
    qos_args=()
    for p in $("$1/tests/qtest/qos-test" -l | grep -E '^/.*virtio-crypto'); do
        qos_args+=(-p "$p")
    done
}

# The qtests of our device, on the QEMU build in $1, named with prefix $2.
qtests() {
    local obj=$1 prefix=$2 qos_args
    export QTEST_QEMU_BINARY=$obj/qemu-system-x86_64
    qos_paths "$obj"
    if [ ${#qos_args[@]} -eq 0 ]; then
        echo "not ok - $prefix: qos-test lists no virtio-crypto test"
        failed=$((failed + 1))
    else
        # -m slow: the full known-answer sets, not just one vector per size
        suite "$prefix" 900 "$obj/tests/qtest/qos-test" --tap -m slow \
            "${qos_args[@]}"
        # again, with the data queues in an IOThread (not recorded twice)
        suite "$prefix-iothread" 900 env -u QVIRTIO_CRYPTO_RECORD \
            QVIRTIO_CRYPTO_IOTHREAD=1 "$obj/tests/qtest/qos-test" --tap \
            -m slow "${qos_args[@]}"
    fi
    # queues, reset, stop, unplug and migration: QEMU instances of their own
    suite "$prefix-lifecycle" 600 \
        "$obj/tests/qtest/virtio-crypto-lifecycle-test" --tap
    # properties at and beyond their limits
    suite "$prefix-props" 300 "$obj/tests/qtest/virtio-crypto-props-test" --tap
}

# The same qtests on a QEMU built with AddressSanitizer and
# UndefinedBehaviorSanitizer: any finding ends the process that made it
# (QEMU or the test), which fails the suite; the sanitizers' reports, which
# go to stderr, are counted too.  QVC_UBSAN_HALT=0 lists every UBSan
# finding instead of stopping at the first.
sanitized_qtests() {
    local log lib
    # a build that is not instrumented would pass for nothing
    # (not grep -q: it would leave ldd writing to a closed pipe, which
    # pipefail counts as a failure)
    for lib in libasan libubsan; do
        if ! ldd "$ASAN_OBJ/qemu-system-x86_64" | grep "$lib" >/dev/null; then
            echo "not ok - $ASAN_OBJ/qemu-system-x86_64 is not linked with $lib"
            failed=$((failed + 1))
        fi
    done
    # intercept_strchr=0: ASan's strchr measures the whole string first, and
    # the qtest protocol looks for the end of a line after every read, so
    # one 4 MiB transfer took a quadratic half minute (libqtest's timeout).
    # fast_unwind_on_malloc=0: GLib has no frame pointers, so the fast
    # unwinder stops at g_malloc0 and lsan.supp's walk_path never matches
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:print_stacktrace=1:fast_unwind_on_malloc=0:intercept_strchr=0
    export UBSAN_OPTIONS=halt_on_error=${QVC_UBSAN_HALT:-1}:abort_on_error=1:print_stacktrace=1
    export LSAN_OPTIONS=suppressions=$TOP/scripts/lsan.supp:print_suppressions=0
    qtests "$ASAN_OBJ" qtest-asan-virtio-crypto
    for log in "$logdir"/qtest-asan-virtio-crypto*.log; do
        if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log"; then
            echo "not ok - sanitizer findings in $log"
            grep -E -m 5 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$log" |
                sed 's/^/#   /'
            failed=$((failed + 1))
        fi
    done
    unset ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS
}

if [ "$what" = asan ]; then
    sanitized_qtests
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
fi

# recording the requests they send: the virtqueue fuzzer's corpus
export QVIRTIO_CRYPTO_RECORD=$BUILD/fuzz/traces
rm -rf "$QVIRTIO_CRYPTO_RECORD"
mkdir -p "$QVIRTIO_CRYPTO_RECORD"
qtests "$OBJ" qtest-virtio-crypto
unset QVIRTIO_CRYPTO_RECORD

suite guest-linux 900 bash "$TOP/scripts/guest/test.sh"
suite guest-dpdk 900 bash "$TOP/scripts/guest/dpdk-test.sh"

suite fuzz-codec 600 bash "$TOP/scripts/fuzz.sh"

# The crypto API's unit tests and the device's known-answer qtests (every
# service and algorithm, in the three request forms, PCI and MMIO) on each
# other library; the device's lifecycle does not depend on it.
for lib in "${OTHER_CRYPTO[@]}"; do
    lib_obj=$BUILD/qemu-$lib
    if ! QVC_CRYPTO=$lib bash "$TOP/scripts/build.sh" \
            "${CRYPTO_UNIT_TESTS[@]/#/tests/unit/}" tests/qtest/qos-test; then
        echo "not ok - the $lib build failed"
        failed=$((failed + 1))
        continue
    fi
    for t in "${CRYPTO_UNIT_TESTS[@]}"; do
        suite "unit-$lib-$t" 120 "$lib_obj/tests/unit/$t" --tap
    done
    qos_paths "$lib_obj"
    suite "qtest-$lib-virtio-crypto" 900 env \
        QTEST_QEMU_BINARY="$lib_obj/qemu-system-x86_64" \
        "$lib_obj/tests/qtest/qos-test" --tap -m slow "${qos_args[@]}"
done

sanitized_qtests

# the device under hostile guests, on the sanitized build
suite fuzz-virtqueue 900 bash "$TOP/scripts/fuzz-virtqueue.sh"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
