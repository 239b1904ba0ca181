#!/bin/sh
# Builds the libFuzzer targets with clang into build-fuzz and runs each for
# SECONDS (default 60), seeded from tests/fuzz/regressions/<target>. Crashes
# land in build-fuzz/crashes/<target>/; copy each into
# tests/fuzz/regressions/<target>/ once fixed, so ctest replays it forever.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=${*:-"strkey base32 hex rlp msgpack xdr amount json"}
build="$root/build-fuzz"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DEXCHANGE_FUZZ=ON >/dev/null
for t in $targets; do
  cmake --build "$build" --target "fuzz_$t" -j2 >/dev/null
done

status=0
for t in $targets; do
  corpus="$build/corpus/$t"
  crashes="$build/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  echo "== fuzz_$t for ${seconds}s"
  if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
      -artifact_prefix="$crashes/" "$corpus" "$root/tests/fuzz/regressions/$t" 2>"$build/fuzz_$t.log"; then
    status=1
    echo "   CRASH: see $build/fuzz_$t.log and $crashes/"
  fi
  grep -E "stat::number_of_executed_runs|cov:" "$build/fuzz_$t.log" | tail -2 | sed 's/^/   /'
done
exit $status
