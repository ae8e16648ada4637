# shellcheck shell=bash
# Shared by the guest images (image.sh, dpdk-image.sh): Debian packages that
# are downloaded, never installed, unpacked into a work folder, and the
# pieces a guest needs picked from there into an initramfs tree.  The host
# is bookworm too: the libraries no package here brings come from it.
DEBS=$CACHE/debs
LIBDIR=lib/x86_64-linux-gnu

kernel_pkg() {  # the kernel package linux-image-amd64 stands for
    apt-cache depends linux-image-amd64 2>/dev/null |
        sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | sed -n 1p
}

# PKG... (each once): sets SPECS (name=version) and DEBFILES (as apt names
# them); fails if a name has no package.  One apt-cache call for all: a
# call costs about 1.3 s, and the DPDK image takes ~90 packages.
debs_resolve() {
    local n v a
    SPECS=() DEBFILES=()
    while read -r n v a; do
        SPECS+=("$n=$v")
        DEBFILES+=("${n}_${v//:/%3a}_$a.deb")
    done < <(apt-cache show --no-all-versions "$@" 2>/dev/null | awk -F': ' '
        $1 == "Package" { n = $2 } $1 == "Version" { v = $2 } $1 == "Architecture" { a = $2 }
        /^$/ && n != "" { print n, v, a; n = "" } END { if (n != "") print n, v, a }')
    [ ${#DEBFILES[@]} = $# ]
}

debs_fetch() {  # download the missing DEBFILES into $DEBS (via a temp folder: no half files)
    local i tmp rc want=()
    for i in "${!DEBFILES[@]}"; do
        [ -s "$DEBS/${DEBFILES[i]}" ] || want+=("${SPECS[i]}")
    done
    [ ${#want[@]} -gt 0 ] || return 0
    log "downloading ${want[*]}"
    tmp=$(mktemp -d "$DEBS/dl.XXXXXX")
    # as root apt drops to _apt, which may not write here
    (cd "$tmp" && timeout 600 apt-get download -q -o APT::Sandbox::User="$(id -un)" "${want[@]}") &&
        mv "$tmp"/*.deb "$DEBS"/
    rc=$?
    rm -rf "$tmp"
    return $rc
}

debs_get() {  # PKG...: resolve and download, updating stale package lists once
    mkdir -p "$DEBS"
    if ! { debs_resolve "$@" && debs_fetch; }; then
        log "package lists stale? running apt-get update"
        as_root timeout 600 apt-get update -qq
        debs_resolve "$@" || die "cannot resolve the packages $*"
        debs_fetch || die "download failed"
    fi
}

debs_unpack() {  # WORK: extract every DEBFILES there
    local f
    rm -rf "$1"
    mkdir -p "$1"
    for f in "${DEBFILES[@]}"; do
        timeout 300 dpkg-deb -x "$DEBS/$f" "$1"
    done
}

root_skeleton() {  # ROOT WORK: the folders, and busybox with its applet links
    local a
    rm -rf "$1"
    mkdir -p "$1"/{bin,sbin,usr/bin,usr/sbin,dev,proc,sys,tmp,lib64,"$LIBDIR"}
    cp "$2/bin/busybox" "$1/bin/"
    for a in $("$1/bin/busybox" --list-full); do
        [ -e "$1/$a" ] || ln -s /bin/busybox "$1/$a"
    done
}

# ROOT WORK FILE...: each file (a path in WORK) at the same path in ROOT, and
# every library ldd says the files need: from WORK if a package brought it,
# else from the host
root_files() {
    local root=$1 work=$2 f so
    shift 2
    for f in "$@"; do
        root_keep "$root" "$work" "$work/$f"
    done
    for so in $(cd "$work" && LD_LIBRARY_PATH=$work/usr/$LIBDIR:$work/$LIBDIR ldd "$@" |
        awk '$2 == "=>" { print $3 } NF == 2 && $1 ~ /^\// { print $1 }' | sort -u); do
        case $so in
        "$work"/*) root_keep "$root" "$work" "$so" ;;
        *) cp -L "$so" "$root$so" ;;
        esac
    done
}

# ROOT WORK PATH: a file of WORK at its place in ROOT; a link stays a link
# (a library loaded by two names would be loaded twice), with its targets
root_keep() {
    local p=$3 rel
    while :; do
        rel=${p#"$2"/}
        mkdir -p "$1/$(dirname "$rel")"
        cp -a "$p" "$1/$rel"
        [ -L "$p" ] || break
        p=$(realpath -s "$(dirname "$p")/$(readlink "$p")")
    done
}

# ROOT WORK KVER MOD...: the modules and their dependencies, and a
# modules.dep for them (Debian's package ships none: depmod makes it at
# install time)
root_modules() {
    local root=$1 work=$2 kver=$3 ko rel
    shift 3
    depmod -b "$work" "$kver"
    for ko in $(modprobe -d "$work" -S "$kver" --show-depends -a "$@" | awk '$1 == "insmod" { print $2 }'); do
        rel=${ko#"$work"/}
        mkdir -p "$root/$(dirname "$rel")"
        cp "$ko" "$root/$rel"
    done
    cp "$work/lib/modules/$kver"/modules.{order,builtin,builtin.modinfo} "$root/lib/modules/$kver/"
    depmod -b "$root" "$kver"
}

root_pack() {  # ROOT OUT: the tree as a gzipped cpio archive
    (cd "$1" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) | gzip -9 >"$2.tmp"
    mv "$2.tmp" "$2"
}
