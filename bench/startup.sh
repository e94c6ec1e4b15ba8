#!/usr/bin/env bash
# Measures the README's run command: seconds from `./mvnw spring-boot:run` to a served sign-in
# page, and the resident memory of the running app (java RSS, embedded postgres PSS), after one
# idle minute. Runs N times (default 3) on the same data directory and prints each run and the median.
# Usage: bench/startup.sh [runs] [data-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
data=${2:-target/bench-data}
port=18080
export ALONGSIDE_DATA_DIR="$data"
./mvnw -q -B -DskipTests compile

times=(); rss=(); pss=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s.%N)
  ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments=--server.port=$port > "target/bench-run-$i.log" 2>&1 &
  mvn_pid=$!
  until curl -sf -o /dev/null "http://localhost:$port/signin"; do sleep 0.1; done
  end=$(date +%s.%N)
  times+=("$(echo "$end - $start" | bc)")
  sleep 60
  java_pid=$(pgrep -f "org.alongside.AlongsideApplication" | head -1)
  rss+=("$(awk '/VmRSS/ {print int($2/1024)}' /proc/"$java_pid"/status)")
  pg_kb=0
  for p in $(pgrep -f "postgres.*$(realpath "$data")/pg" || true) $(pgrep -P "$(pgrep -f "postgres -D $(realpath "$data")/pg" | head -1)" 2>/dev/null || true); do
    kb=$(awk '/^Pss:/ {print $2}' /proc/"$p"/smaps_rollup 2>/dev/null || echo 0)
    pg_kb=$((pg_kb + kb))
  done
  pss+=("$((pg_kb / 1024))")
  kill "$java_pid"; wait "$mvn_pid" 2>/dev/null || true
  echo "run $i: sign-in page after ${times[-1]} s; java RSS ${rss[-1]} MiB; postgres PSS ${pss[-1]} MiB"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: sign-in page after $(median "${times[@]}") s; java RSS $(median "${rss[@]}") MiB; postgres PSS $(median "${pss[@]}") MiB"
