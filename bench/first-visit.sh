#!/usr/bin/env bash
# A new visitor's first visit of /: starts the packaged jar on loopback and loads the page in headless
# Chromium (Debian's /usr/bin/chromium) in a fresh browser context each time, then prints the requests, the
# bytes on the wire and decoded, the first contentful paint, the time until the tables show and until the
# network is idle, and every request of the last visit (bench/first-visit.mjs). Needs a JDK 21+, Node 24
# with npm (it installs playwright-core into a cache folder, not into the project) and the jar:
#   ./mvnw -B -ntp package -DskipTests
# Usage: bench/first-visit.sh [visits] [warm-up visits] [server options…]
#   e.g. bench/first-visit.sh 5 2 --server.compression.enabled=false    (JAR=… and CHROMIUM=… name others)
set -euo pipefail
cd "$(dirname "$0")/.."
PLAYWRIGHT_CORE_VERSION=1.62.0
TOOLS="${BACKPROP_TOOLS:-$HOME/.cache/backprop-lab-tools}/playwright-core-$PLAYWRIGHT_CORE_VERSION"
if [ ! -d "$TOOLS/node_modules/playwright-core" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --silent --no-audit --no-fund "playwright-core@$PLAYWRIGHT_CORE_VERSION" >/dev/null
fi
JAR=${JAR:-$(ls target/backprop-lab-*.jar 2>/dev/null | head -n 1)}
[ -n "$JAR" ] || { echo "No jar in target/: build it with ./mvnw -B -ntp package -DskipTests" >&2; exit 1; }
PORT=${BENCH_PORT:-18162}
VISITS=${1:-5}
WARM_UP=${2:-2}
shift $(($# < 2 ? $# : 2))
java -Xmx512m -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 "$@" >target/first-visit-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 90); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
PLAYWRIGHT_CORE="$TOOLS/node_modules/playwright-core" node bench/first-visit.mjs \
  "http://127.0.0.1:$PORT/" "$VISITS" "$WARM_UP"
