#!/usr/bin/env bash
# The versions of the files that series/*.diff grow over several commits,
# to edit them one commit at a time:
#
#   series-stages.sh export DIR   DIR/00-first/PATH: each file's first
#                                 version; DIR/NN-name/PATH: the version
#                                 after series/NN-name.diff, for each
#                                 file that diff changes
#   series-stages.sh import DIR   write each series/NN-name.diff again,
#                                 from DIR's versions, and our files from
#                                 the last of them
#
# To change what an earlier commit of the series brings: export (from a
# checkout whose diffs still apply), edit that commit's version of the file
# (00-first: the commit that brings it) and every later version of it,
# import, then run make series.  A diff keeps the files it changes.
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
            < "$TOP/series/$d" ||
            die "$d does not come off our $(files "$d" | tr '\n' ' ')" \
                "(export from a checkout where it does, edit, import)"
    done
    # then, for each diff, the versions of the files it changes
    work=$(mktemp -d)
    cp -r "$dir/00-first/." "$work"
    for d in $diffs; do
        patch -s -p1 -F0 --no-backup-if-mismatch -d "$work" \
            < "$TOP/series/$d"
        for f in $(files "$d"); do
            mkdir -p "$(dirname "$dir/${d%.diff}/$f")"
            cp "$work/$f" "$dir/${d%.diff}/$f"
        done
    done
    rm -rf "$work"
    log "stages in $dir: $(ls "$dir" | tr '\n' ' ')"
    ;;
import)
    [ -d "$dir/00-first" ] || die "no $dir/00-first: export first"
    work=$(mktemp -d)
    cp -r "$dir/00-first/." "$work"
    for d in $diffs; do
        : > "$TOP/series/$d.new"
        for f in $(files "$d"); do
            diff -u --label "a/$f" --label "b/$f" "$work/$f" \
                "$dir/${d%.diff}/$f" >> "$TOP/series/$d.new" || true
            cp "$dir/${d%.diff}/$f" "$work/$f"
        done
        mv "$TOP/series/$d.new" "$TOP/series/$d"
    done
    # our files are the last versions
    (cd "$work" && find . -type f | sed 's|^\./||') | while read -r f; do
        cp "$work/$f" "$TOP/$f"
    done
    rm -rf "$work"
    log "series/*.diff and our files written from $dir"
    ;;
*)
    die "usage: $0 export|import DIR"
    ;;
esac
