# Sourced by the load benchmarks: packages Alongside, starts it on the bench data directory
# (target/bench-notes, or $BENCH_DATA) on loopback port 18091, and stops it when the script exits. Sets $driver
# (the PostgreSQL JDBC jar, for the load programs), $data, $port and $password.
./mvnw -q -B -DskipTests package
jar=$(ls target/alongside-*.jar | head -1)
mkdir -p target/bench-lib
(cd target/bench-lib && jar xf "../../$jar" $(jar tf "../../$jar" | grep 'BOOT-INF/lib/postgresql-.*\.jar'))
driver=$(ls target/bench-lib/BOOT-INF/lib/postgresql-*.jar)
data=${BENCH_DATA:-target/bench-notes}
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
