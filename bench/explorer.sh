#!/usr/bin/env bash
# Measures the explorer: edit-to-updated-page latency (p50/p95) on the seed network and on a network with
# three hidden layers, and the heap one open session holds. Runs the app in-process with the production
# bundle and drives it with Playwright's Chromium (Debian's /usr/bin/chromium where installed).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -Dspotless.check.skip=true
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 java -Xmx512m -Dvaadin.productionMode=true -cp "$CP" com.backproplab.bench.ExplorerBenchmark "${1:-200}" "${2:-10}"
