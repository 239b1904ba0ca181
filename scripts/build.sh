#!/usr/bin/env bash
# Installs what is missing, then configures (once) and builds incrementally
# into build/. Warnings are errors here: the build must stay clean.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${EXCHANGE_BUILD_DIR:-build}
if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DEXCHANGE_WERROR=ON >/dev/null
fi
cmake --build "$build" -j"$(nproc)"
