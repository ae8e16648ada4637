# Shared settings for the build scripts.  Sourced, not run.
# shellcheck shell=bash

# The upstream QEMU we build on: Debian's source package, pinned.
QEMU_DEB_VERSION=${QEMU_DEB_VERSION:-1:10.0.13+ds-0+deb13u1}
# sha256 of the orig tarball of the pinned version; empty to skip the check
# (only when QEMU_DEB_VERSION is overridden and the sum is not known).
if [ -z "${QEMU_ORIG_SHA256+x}" ]; then
    if [ "$QEMU_DEB_VERSION" = "1:10.0.13+ds-0+deb13u1" ]; then
        QEMU_ORIG_SHA256=6a0888e806c2ffc0c5f0733e974f9aea55491950d3c47c98669c8b236dde59ae
    else
        QEMU_ORIG_SHA256=
    fi
fi
QEMU_DEB_SUITE=${QEMU_DEB_SUITE:-trixie}

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
CACHE=${CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qemu-virtio-crypto}  # downloads, kept across clones
UPSTREAM=$BUILD/upstream            # pristine extracted tree (Debian patches applied)
SRC=${QVC_SRC:-$BUILD/src}          # assembled tree: upstream + our diffs + our files
# QVC_CRYPTO: the library behind QEMU's crypto API in a build: gcrypt (the
# default), nettle (with gnutls, as Debian configures QEMU) or gnutls (alone)
QVC_CRYPTO=${QVC_CRYPTO:-gcrypt}
case $QVC_CRYPTO in
gcrypt) OBJ_DEFAULT=$BUILD/qemu ;;
nettle | gnutls) OBJ_DEFAULT=$BUILD/qemu-$QVC_CRYPTO ;;
*) printf 'error: QVC_CRYPTO=%s: gcrypt, nettle or gnutls\n' "$QVC_CRYPTO" >&2; exit 1 ;;
esac
OBJ=${QVC_OBJ:-$OBJ_DEFAULT}         # meson build directory (QVC_OBJ: another one)
QEMU_BIN=$OBJ/qemu-system-x86_64

# Our files at their QEMU-tree paths live in these top-level folders.
OUR_DIRS="hw include backends crypto tests docs"
# Diffs for upstream files, applied in name order.
PATCH_DIR=$TOP/patches

# The unit tests: the crypto API's, run on every library; then the
# device's codec's
CRYPTO_UNIT_TESTS=(test-crypto-hash test-crypto-hmac test-crypto-cipher
                   test-crypto-mac test-crypto-aead test-crypto-arc4
                   test-crypto-akcipher test-crypto-ecdsa test-crypto-3gpp)
UNIT_TESTS=("${CRYPTO_UNIT_TESTS[@]}" test-virtio-crypto-codec
            test-virtio-crypto-layouts)

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
