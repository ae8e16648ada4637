#!/usr/bin/env bash
# Build the codec's libFuzzer target with clang (ASan + UBSan) and run it
# for FUZZ_SECONDS (default 60) from a small seed corpus of valid requests.
# Prints a TAP line.  Needs a configured build tree (scripts/setup.sh).
set -euo pipefail
. "$(dirname "$0")/config.sh"

seconds=${FUZZ_SECONDS:-60}
out=$BUILD/fuzz
mkdir -p "$out/corpus"

cflags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
        -D_GNU_SOURCE -std=gnu11
        -iquote "$OBJ" -iquote "$SRC/include" -iquote "$SRC"
        -I "$SRC/host/include/x86_64" -I "$SRC/host/include/generic"
        $(pkg-config --cflags glib-2.0))
timeout 300 clang "${cflags[@]}" -o "$out/codec-fuzz" \
    "$TOP/fuzz/virtio-crypto-codec.c" "$SRC/hw/virtio/virtio-crypto-codec.c" \
    "$SRC/util/iov.c" "$OBJ/libqemuutil.a" \
    $(pkg-config --libs glib-2.0) -lm ||
    die "building the fuzz target failed"

# Seeds: valid legacy and REVISION_1 requests (flags, in_len, split, bytes)
python3 "$TOP/fuzz/seeds.py" "$out/corpus"

log "fuzzing the codec for ${seconds}s"
if (cd "$out" && timeout $((seconds + 120)) ./codec-fuzz -max_total_time="$seconds" \
        -max_len=4096 -print_final_stats=1 corpus) >"$out/fuzz.log" 2>&1; then
    echo "ok - codec fuzzed ${seconds}s: $(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/fuzz.log" | grep -o '[0-9]*$') runs, $(grep -o 'DONE *cov: [0-9]* ft: [0-9]*' "$out/fuzz.log" | sed 's/DONE *//'), no finding"
else
    tail -n 40 "$out/fuzz.log" | sed 's/^/#   /'
    echo "not ok - codec fuzzing found a problem (log: $out/fuzz.log)"
    exit 1
fi

# FUZZ_COVERAGE=1: the codec's line and branch coverage over the corpus
if [ -n "${FUZZ_COVERAGE:-}" ]; then
    cov_flags=("${cflags[@]/-fsanitize=fuzzer,address,undefined/-fsanitize=fuzzer}")
    clang "${cov_flags[@]}" -fprofile-instr-generate -fcoverage-mapping \
        -o "$out/codec-cov" "$TOP/fuzz/virtio-crypto-codec.c" \
        "$SRC/hw/virtio/virtio-crypto-codec.c" "$SRC/util/iov.c" \
        "$OBJ/libqemuutil.a" $(pkg-config --libs glib-2.0) -lm
    (cd "$out" && LLVM_PROFILE_FILE=codec.profraw ./codec-cov -runs=0 corpus \
        >/dev/null 2>&1)
    llvm-profdata merge -o "$out/codec.profdata" "$out/codec.profraw"
    llvm-cov report "$out/codec-cov" -instr-profile="$out/codec.profdata" \
        "$SRC/hw/virtio/virtio-crypto-codec.c" | tee "$out/coverage.txt"
fi
