#!/usr/bin/env bash
# Configure (once) and build qemu-system-x86_64 from the assembled tree.
# Extra ninja targets may be given as arguments.
set -euo pipefail
. "$(dirname "$0")/config.sh"

CONFIGURE_OPTS=(
    --python=/usr/bin/python3
    --target-list=x86_64-softmmu
    --without-default-features
    --disable-download
    --disable-docs
    --disable-install-blobs
    # the +ds tarball has no firmware binaries; Debian's packages do
    --firmwarepath=/usr/share/qemu:/usr/share/seabios:/usr/lib/ipxe/qemu
    --enable-werror
    --enable-fdt=system
    --enable-pixman
    --enable-vhost-user
    --enable-vhost-crypto
    # the other cryptodev backends must keep building: lkcf needs keyutils
    --enable-libkeyutils
    ${QVC_CONFIGURE_EXTRA:-}
)
# ipsec-mb (KASUMI, SNOW 3G, ZUC; amd64 only) is in the libgcrypt and
# nettle builds; the gnutls build goes without, so that a build lacking
# it is tested too
# (QVC_IPSEC_MB=auto: say nothing, for trees that predate the option)
ipsec_mb=--disable-ipsec-mb
if [ "$(dpkg --print-architecture)" = amd64 ]; then
    ipsec_mb=--enable-ipsec-mb
fi
no_ipsec_mb=--disable-ipsec-mb
if [ "${QVC_IPSEC_MB:-}" = auto ]; then
    ipsec_mb=
    no_ipsec_mb=
fi
case $QVC_CRYPTO in
gcrypt) CONFIGURE_OPTS+=(--enable-gcrypt ${ipsec_mb:+"$ipsec_mb"}) ;;
nettle) CONFIGURE_OPTS+=(--enable-nettle --enable-gnutls ${ipsec_mb:+"$ipsec_mb"}) ;;
gnutls) CONFIGURE_OPTS+=(--enable-gnutls ${no_ipsec_mb:+"$no_ipsec_mb"}) ;;
esac

# QEMU's configure names the compiler itself, so meson's ccache detection
# does not apply: use Debian's ccache wrapper when it is there.
if [ -x /usr/lib/ccache/gcc ]; then
    CONFIGURE_OPTS+=(--cc=/usr/lib/ccache/gcc --host-cc=/usr/lib/ccache/gcc)
    # hit the cache from any clone's path (CI builds in a fresh one)
    export CCACHE_BASEDIR=$TOP CCACHE_NOHASHDIR=1
fi

opts_sum=$(printf '%s\n' "${CONFIGURE_OPTS[@]}" | sha256sum | cut -d' ' -f1)
if [ ! -f "$OBJ/build.ninja" ] || [ "$(cat "$OBJ/.qvc-opts" 2>/dev/null)" != "$opts_sum" ]; then
    log "configuring in $OBJ"
    rm -rf "$OBJ"
    mkdir -p "$OBJ"
    (cd "$OBJ" && timeout 900 "$SRC/configure" "${CONFIGURE_OPTS[@]}" >configure.log 2>&1) || {
        tail -30 "$OBJ/configure.log" >&2
        die "configure failed (log: $OBJ/configure.log)"
    }
    echo "$opts_sum" > "$OBJ/.qvc-opts"
fi

# Run from the build tree, QEMU looks for the firmware path inside qemu-bundle/
for d in /usr/share/qemu /usr/share/seabios /usr/lib/ipxe/qemu; do
    mkdir -p "$(dirname "$OBJ/qemu-bundle$d")"
    [ -e "$OBJ/qemu-bundle$d" ] || ln -s "$d" "$OBJ/qemu-bundle$d"
done

log "building"
timeout 3000 ninja -C "$OBJ" qemu-system-x86_64 "$@"
