#!/usr/bin/env bash
# Audited write throughput: packages Alongside, starts it on a fresh data directory on loopback,
# and runs bench/WriteLoad.java (16 clients, 3 rounds of 15 s after a 5 s warm-up by default).
# Usage: bench/write-load.sh [clients] [rounds] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package
data=$(mktemp -d target/bench-load-XXXX)
port=18090
password="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')"
ALONGSIDE_DATA_DIR="$data" ALONGSIDE_ADMIN_EMAIL=bench@bench.example ALONGSIDE_ADMIN_PASSWORD="$password" \
  java -jar target/alongside-*.jar --server.port=$port > "$data.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/signin"; do sleep 0.2; done
java bench/WriteLoad.java "http://localhost:$port" bench@bench.example "$password" "${1:-16}" "${2:-3}" "${3:-15}"
