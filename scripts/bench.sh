#!/usr/bin/env bash
# Runs the benchmarks and prints their figures: `cmake --build build --target bench`
# (or scripts/bench.sh BUILD_DIR [--quick]). Starts a private PostgreSQL for the
# PostgreSQL figures and stops it afterwards.
set -euo pipefail
build=$(realpath "${1:-build}")
shift || true
here=$(cd "$(dirname "$0")" && pwd)
state="$build/pgbench"
"$here/pg-test-server.sh" start "$state" >/dev/null
trap '"$here/pg-test-server.sh" stop "$state"' EXIT
"$build/tests/bench/bench_ledger" --pg "$(cat "$state/url")" "$@"
"$build/tests/bench/bench_migrate" --pg "$(cat "$state/url")" "$@"
"$build/tests/bench/bench_book" "$@"
"$build/tests/bench/bench_json" "$@"
if [[ -x "$build/tests/bench/bench_json_avx2" ]] && grep -qw avx2 /proc/cpuinfo; then
  "$build/tests/bench/bench_json_avx2" "$@"
fi
"$build/tests/bench/bench_deposits" "$@"
"$build/tests/bench/bench_approvals" --pg "$(cat "$state/url")" "$@"
"$build/tests/bench/bench_withdrawals_model" "$@"
"$build/tests/bench/bench_customers" "$@"
"$build/tests/bench/bench_messages" "$@"
"$build/tests/bench/bench_trade_api" "$build/app/exctl/exctl" "$@"
"$build/tests/bench/bench_backoffice" "$build/app/exctl/exctl" --pg "$(cat "$state/url")" "$@"
"$build/tests/bench/bench_live_updates" "$build/app/exctl/exctl" "$build/tests/support/exchange_modelprobe" --pg "$(cat "$state/url")" "$@"
"$build/tests/bench/bench_payouts" "$@"
"$build/tests/bench/bench_stellarchannels" "$@"
