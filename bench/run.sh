#!/usr/bin/env bash
# Runs the training benchmarks side by side on this machine and prints their numbers:
# the engine in-process, NumPy, and the engine through POST /api/v1/train of the packaged jar.
# Needs a JDK 21+, python3 with numpy, and a built jar (./mvnw -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.check.skip=true
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"

echo "== engine, in process"
java -cp "$CP" com.backproplab.bench.TrainingBenchmark 5
echo "== engine, in process, own kernels only (-Dbackprop.engine.blas=java: no OpenBLAS)"
java -Dbackprop.engine.blas=java -cp "$CP" com.backproplab.bench.TrainingBenchmark 5
echo "== NumPy $(python3 -c 'import numpy; print(numpy.__version__)')"
python3 bench/numpy_training.py 3

JAR=$(ls target/backprop-lab-*.jar | head -n 1)
PORT=${BENCH_PORT:-18080}
echo "== engine through /api/v1/train ($JAR on port $PORT)"
java -jar "$JAR" --server.port="$PORT" --backprop.limits.max-units=128 >target/bench-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 60); do
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
java -cp "$CP" com.backproplab.bench.ApiTrainingBenchmark "http://localhost:$PORT"
