#!/usr/bin/env bash
# One case of the training benchmark, the engine and NumPy taking turns, so that the machine's load (which
# moves NumPy's own time by 1.5x from minute to minute here) falls on both alike. Each round runs the engine
# with OpenBLAS (where installed), the engine with its own kernels only, and NumPy, each the best of
# several runs; prints each round's ratios and, at the end, their medians.
# Usage: bench/engine-vs-numpy.sh [rounds=7] [case=c] [runs per round=4]
# Needs a JDK 21+ and python3 with numpy.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-7}
CASE=${2:-c}
RUNS=${3:-4}
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.check.skip=true
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
seconds() { awk '/steps/ { print $5 }'; }
RESULTS=$(mktemp)
trap 'rm -f "$RESULTS"' EXIT
for round in $(seq "$ROUNDS"); do
  blas=$(java -cp "$CP" com.backproplab.bench.TrainingBenchmark "$RUNS" "$CASE" 2>/dev/null | seconds)
  own=$(java -Dbackprop.engine.blas=java -cp "$CP" com.backproplab.bench.TrainingBenchmark "$RUNS" "$CASE" 2>/dev/null | seconds)
  numpy=$(python3 bench/numpy_training.py "$RUNS" "$CASE" | seconds)
  echo "$blas $own $numpy" >>"$RESULTS"
  awk -v r="$round" -v l="$(uptime | sed 's/.*average: //')" '{ printf "round %d  engine %.3f s (%.2fx NumPy)  own kernels %.3f s (%.2fx)  NumPy %.3f s  load %s\n", r, $1, $3 / $1, $2, $3 / $2, $3, l }' <<<"$blas $own $numpy"
done
LARGE=$(java -cp "$CP" com.backproplab.bench.TrainingBenchmark 1 none 2>/dev/null | head -n 1 | sed 's/.*: //')
median() { sort -g | awk '{ v[NR] = $1 } END { printf "median %.2fx (min %.2fx, max %.2fx)", v[int((NR + 1) / 2)], v[1], v[NR] }'; }
echo "case $CASE, $ROUNDS rounds, engine / NumPy speed:" \
  "large products in $LARGE, $(awk '{ print $3 / $1 }' "$RESULTS" | median);" \
  "own kernels only $(awk '{ print $3 / $2 }' "$RESULTS" | median)"
