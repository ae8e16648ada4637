#!/usr/bin/env bash
# Fetch Debian's qemu source package (pinned) into $CACHE/source, verify the
# orig tarball and extract it, Debian patches applied, into $UPSTREAM.
# Skips work already done.
set -euo pipefail
. "$(dirname "$0")/config.sh"

dl=$CACHE/source
mkdir -p "$dl"
upver=${QEMU_DEB_VERSION#*:}          # drop the epoch
upver_noext=${upver%-*}               # drop the Debian revision
orig=$dl/qemu_${upver_noext}.orig.tar.xz

if [ ! -f "$dl/qemu_${upver}.dsc" ]; then
    log "fetching qemu source $QEMU_DEB_VERSION from Debian ($QEMU_DEB_SUITE)"
    if ! (cd "$dl" && timeout 1200 apt-get source --download-only -qq "qemu=$QEMU_DEB_VERSION"); then
        cat >&2 <<MSG
error: Debian's archive did not give qemu source version $QEMU_DEB_VERSION.
  It may be gone from the $QEMU_DEB_SUITE suite.  See which versions there are with
      apt-cache showsrc qemu | grep ^Version
  and choose one of the 10.0.x line with
      make QEMU_DEB_VERSION=<version> QEMU_ORIG_SHA256=<sha256 of its orig tarball>
  (QEMU_ORIG_SHA256= empty skips the checksum, at your own risk).
MSG
        exit 1
    fi
fi

if [ -n "$QEMU_ORIG_SHA256" ]; then
    echo "$QEMU_ORIG_SHA256  $orig" | sha256sum -c --quiet - ||
        die "checksum of $orig does not match QEMU_ORIG_SHA256"
else
    log "warning: no checksum given for $QEMU_DEB_VERSION; not verified"
fi

stamp=$UPSTREAM/.qvc-version
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$QEMU_DEB_VERSION" ]; then
    exit 0
fi
log "extracting into $UPSTREAM"
rm -rf "$UPSTREAM" "$UPSTREAM.tmp"
mkdir -p "$BUILD"
timeout 900 dpkg-source --no-check -x "$dl/qemu_${upver}.dsc" "$UPSTREAM.tmp" >/dev/null
mv "$UPSTREAM.tmp" "$UPSTREAM"
echo "$QEMU_DEB_VERSION" > "$stamp"
