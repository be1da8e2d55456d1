#!/usr/bin/env bash
# The multiply kernels measured for issue 15 (DD002), on one core, in GFLOP/s: today's kernel ("old"),
# two register-blocked pure-Java kernels and one on the Vector API, on the shapes of the benchmark's
# case (c) and (b); then NumPy's matmul on the first five shapes. "(DIFF)" would mark a kernel whose bits
# differ from today's. Needs a JDK 25 (the Vector API is incubating) and python3 with numpy.
set -euo pipefail
cd "$(dirname "$0")"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
javac --add-modules jdk.incubator.vector -d "$OUT" Harness.java KernelBench.java VecBench.java 2>&1 | grep -v -i warning || true
java --add-modules jdk.incubator.vector -cp "$OUT" KernelBench vec 2>&1 | grep -v 'incubator modules'
python3 np_gemm.py
