# qemu-virtio-crypto: the complete virtio-crypto device for QEMU.
# See README.md.  Every target installs what it needs from Debian.

# Pass a chosen version on; unset, the scripts' pinned one (and its checksum)
# applies.  QEMU_ORIG_SHA256= (empty) skips the checksum.
ifneq ($(origin QEMU_DEB_VERSION),undefined)
export QEMU_DEB_VERSION
endif
ifneq ($(origin QEMU_ORIG_SHA256),undefined)
export QEMU_ORIG_SHA256
endif

.PHONY: all build run check check-asan check-libvirt fuzz-long series series-check clean bench bench-inproc bench-e2e

all: build

build:
	bash scripts/setup.sh

# Boot a Linux guest with the device and show it working
run: build
	bash scripts/guest/run-demo.sh

# Unit tests, qtests and the Linux guest test
check:
	bash scripts/check.sh

# Just the qtests, on QEMU built with AddressSanitizer and UBSan (also in check)
check-asan:
	bash scripts/check.sh asan

# The device through libvirt 11 (installed from bookworm-backports): the
# guest test in a domain, and virsh save/restore under AES-CBC traffic
check-libvirt: build
	bash scripts/check-libvirt.sh

# Both fuzzers for FUZZ_SECONDS each (default 1800): the virtqueue fuzzer on
# the sanitized build, then the codec's (make check runs them briefly)
fuzz-long:
	bash scripts/fuzz-long.sh

# A git format-patch series against pristine upstream, checked
series: build
	bash scripts/series.sh

# Every commit of the series built in order, with the tests it has (slow)
series-check: series
	bash scripts/series-check.sh

# Benchmarks, results in build/bench/ (they report; speed never fails them):
# both tables, and one plot of throughput against size
bench: bench-inproc bench-e2e
	/usr/bin/python3 scripts/bench/plot.py -o build/bench/bench.png \
		build/bench/inproc.csv build/bench/e2e.csv build/bench/dpdk.csv

# The request path against the library called directly, in process, on
# each of the three builds (build/bench/inproc*.*)
bench-inproc:
	bash scripts/bench/inproc.sh

# Guest clients, our QEMU against upstream: AES-CBC through the guest's
# virtio_crypto driver (AF_ALG), and DPDK's crypto_virtio PMD with a burst
# in flight (dpdk-test-crypto-perf)
bench-e2e:
	bash scripts/bench/e2e.sh
	bash scripts/bench/dpdk.sh

clean:
	rm -rf build
