#!/usr/bin/env bash
# make series-check: build every commit of the series (make series), in
# order, in one build directory, as git bisect would meet them, and run the
# crypto unit tests and virtio-crypto qtests each commit has.  TAP: one
# line per commit.  Slow (a full build, then one incremental build per
# commit), so not part of make check.
set -euo pipefail
. "$(dirname "$0")/config.sh"

am=$BUILD/series/am
[ -d "$am/.git" ] || die "no series; run make series first"
tree=$BUILD/series/check-src
obj=$BUILD/series/check-obj
base=$(git -C "$am" rev-parse base)
commits=$(git -C "$am" rev-list --reverse "$base"..HEAD)

rm -rf "$tree"
git -C "$am" worktree prune
git -C "$am" worktree add -q --detach "$tree" "$base"
# The orig tarball (+ds) has no firmware binaries, and Debian's patch
# that stops the build unpacking them is not in the pristine tree: the
# same change here, left in the worktree (no commit touches the file)
sed -i 's/^if unpack_edk2_blobs$/if unpack_edk2_blobs and false/' \
    "$tree/pc-bios/meson.build"
# the subprojects' sources, which git ignores (subprojects/.gitignore)
for d in "$BUILD"/series/pristine/subprojects/*/; do
    [ -e "$tree/subprojects/$(basename "$d")" ] ||
        cp -al "$d" "$tree/subprojects/"
done

echo "1..$(printf '%s\n' "$commits" | wc -l)"
n=0
failed=0
for c in $commits; do
    n=$((n + 1))
    subject=$(git -C "$am" log -1 --format=%s "$c")
    git -C "$tree" checkout -q "$c"
    # QVC_SERIES_FROM=N: only check commits N.. (when the earlier ones
    # were checked before and have not changed)
    if [ "$n" -lt "${QVC_SERIES_FROM:-1}" ]; then
        echo "ok $n - $subject # SKIP before QVC_SERIES_FROM"
        continue
    fi
    # QVC_SERIES_TO=N: and only up to N
    if [ -n "${QVC_SERIES_TO:-}" ] && [ "$n" -gt "$QVC_SERIES_TO" ]; then
        echo "ok $n - $subject # SKIP after QVC_SERIES_TO"
        continue
    fi
    log "commit $n: $subject"
    # the tests this commit has
    units=$(for u in "${UNIT_TESTS[@]}"; do
                [ -f "$tree/tests/unit/$u.c" ] && echo "$u"
            done || true)
    qtest=
    [ -f "$tree/tests/qtest/virtio-crypto-test.c" ] && qtest=tests/qtest/qos-test
    targets=$(for u in $units; do echo "tests/unit/$u"; done)
    # ipsec-mb as make check builds it, from the commit that adds the
    # option (configure refuses it before; that build starts afresh)
    ipsec_mb=
    grep -q "^option('ipsec_mb'" "$tree/meson_options.txt" || ipsec_mb=auto
    if ! QVC_SRC=$tree QVC_OBJ=$obj QVC_IPSEC_MB=$ipsec_mb \
            bash "$TOP/scripts/build.sh" \
            $targets $qtest >"$obj.log" 2>&1; then
        echo "not ok $n - $subject: does not build"
        grep -E 'error|FAILED' "$obj.log" | head -n 10 | sed 's/^/#   /'
        failed=$((failed + 1))
        continue
    fi
    bad=
    for u in $units; do
        "$obj/tests/unit/$u" --tap >"$obj.test.log" 2>&1 || bad="$bad $u"
    done
    if [ -n "$qtest" ]; then
        export QTEST_QEMU_BINARY=$obj/qemu-system-x86_64
        paths=$("$obj/tests/qtest/qos-test" -l | grep virtio-crypto |
                sed 's/^/-p /')
        timeout 900 "$obj/tests/qtest/qos-test" -m slow $paths \
            >"$obj.test.log" 2>&1 || bad="$bad qos-test"
    fi
    if [ -n "$bad" ]; then
        echo "not ok $n - $subject: builds; fails$bad"
        failed=$((failed + 1))
    else
        echo "ok $n - $subject: builds; passes $(echo $units | wc -w) unit" \
             "tests${qtest:+ and the qtests}"
    fi
done
git -C "$am" worktree remove --force "$tree"
[ "$failed" -eq 0 ]
