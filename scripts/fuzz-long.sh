#!/usr/bin/env bash
# make fuzz-long: both fuzzers for FUZZ_SECONDS each (default 1800): the
# virtqueue fuzzer on QEMU built with ASan and UBSan, then the codec's
# libFuzzer target.  Reports in build/fuzz/.
set -euo pipefail
. "$(dirname "$0")/config.sh"

export FUZZ_SECONDS=${FUZZ_SECONDS:-1800}
targets=(tests/qtest/qos-test tests/qtest/virtio-crypto-lifecycle-test
         tests/qtest/virtio-crypto-fuzz-test)
bash "$TOP/scripts/setup.sh" "${targets[@]}"
QVC_OBJ=$BUILD/qemu-asan QVC_CONFIGURE_EXTRA="--enable-asan --enable-ubsan" \
    bash "$TOP/scripts/build.sh" "${targets[@]}"
bash "$TOP/scripts/fuzz-virtqueue.sh"
bash "$TOP/scripts/fuzz.sh"
