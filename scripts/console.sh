#!/usr/bin/env bash
# README command 1: install what is missing, build, and open the console on
# an embedded SQLite database filled with demo data. Extra arguments go to
# exconsole (e.g. --db URL). Without a display, it runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
build=${EXCHANGE_BUILD_DIR:-build}
console=("$build/app/exconsole/exconsole" --demo "$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "console: no display found; running under Xvfb (screenshots: exconsole --screenshots DIR)" >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" "${console[@]}"
fi
exec "${console[@]}"
