#!/usr/bin/env bash
# README command 2: install what is missing, build, run the whole test suite
# (SQLite and a private PostgreSQL, interop, UI offscreen). Ends with
# CTest's summary; exits non-zero if anything failed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build=${EXCHANGE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" "$@"
