#!/usr/bin/env bash
# The resource directory under load (issue 16): starts Alongside on its own data directory
# (target/bench-directory), writes once an HSDS data package of 50,000 made-up services, imports it
# through the API and times the import, then runs bench/DirectoryLoad.java: N clients on the staff
# search page (words + need + free + open now + near a postcode) and on the HSDS API's
# GET /hsds/services?search=food&per_page=50. Prints p50/p95/p99 per round. BENCH_THINK_MS=1000 makes each
# client wait about a second between requests (people reading results, each starting at its own moment)
# instead of sending back to back;
# BENCH_REIMPORT=1 imports the package again into a directory that already holds it (it updates by id);
# BENCH_ONE_HTTP_CLIENT=1 sends every staff-search client through one shared HTTP client (its session as a
# Cookie header), to tell the load client's own costs from the server's.
# BENCH_SEARCH_PAGE=/directory measures another page in the search page's place (for example the search form
# with no search, the floor that any signed-in page costs here).
# Usage: bench/directory-load.sh [clients] [rounds] [seconds] [services]
set -euo pipefail
cd "$(dirname "$0")/.."
export BENCH_DATA=target/bench-directory
. bench/server.sh
java bench/DirectoryLoad.java "http://localhost:$port" bench@bench.example "$password" "$data/package" \
  "${1:-16}" "${2:-3}" "${3:-15}" "${4:-50000}"
