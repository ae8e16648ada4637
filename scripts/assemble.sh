#!/usr/bin/env bash
# Assemble $SRC = pristine upstream + our diffs (patches/*.patch, in name order)
# + our files (symlinked, so editing one and re-running the build recompiles
# just what depends on it).  Cheap when nothing changed.
set -euo pipefail
. "$(dirname "$0")/config.sh"

[ -f "$UPSTREAM/.qvc-version" ] || die "no upstream tree; run scripts/fetch.sh"

# The upstream version and the diffs decide the base tree; recreate it (a
# hard-linked copy, cheap) only when they change.
patch_sum=$( (cat "$UPSTREAM/.qvc-version"; cat "$PATCH_DIR"/*.patch 2>/dev/null || true) | sha256sum | cut -d' ' -f1)
if [ "$(cat "$SRC/.qvc-base" 2>/dev/null)" != "$patch_sum" ]; then
    log "assembling $SRC (upstream + patches)"
    rm -rf "$SRC.tmp"
    cp -al "$UPSTREAM" "$SRC.tmp"
    for p in "$PATCH_DIR"/*.patch; do
        [ -f "$p" ] || continue
        # patch(1) writes a new file and renames it, so the hard links to the
        # pristine tree are broken for exactly the files it changes.
        patch -s -p1 -d "$SRC.tmp" --no-backup-if-mismatch < "$p" ||
            die "patch $(basename "$p") does not apply"
    done
    rm -f "$SRC.tmp/.qvc-files"
    rm -rf "$SRC"
    mv "$SRC.tmp" "$SRC"
    echo "$patch_sum" > "$SRC/.qvc-base"
fi

# Our files: link each into the tree; undo links of files we no longer have.
list=$(cd "$TOP" && git ls-files -co --exclude-standard -- $OUR_DIRS 2>/dev/null ||
       (cd "$TOP" && find $OUR_DIRS -type f 2>/dev/null))
list=$(printf '%s\n' "$list" | while read -r f; do if [ -f "$TOP/$f" ]; then echo "$f"; fi; done | sort)
if [ -f "$SRC/.qvc-files" ]; then
    comm -23 "$SRC/.qvc-files" <(printf '%s\n' "$list") | while read -r gone; do
        [ -n "$gone" ] || continue
        rm -f "$SRC/$gone"
        # bring back upstream's version (its hard link), if upstream has one
        if [ -f "$UPSTREAM/$gone" ]; then ln "$UPSTREAM/$gone" "$SRC/$gone"; fi
    done
fi
printf '%s\n' "$list" | while read -r f; do
    [ -n "$f" ] || continue
    if [ "$(readlink "$SRC/$f" 2>/dev/null)" != "$TOP/$f" ]; then
        mkdir -p "$(dirname "$SRC/$f")"
        rm -f "$SRC/$f"
        ln -s "$TOP/$f" "$SRC/$f"
    fi
done
printf '%s\n' "$list" > "$SRC/.qvc-files"
