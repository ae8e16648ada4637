#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Build the guest's kernel and initramfs into $BUILD/guest from Debian
# packages (imagelib.sh): bookworm's kernel, busybox-static, kcapi-tools +
# libkcapi1 (AF_ALG) and keyutils + libkeyutils1 (the kernel's keyring).
# Skipped when package versions and our guest files are unchanged.
set -euo pipefail
. "$(dirname "$0")/../config.sh"
. "$(dirname "$0")/imagelib.sh"
HERE=$TOP/scripts/guest
OUT=$BUILD/guest
# what /init loads; deps follow
MODS=(virtio_pci virtio_crypto algif_skcipher crypto_user pkcs8_key_parser)

KPKG=$(kernel_pkg) || true
[ -n "$KPKG" ] || { as_root timeout 600 apt-get update -qq; KPKG=$(kernel_pkg); }
[ -n "$KPKG" ] || die "cannot resolve linux-image-amd64's kernel package"
debs_get "$KPKG" busybox-static kcapi-tools libkcapi1 keyutils libkeyutils1

stamp=$({
    printf '%s\n' "${DEBFILES[@]}" "${MODS[*]}"
    dpkg-query -W libc6
    cd "$HERE" && sha256sum image.sh imagelib.sh init.sh cases.sh ../bench/afalg-bench.c
})
if [ -s "$OUT/vmlinuz" ] && [ -s "$OUT/initramfs.gz" ] && [ "$(cat "$OUT/stamp" 2>/dev/null)" = "$stamp" ]; then
    log "guest image up to date"
    exit 0
fi

log "building guest image ($KPKG)"
work=$OUT/work  # extracted packages (~400 MB of modules), removed at the end
root=$OUT/root  # the initramfs tree
mkdir -p "$OUT"
rm -f "$OUT/stamp"
debs_unpack "$work"
kver=${KPKG#linux-image-}
root_skeleton "$root" "$work"
root_files "$root" "$work" usr/bin/kcapi-enc bin/keyctl
root_modules "$root" "$work" "$kver" "${MODS[@]}"

# the benchmark's AF_ALG load generator (qvc.mode=bench): static, as the
# image has only the libc pieces kcapi-enc needs
gcc -static -O2 -Wall -Wextra -Werror -o "$root/usr/bin/qvc-afalg-bench" \
    "$TOP/scripts/bench/afalg-bench.c" || die "cannot build qvc-afalg-bench"

install -m 755 "$HERE/init.sh" "$root/init"
cp "$HERE/cases.sh" "$root/cases.sh"
cp "$work/boot/vmlinuz-$kver" "$OUT/vmlinuz"
root_pack "$root" "$OUT/initramfs.gz"
rm -rf "$work"
echo "$stamp" >"$OUT/stamp"
log "guest image: $OUT/vmlinuz, $OUT/initramfs.gz ($(du -h "$OUT/initramfs.gz" | cut -f1))"
