#!/usr/bin/env bash
# Issue 31's benchmark: a supervisor's team workload page (GET /supervision/workload) on the data set
# of bench/notes-load.sh (100,000 participants, 2,000,000 notes: run that once first), with the 16
# "today" workers of bench/today-load.sh (40 people and 20 notes each) and, added once, 8 supervisors
# of 12 of them each. N clients sign in as the supervisors and read the page; BENCH_THINK_MS=1000
# makes them pause like people (by default they send back to back: the machine's limit).
# Usage: bench/workload-load.sh [clients] [rounds] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_PAGE=workload exec bench/today-load.sh "${1:-8}" "${2:-3}" "${3:-15}"
