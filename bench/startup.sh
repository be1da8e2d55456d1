#!/usr/bin/env bash
# Start-up of the packaged jar to its first served page (GET / answering 200), as built and with the
# JDK 25 AOT cache the Dockerfile uses. Needs a JDK 25, python3 and a built jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/backprop-lab-*.jar | head -n 1)}
python3 bench/startup.py "$JAR" "${2:-3}" "${BENCH_PORT:-18081}"
