#!/usr/bin/env bash
# Everything before use: Debian packages, the pinned upstream source, the
# assembled tree and the build.  Arguments are extra ninja targets.
set -euo pipefail
dir=$(dirname "$0")
bash "$dir/deps.sh"
bash "$dir/fetch.sh"
bash "$dir/assemble.sh"
bash "$dir/build.sh" "$@"
