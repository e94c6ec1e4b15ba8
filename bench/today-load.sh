#!/usr/bin/env bash
# The Today page under load (issue 15): starts Alongside on the data set of bench/notes-load.sh
# (100,000 participants, 2,000,000 notes: run that once first), adds once 16 peer workers with a
# 40-person caseload each, and runs bench/TodayLoad.java: N clients, each signed in through the
# form as one of them, reading GET /today. Prints p50/p95/p99 per round and the page weights of
# Today and of the note form. BENCH_THINK_MS=1000 makes each client wait 0.5-1.5 s between requests,
# each starting at its own moment, like people (by default they send back to back: the machine's limit).
# BENCH_CALLS=20 plans that many check-in calls for today on each worker's caseload (issue 29).
# Usage: bench/today-load.sh [clients] [rounds] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f "${BENCH_DATA:-target/bench-notes}/bench.workers" ]; then
  echo "Run bench/notes-load.sh first: it seeds the 100,000 people this benchmark adds to." >&2
  exit 1
fi
. bench/server.sh
java -cp "$driver" bench/TodayLoad.java "http://localhost:$port" bench@bench.example "$password" "$data" \
  "${1:-16}" "${2:-3}" "${3:-15}"
