#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Build the DPDK guest into $BUILD/guest/dpdk: the kernel of image.sh with
# uio_pci_generic, busybox, and bookworm's DPDK 22.11 test programs
# (dpdk-dev: dpdk-test, dpdk-test-crypto-perf) with the libraries they link
# and, as plugins, the PMDs they use: the virtio-crypto PMD on the PCI bus
# and the ring mempool; and dpdk-enotsup.so, preloaded into dpdk-test.
# Skipped when nothing changed.
set -euo pipefail
. "$(dirname "$0")/../config.sh"
. "$(dirname "$0")/imagelib.sh"
HERE=$TOP/scripts/guest
OUT=$BUILD/guest/dpdk
PMDDIR=usr/$LIBDIR/dpdk/pmds-23.0  # where Debian's EAL looks for plugins
# (the EAL loads only names ending in .so or .so.<ABI>; the libraries'
# names link to these files, so that a PMD a program links is loaded once)
PMDS=(librte_crypto_virtio.so.23.0 librte_bus_pci.so.23.0 librte_mempool_ring.so.23.0)

KPKG=$(kernel_pkg) || true
[ -n "$KPKG" ] || { as_root timeout 600 apt-get update -qq; KPKG=$(kernel_pkg); }
[ -n "$KPKG" ] || die "cannot resolve linux-image-amd64's kernel package"
# dpdk-dev's own dependencies: the librte-* libraries and what they link
deps=$(apt-cache depends dpdk-dev 2>/dev/null | sed -n 's/^ *Depends: \([a-z0-9][^ <]*\)$/\1/p' |
    grep -vxE 'libdpdk-dev|python3|ibverbs-providers|libc6|zlib1g' | sort -u)
# shellcheck disable=SC2046,SC2086  # one package a word
debs_get $(printf '%s\n' "$KPKG" busybox-static dpdk-dev librte-crypto-virtio23 $deps | sort -u)

stamp=$({
    printf '%s\n' "${DEBFILES[@]}" "${PMDS[*]}"
    dpkg-query -W libc6 libgcc-s1
    cd "$HERE" && sha256sum dpdk-image.sh imagelib.sh dpdk-init.sh dpdk-enotsup.c \
        dpdk-idle-main.c
})
if [ -s "$OUT/vmlinuz" ] && [ -s "$OUT/initramfs.gz" ] && [ "$(cat "$OUT/stamp" 2>/dev/null)" = "$stamp" ]; then
    log "DPDK guest image up to date"
    exit 0
fi

log "building the DPDK guest image ($KPKG)"
work=$OUT/work root=$OUT/root
mkdir -p "$OUT"
rm -f "$OUT/stamp"
debs_unpack "$work"
kver=${KPKG#linux-image-}
root_skeleton "$root" "$work"
root_files "$root" "$work" usr/bin/dpdk-test usr/bin/dpdk-test-crypto-perf \
    "${PMDS[@]/#/$PMDDIR/}"
root_modules "$root" "$work" "$kver" uio_pci_generic
# glibc loads libgcc_s when a thread is cancelled, as the EAL's are at
# exit (no ldd sees it; without it dpdk-test aborts after its summary)
cp -L "/$LIBDIR/libgcc_s.so.1" "$root/$LIBDIR/"
mkdir -p "$root/usr/lib/qvc"  # (needs only libc, which dpdk-test brought)
for shim in dpdk-enotsup dpdk-idle-main; do
    gcc -shared -fPIC -O2 -Wall -Wextra -Werror -o "$root/usr/lib/qvc/$shim.so" \
        "$HERE/$shim.c" || die "cannot build $shim.so"
done
install -m 755 "$HERE/dpdk-init.sh" "$root/init"
cp "$work/boot/vmlinuz-$kver" "$OUT/vmlinuz"
root_pack "$root" "$OUT/initramfs.gz"
rm -rf "$work"
echo "$stamp" >"$OUT/stamp"
log "DPDK guest image: $OUT/initramfs.gz ($(du -h "$OUT/initramfs.gz" | cut -f1))"
