#!/usr/bin/env bash
# Calibrates the training budget's cost model (TrainingCost): times full-batch steps of thin and wide
# networks on this machine, fits the per-unit and per-layer overheads, and prints ns per cost unit for each.
# Needs a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.check.skip=true -Dvaadin.skip
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -cp "$CP" com.backproplab.bench.TrainingCostBenchmark
