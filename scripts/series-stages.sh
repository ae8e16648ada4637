#!/usr/bin/env bash
# The versions of the files that series/*.diff grow over several commits,
# to edit them one commit at a time:
#
#   series-stages.sh export DIR   DIR/00-first/PATH: each file's first
#                                 version; DIR/NN-name/PATH: the version
#                                 after series/NN-name.diff
#   series-stages.sh import DIR   write each series/NN-name.diff again,
#                                 from DIR's versions, and our files from
#                                 the last of them
#
# To change what an earlier commit of the series brings: export (from a
# checkout whose diffs still apply), edit that commit's version and the
# later ones, import, then run make series.
set -euo pipefail
. "$(dirname "$0")/config.sh"

[ $# -eq 2 ] || die "usage: $0 export|import DIR"
cmd=$1
dir=$2
diffs=$(cd "$TOP/series" && ls *.diff 2>/dev/null || true)
[ -n "$diffs" ] || die "no series/*.diff"
files() { sed -n 's|^+++ b/||p' "$TOP/series/$1"; }

case $cmd in
export)
    [ ! -e "$dir" ] || die "$dir exists"
    mkdir -p "$dir/00-first"
    # the first versions: our files with every diff taken back, newest first
    for d in $(printf '%s\n' $diffs | sort -r); do
        for f in $(files "$d"); do
            if [ ! -e "$dir/00-first/$f" ]; then
                mkdir -p "$(dirname "$dir/00-first/$f")"
                cp "$TOP/$f" "$dir/00-first/$f"
            fi
        done
        patch -s -R -p1 -F0 --no-backup-if-mismatch -d "$dir/00-first" \
            < "$TOP/series/$d" || die "$d does not come off our files"
    done
    prev=$dir/00-first
    for d in $diffs; do
        cp -r "$prev" "$dir/${d%.diff}"
        patch -s -p1 -F0 --no-backup-if-mismatch -d "$dir/${d%.diff}" \
            < "$TOP/series/$d"
        prev=$dir/${d%.diff}
    done
    log "stages in $dir: $(ls "$dir" | tr '\n' ' ')"
    ;;
import)
    prev=$dir/00-first
    [ -d "$prev" ] || die "no $prev: export first"
    for d in $diffs; do
        : > "$TOP/series/$d.new"
        for f in $(cd "$prev" && find . -type f | sed 's|^\./||' | sort); do
            diff -u --label "a/$f" --label "b/$f" "$prev/$f" \
                "$dir/${d%.diff}/$f" >> "$TOP/series/$d.new" || true
        done
        mv "$TOP/series/$d.new" "$TOP/series/$d"
        prev=$dir/${d%.diff}
    done
    # our files are the last versions
    (cd "$prev" && find . -type f | sed 's|^\./||') | while read -r f; do
        cp "$prev/$f" "$TOP/$f"
    done
    log "series/*.diff and our files written from $dir"
    ;;
*)
    die "usage: $0 export|import DIR"
    ;;
esac
