#!/usr/bin/env bash
# Issue 30's benchmark: the program outcome report and a person's score chart page, on the synthetic
# history of bench/history.sh (made first if absent: 100,000 participants, or BENCH_PEOPLE). Packages
# Alongside, starts it on target/bench-history (or $BENCH_DATA), and runs bench/OutcomesLoad.java:
# (a) the report of the largest program over three years, median of 5, beside the hand-written SQL
# of bench/outcome-report.sql; (b) the chart page with [clients] clients, back to back, or at a
# reading pace with BENCH_THINK_MS=1000.
# Usage: bench/outcomes-load.sh [clients] [rounds] [seconds]      BENCH_ONLY=a or BENCH_ONLY=b runs one of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DATA=${BENCH_DATA:-target/bench-history}
. bench/server.sh
java -cp "$driver" bench/SyntheticHistory.java "http://localhost:$port" bench@bench.example "$password" "$data" "${BENCH_PEOPLE:-100000}"
java -cp "$driver" ${BENCH_ONLY:+-Donly=$BENCH_ONLY} bench/OutcomesLoad.java "http://localhost:$port" bench@bench.example "$password" "$data" \
  "${1:-16}" "${2:-3}" "${3:-15}"
