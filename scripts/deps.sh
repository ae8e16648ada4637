#!/usr/bin/env bash
# Install what the build, the tests and the guest need, from Debian only.
# Idempotent: does nothing when everything is present.
set -euo pipefail
. "$(dirname "$0")/config.sh"

# name:suite ("" = default suite)
PKGS="
meson:bookworm-backports
python3-pycotap:bookworm-backports
ninja-build: flex: bison: pkgconf: python3-venv: dpkg-dev:
libglib2.0-dev: zlib1g-dev: libgcrypt20-dev: nettle-dev: libgnutls28-dev: libpixman-1-dev: libfdt-dev: libkeyutils-dev:
ccache: seabios: ipxe-qemu: qemu-system-data:
busybox-static: kcapi-tools: cpio: xz-utils: zstd: kmod: python3-cryptography: openssl: xxd:
clang: libclang-rt-14-dev: llvm:
python3-matplotlib:
"
# KASUMI, SNOW 3G and ZUC come from Intel's ipsec-mb, which Debian builds
# for amd64 only; elsewhere the device does not offer them
if [ "$(dpkg --print-architecture)" = amd64 ]; then
    PKGS="$PKGS libipsec-mb-dev:"
fi

APT_LIST=/etc/apt/sources.list.d/qemu-virtio-crypto.sources

need_update=
if ! grep -qs "Suites: $QEMU_DEB_SUITE" "$APT_LIST"; then
    log "adding apt sources: deb-src $QEMU_DEB_SUITE, bookworm-backports"
    as_root tee "$APT_LIST" >/dev/null <<SRC
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $QEMU_DEB_SUITE
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    need_update=1
fi

missing_default=()
missing_bpo=()
for entry in $PKGS; do
    name=${entry%%:*}
    suite=${entry#*:}
    if ! dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "ok installed"; then
        if [ -n "$suite" ]; then missing_bpo+=("$name"); else missing_default+=("$name"); fi
    fi
done
# meson must be >= 1.5 (bookworm's 1.0 is too old for QEMU 10)
if command -v meson >/dev/null && ! dpkg --compare-versions "$(meson --version)" ge 1.5; then
    missing_bpo+=(meson)
fi

if [ ${#missing_default[@]} -eq 0 ] && [ ${#missing_bpo[@]} -eq 0 ] && [ -z "$need_update" ]; then
    exit 0
fi
log "installing: ${missing_bpo[*]} ${missing_default[*]}"
export DEBIAN_FRONTEND=noninteractive
as_root timeout 600 apt-get update -qq
if [ ${#missing_bpo[@]} -gt 0 ]; then
    as_root timeout 1200 apt-get install -y -qq -t bookworm-backports "${missing_bpo[@]}"
fi
if [ ${#missing_default[@]} -gt 0 ]; then
    as_root timeout 1200 apt-get install -y -qq "${missing_default[@]}"
fi
