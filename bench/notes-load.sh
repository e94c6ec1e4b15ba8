#!/usr/bin/env bash
# Contact notes under load (issue 9's benchmark): packages Alongside, starts it on a data directory
# on loopback, seeds 100,000 participants and 2,000,000 signed notes straight into its embedded
# PostgreSQL (once; the directory is kept and reused), then runs bench/NotesLoad.java:
# 16 clients, each a peer worker with its own API token, (a) write-and-sign complete notes, one
# request per note, and (b) read a person's 50 latest notes. Access checks and audit stay on.
# Usage: bench/notes-load.sh [clients] [rounds] [seconds]      (data in target/bench-notes)
#        BENCH_ONLY=a or BENCH_ONLY=b runs one of the two loads; BENCH_JAVA_OPTS goes to the server JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/server.sh
java -cp "$driver" ${BENCH_ONLY:+-Donly=$BENCH_ONLY} bench/NotesLoad.java "http://localhost:$port" bench@bench.example "$password" "$data" \
  "${1:-16}" "${2:-3}" "${3:-15}"
