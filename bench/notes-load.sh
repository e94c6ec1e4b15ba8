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
./mvnw -q -B -DskipTests package
jar=$(ls target/alongside-*.jar | head -1)
mkdir -p target/bench-lib
(cd target/bench-lib && jar xf "../../$jar" $(jar tf "../../$jar" | grep 'BOOT-INF/lib/postgresql-.*\.jar'))
driver=$(ls target/bench-lib/BOOT-INF/lib/postgresql-*.jar)
data=target/bench-notes
mkdir -p "$data"
port=18091
if [ ! -f "$data/bench.password" ]; then
  head -c 18 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9' > "$data/bench.password"
fi
password=$(cat "$data/bench.password")
ALONGSIDE_DATA_DIR="$data" ALONGSIDE_ADMIN_EMAIL=bench@bench.example ALONGSIDE_ADMIN_PASSWORD="$password" \
  java ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port=$port > "$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://localhost:$port/signin"; do sleep 0.2; done
java -cp "$driver" ${BENCH_ONLY:+-Donly=$BENCH_ONLY} bench/NotesLoad.java "http://localhost:$port" bench@bench.example "$password" "$data" \
  "${1:-16}" "${2:-3}" "${3:-15}"
