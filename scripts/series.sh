#!/usr/bin/env bash
# make series: export our work as a numbered git format-patch series against
# pristine upstream QEMU (the orig tarball, without Debian's patches), then
# check that it applies with `git am` to a fresh copy and that QEMU's
# scripts/checkpatch.pl finds no error in it.
#
# The commits are described by series/NN-name.msg (the commit message) and
# series/NN-name.files (our files and patches/ diffs that go into it).
# A file that grows over several commits (the device, feature by feature)
# is listed where it first appears; series/NN-name.diff, when there is one,
# is what commit NN adds to it.  Our file is the last version: the first is
# what remains once every later .diff is taken back, newest first, so a
# change to our file that meets a .diff's lines stops this script until
# the .diff is made again (scripts/series-stages.sh).
set -euo pipefail
. "$(dirname "$0")/config.sh"

AUTHOR=${QVC_AUTHOR:-qemu-virtio-crypto developers <qemu-virtio-crypto@users.noreply.invalid>}
out=$BUILD/series
pristine=$out/pristine
repo=$out/repo
patches=$out/patches

export GIT_AUTHOR_NAME=${AUTHOR% <*} GIT_COMMITTER_NAME=${AUTHOR% <*}
export GIT_AUTHOR_EMAIL=${AUTHOR##*<} GIT_COMMITTER_EMAIL=${AUTHOR##*<}
GIT_AUTHOR_EMAIL=${GIT_AUTHOR_EMAIL%>}
GIT_COMMITTER_EMAIL=$GIT_AUTHOR_EMAIL
export GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z"

# Every file of ours and every diff goes into exactly one commit.
listed=$(cat "$TOP"/series/*.files | sort)
ours=$( (cd "$TOP" && git ls-files -co --exclude-standard -- $OUR_DIRS patches) | sort)
if [ "$listed" != "$(printf '%s\n' "$listed" | sort -u)" ]; then
    die "a file is listed in two series/*.files"
fi
missing=$(comm -13 <(printf '%s\n' "$listed") <(printf '%s\n' "$ours"))
[ -z "$missing" ] || die "not in any series/*.files: $missing"

# A pristine tree: the orig tarball alone
dsc=$(ls "$CACHE"/source/qemu_*.dsc | head -n 1)
if [ ! -f "$pristine/.qvc-version" ] ||
   [ "$(cat "$pristine/.qvc-version")" != "$QEMU_DEB_VERSION" ]; then
    log "extracting pristine upstream (no Debian patches)"
    rm -rf "$pristine"
    mkdir -p "$out"
    timeout 900 dpkg-source --no-check --skip-patches -x "$dsc" "$pristine" >/dev/null
    rm -rf "$pristine/debian" "$pristine/.pc"
    echo "$QEMU_DEB_VERSION" > "$pristine/.qvc-version"
fi

# The first version of every file that a series/*.diff changes
stages=$out/stages
stage=$stages/00-first
rm -rf "$stages" "$out/stage"
if ls "$TOP"/series/*.diff >/dev/null 2>&1; then
    bash "$TOP/scripts/series-stages.sh" export "$stages"
else
    mkdir -p "$stage"
fi

log "building the series in $repo"
rm -rf "$repo" "$patches" "$out/am"
cp -al "$pristine" "$repo"
rm -f "$repo/.qvc-version"
git -C "$repo" init -q
# no background "gc --auto" packing objects while the check clones them
git -C "$repo" config gc.auto 0
git -C "$repo" add -A
git -C "$repo" commit -qm "QEMU $(cat "$pristine/VERSION") (pristine)"
git -C "$repo" tag base

for msg in "$TOP"/series/*.msg; do
    files=${msg%.msg}.files
    while read -r f; do
        [ -n "$f" ] || continue
        case $f in
        patches/*)
            git -C "$repo" apply --index "$TOP/$f" || die "$f does not apply"
            ;;
        *)
            mkdir -p "$(dirname "$repo/$f")"
            rm -f "$repo/$f"   # a hard link to the pristine tree: replace it
            if [ -e "$stage/$f" ]; then
                cp "$stage/$f" "$repo/$f"
            else
                cp "$TOP/$f" "$repo/$f"
            fi
            git -C "$repo" add "$f"
            ;;
        esac
    done < "$files"
    if [ -f "${msg%.msg}.diff" ]; then
        git -C "$repo" apply --index "${msg%.msg}.diff" ||
            die "${msg%.msg}.diff does not apply"
    fi
    { cat "$msg"; printf '\nSigned-off-by: %s\n' "$AUTHOR"; } |
        git -C "$repo" commit -q -F -
done
# the series ends with our files as they are
for f in $(cd "$stage" && find . -type f | sed 's|^\./||'); do
    cmp -s "$TOP/$f" "$repo/$f" || die "the series' $f is not ours"
done
git -C "$repo" format-patch -q -o "$patches" base..HEAD

log "checking: git am onto a fresh pristine copy"
git clone -q --no-checkout "$repo" "$out/am"
git -C "$out/am" checkout -q -b check base
git -C "$out/am" am -q "$patches"/*.patch || die "the series does not apply with git am"
[ -z "$(git -C "$out/am" diff HEAD "$(git -C "$repo" rev-parse HEAD)")" ] ||
    die "the series applied with git am differs from the one built"

log "checking: scripts/checkpatch.pl"
errors=0
for p in "$patches"/*.patch; do
    res=$(cd "$out/am" && perl scripts/checkpatch.pl "$p" 2>&1 || true)
    n=$(printf '%s\n' "$res" | grep -c '^ERROR' || true)
    w=$(printf '%s\n' "$res" | grep -c '^WARNING' || true)
    printf '%s: %s errors, %s warnings\n' "$(basename "$p")" "$n" "$w"
    if [ "$n" -gt 0 ]; then
        printf '%s\n' "$res" | grep -A4 '^ERROR' | head -n 40
    fi
    errors=$((errors + n))
done
[ "$errors" -eq 0 ] || die "checkpatch found $errors errors"
log "series: $(ls "$patches" | wc -l) patches in $patches"
