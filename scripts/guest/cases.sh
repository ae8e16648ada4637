# shellcheck shell=sh
# Test data of one case, derived from (key length, data length) only, so the
# guest (busybox sh) and the host (bash) compute the same bytes independently.
# POSIX sh: sourced by the guest's /init and by lib.sh.

qvc_key() {   # KEYLEN LEN -> key, hex, KEYLEN bytes (KEYLEN <= 32)
    printf 'qvc-key-%s-%s' "$1" "$2" | sha256sum | cut -c1-$(($1 * 2))
}
qvc_iv() {    # KEYLEN LEN -> iv, hex, 16 bytes
    printf 'qvc-iv-%s-%s' "$1" "$2" | sha256sum | cut -c1-32
}
qvc_plain() { # KEYLEN LEN -> LEN bytes (a multiple of 16) of distinct 16-byte blocks
    awk -v k="$1" -v n=$(($2 / 16)) \
        'BEGIN { for (i = 0; i < n; i++) printf "k%02d-blk%08d\n", k, i }'
}
