#!/usr/bin/env bash
# Record the requests our qtests send (and the answers) as traces in $1:
# the virtqueue fuzzer's corpus.  Runs the qtests on the normal build.
set -euo pipefail
. "$(dirname "$0")/config.sh"

dir=$1
rm -rf "$dir"
mkdir -p "$dir"
export QTEST_QEMU_BINARY=$OBJ/qemu-system-x86_64 QVIRTIO_CRYPTO_RECORD=$dir
args=()
for p in $("$OBJ/tests/qtest/qos-test" -l | grep -E '^/.*virtio-crypto'); do
    args+=(-p "$p")
done
"$OBJ/tests/qtest/qos-test" -m slow "${args[@]}"
"$OBJ/tests/qtest/virtio-crypto-lifecycle-test"
