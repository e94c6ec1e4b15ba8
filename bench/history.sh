#!/usr/bin/env bash
# A synthetic program history for demos and benchmarks (bench/SyntheticHistory.java): packages
# Alongside, starts it on its own data directory (target/bench-history, or $BENCH_DATA), and fills
# it with five programs, 50 peer workers and [participants] people (100,000 by default) enrolled
# over three years, with 20 contacts each, PHQ-9 and GAD-7 on the SUPRT timepoints, life events,
# groups and referrals. Kept and reused; the same size always gives the same history.
# Usage: bench/history.sh [participants]     Then run Alongside on it: ALONGSIDE_DATA_DIR=target/bench-history
#        (sign in as bench@bench.example with the password in target/bench-history/bench.password).
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DATA=${BENCH_DATA:-target/bench-history}
. bench/server.sh
java -cp "$driver" bench/SyntheticHistory.java "http://localhost:$port" bench@bench.example "$password" "$data" "${1:-100000}"
