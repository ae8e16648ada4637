#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Build the guest's kernel and initramfs into $BUILD/guest from Debian packages
# that are downloaded, never installed: bookworm's kernel, busybox-static,
# kcapi-tools + libkcapi1 (AF_ALG), keyutils + libkeyutils1 (the kernel's
# keyring), plus the host's glibc (the host is bookworm too) to run them.  Skipped when package versions and our guest files are unchanged.
set -euo pipefail
. "$(dirname "$0")/../config.sh"
HERE=$TOP/scripts/guest
OUT=$BUILD/guest
DEBS=$CACHE/debs
# what /init loads; deps follow
MODS=(virtio_pci virtio_crypto algif_skcipher crypto_user pkcs8_key_parser)

resolve() {  # sets KPKG, SPECS (name=version) and DEBFILES (as apt-get download names them)
    KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null |
        sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -1)
    [ -n "$KPKG" ] || return 1
    SPECS=() DEBFILES=()
    local p n v a
    for p in "$KPKG" busybox-static kcapi-tools libkcapi1 keyutils libkeyutils1; do
        read -r n v a < <(apt-cache show --no-all-versions "$p" | awk -F': ' '
            $1 == "Package" { n = $2 } $1 == "Version" { v = $2 } $1 == "Architecture" { a = $2 }
            END { print n, v, a }')
        [ -n "$a" ] || return 1
        SPECS+=("$n=$v")
        DEBFILES+=("${n}_${v//:/%3a}_$a.deb")
    done
}

fetch() {  # download the missing .debs into $DEBS (via a temp folder: no half files)
    local i tmp want=()
    for i in "${!DEBFILES[@]}"; do
        [ -s "$DEBS/${DEBFILES[i]}" ] || want+=("${SPECS[i]}")
    done
    [ ${#want[@]} -gt 0 ] || return 0
    log "downloading ${want[*]}"
    tmp=$(mktemp -d "$DEBS/dl.XXXXXX")
    # as root apt drops to _apt, which may not write here
    (cd "$tmp" && timeout 600 apt-get download -q -o APT::Sandbox::User="$(id -un)" "${want[@]}") &&
        mv "$tmp"/*.deb "$DEBS"/
    local rc=$?
    rm -rf "$tmp"
    return $rc
}

mkdir -p "$DEBS" "$OUT"
if ! { resolve && fetch; }; then
    log "package lists stale? running apt-get update"
    as_root timeout 600 apt-get update -qq
    resolve || die "cannot resolve linux-image-amd64's kernel package"
    fetch || die "download failed"
fi

stamp=$({
    printf '%s\n' "${DEBFILES[@]}" "${MODS[*]}"
    dpkg-query -W libc6
    cd "$HERE" && sha256sum image.sh init.sh cases.sh ../bench/afalg-bench.c
})
if [ -s "$OUT/vmlinuz" ] && [ -s "$OUT/initramfs.gz" ] && [ "$(cat "$OUT/stamp" 2>/dev/null)" = "$stamp" ]; then
    log "guest image up to date"
    exit 0
fi

log "building guest image ($KPKG)"
work=$OUT/work  # extracted packages (~400 MB of modules), removed at the end
root=$OUT/root  # the initramfs tree
rm -rf "$work" "$root" "$OUT/stamp"
mkdir -p "$work" "$root"
for f in "${DEBFILES[@]}"; do
    timeout 300 dpkg-deb -x "$DEBS/$f" "$work"
done
kver=${KPKG#linux-image-}
mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,dev,proc,sys,tmp,lib64,lib/x86_64-linux-gnu}

# busybox and its applet links
cp "$work/bin/busybox" "$root/bin/"
for a in $("$root/bin/busybox" --list-full); do
    [ -e "$root/$a" ] || ln -s /bin/busybox "$root/$a"
done

# kcapi-enc and keyctl, their libraries, and from the host the libc pieces
# ldd says they need
lib=lib/x86_64-linux-gnu
cp "$work/usr/bin/kcapi-enc" "$root/usr/bin/"
cp "$work/bin/keyctl" "$root/bin/"
cp -L "$work/usr/$lib/libkcapi.so.1" "$work/$lib/libkeyutils.so.1" "$root/$lib/"
for so in $(LD_LIBRARY_PATH=$work/usr/$lib:$work/$lib ldd "$work/usr/bin/kcapi-enc" \
    "$work/bin/keyctl" | awk '$2 == "=>" { print $3 } NF == 2 && $1 ~ /^\// { print $1 }'); do
    case $so in */libkcapi.so* | */libkeyutils.so*) ;; *) cp -L "$so" "$root$so" ;; esac
done

# the modules /init loads and their dependencies, and a modules.dep for them
# (Debian's package ships none: depmod makes it at install time)
depmod -b "$work" "$kver"
for ko in $(modprobe -d "$work" -S "$kver" --show-depends -a "${MODS[@]}" | awk '$1 == "insmod" { print $2 }'); do
    rel=${ko#"$work"/}
    mkdir -p "$root/$(dirname "$rel")"
    cp "$ko" "$root/$rel"
done
cp "$work/lib/modules/$kver"/modules.{order,builtin,builtin.modinfo} "$root/lib/modules/$kver/"
depmod -b "$root" "$kver"

# the benchmark's AF_ALG load generator (qvc.mode=bench): static, as the
# image has only the libc pieces kcapi-enc needs
gcc -static -O2 -Wall -Wextra -Werror -o "$root/usr/bin/qvc-afalg-bench" \
    "$TOP/scripts/bench/afalg-bench.c" || die "cannot build qvc-afalg-bench"

install -m 755 "$HERE/init.sh" "$root/init"
cp "$HERE/cases.sh" "$root/cases.sh"
cp "$work/boot/vmlinuz-$kver" "$OUT/vmlinuz"
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9 >"$OUT/initramfs.gz.tmp"
mv "$OUT/initramfs.gz.tmp" "$OUT/initramfs.gz"
rm -rf "$work"
echo "$stamp" >"$OUT/stamp"
log "guest image: $OUT/vmlinuz, $OUT/initramfs.gz ($(du -h "$OUT/initramfs.gz" | cut -f1))"
