#!/usr/bin/env bash
# Starts the packaged jar on loopback with a 512 MB heap and runs bench/load.py against it, with real page
# sessions editing cells in headless Chromium beside the API load. Bounded (DURATION ≤ 120 s); stops the
# server it started. Needs a JDK 21+, python3, chromium (Debian) and ./mvnw -DskipTests package.
# Usage: bench/load.sh [seconds] [heavy clients]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.check.skip=true -Dvaadin.skip
export BENCH_CP="target/test-classes:target/classes:$(cat target/bench.classpath)"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
JAR=$(ls target/backprop-lab-*.jar | head -n 1)
PORT=${BENCH_PORT:-18161}
java -Xmx512m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 >target/load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 90); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
BENCH_PID=$SERVER python3 bench/load.py "http://127.0.0.1:$PORT" "${1:-30}" "${2:-32}"
