package com.backproplab.math;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Multiply kernels on row arrays, shared by the trace (through {@link Matrices}) and by the trainer, so
 * that both compute bit for bit the same numbers. They write into a given output, so the trainer can reuse
 * its buffers. The innermost loop is a contiguous "row += Σ scalar·row" over four rows at once, which the
 * JIT vectorises (each row a separate array, which its vectoriser needs) and which reads and writes the
 * output row a quarter as often as a plain i-k-j loop. Products of more than {@link #PARALLEL_WORK}
 * multiply-adds split their output rows over the common fork-join pool; each row is computed the same way
 * whichever thread computes it. Where the machine has OpenBLAS, products of at least {@link
 * NativeProducts#WORK} multiply-adds run there instead (DD002).
 */
final class Kernels {

    /** Multiply-adds above which a product is worth splitting over threads. */
    static final long PARALLEL_WORK = 1L << 18;

    private Kernels() {}

    /** C = A·B + 1·r; A is m×n, B is n×p, r has length p; C (m×p) is overwritten. */
    static void multAddRow(double[][] a, double[][] b, double[] r, double[][] c) {
        if (NativeProducts.takes(a.length, b.length, r.length)) {
            NativeProducts.mult(a, b, r, c);
        } else {
            ownMultAddRow(a, b, r, c);
        }
    }

    /** {@link #multAddRow} in the engine's own loops, whatever the machine has. */
    static void ownMultAddRow(double[][] a, double[][] b, double[] r, double[][] c) {
        int m = a.length;
        if (sequential(m, b.length, r.length)) {
            for (int i = 0; i < m; i++) {
                multAddRowAt(a[i], b, r, c[i]);
            }
        } else {
            IntStream.range(0, m).parallel().forEach(i -> multAddRowAt(a[i], b, r, c[i]));
        }
    }

    private static void multAddRowAt(double[] ai, double[][] b, double[] r, double[] ci) {
        System.arraycopy(r, 0, ci, 0, r.length);
        multRow(ai, b, ci);
    }

    /** C = A·B; A is m×n, B is n×p; C (m×p) is overwritten. */
    static void mult(double[][] a, double[][] b, double[][] c) {
        if (NativeProducts.takes(a.length, b.length, c.length == 0 ? 0 : c[0].length)) {
            NativeProducts.mult(a, b, null, c);
        } else {
            ownMult(a, b, c);
        }
    }

    /** {@link #mult} in the engine's own loops, whatever the machine has. */
    static void ownMult(double[][] a, double[][] b, double[][] c) {
        int m = a.length;
        if (sequential(m, b.length, c.length == 0 ? 0 : c[0].length)) {
            for (int i = 0; i < m; i++) {
                multAt(a[i], b, c[i]);
            }
        } else {
            IntStream.range(0, m).parallel().forEach(i -> multAt(a[i], b, c[i]));
        }
    }

    private static void multAt(double[] ai, double[][] b, double[] ci) {
        Arrays.fill(ci, 0.0);
        multRow(ai, b, ci);
    }

    private static void multRow(double[] ai, double[][] b, double[] ci) {
        int n = b.length;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            axpy4(ai[k], b[k], ai[k + 1], b[k + 1], ai[k + 2], b[k + 2], ai[k + 3], b[k + 3], ci);
        }
        for (; k < n; k++) {
            axpy(ai[k], b[k], ci);
        }
    }

    /** C = Aᵀ·B; A is m×n, B is m×p; C (n×p) is overwritten. */
    static void multTransA(double[][] a, double[][] b, double[][] c) {
        if (NativeProducts.takes(c.length, a.length, c.length == 0 ? 0 : c[0].length)) {
            NativeProducts.multTransA(a, b, c);
        } else {
            ownMultTransA(a, b, c);
        }
    }

    /** {@link #multTransA} in the engine's own loops, whatever the machine has. */
    static void ownMultTransA(double[][] a, double[][] b, double[][] c) {
        int n = c.length;
        int m = a.length;
        if (sequential(n, m, n == 0 ? 0 : c[0].length)) {
            for (int i = 0; i < n; i++) {
                multTransAAt(i, a, b, c[i]);
            }
        } else {
            IntStream.range(0, n).parallel().forEach(i -> multTransAAt(i, a, b, c[i]));
        }
    }

    private static void multTransAAt(int i, double[][] a, double[][] b, double[] ci) {
        Arrays.fill(ci, 0.0);
        int m = a.length;
        int k = 0;
        for (; k + 3 < m; k += 4) {
            axpy4(a[k][i], b[k], a[k + 1][i], b[k + 1], a[k + 2][i], b[k + 2], a[k + 3][i], b[k + 3], ci);
        }
        for (; k < m; k++) {
            axpy(a[k][i], b[k], ci);
        }
    }

    /** T = Aᵀ; A is m×n; T (n×m) is overwritten. */
    static void transpose(double[][] a, double[][] t) {
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            for (int j = 0; j < ai.length; j++) {
                t[j][i] = ai[j];
            }
        }
    }

    /** Whether a product of rows×inner×cols multiply-adds stays on one thread. */
    static boolean sequential(int rows, int inner, int cols) {
        return rows < 2 || (long) rows * inner * cols < PARALLEL_WORK;
    }

    /** y += α·x. */
    private static void axpy(double alpha, double[] x, double[] y) {
        for (int j = 0; j < y.length; j++) {
            y[j] += alpha * x[j];
        }
    }

    /** y += a0·x0 + a1·x1 + a2·x2 + a3·x3, evaluated left to right. */
    private static void axpy4(
            double a0,
            double[] x0,
            double a1,
            double[] x1,
            double a2,
            double[] x2,
            double a3,
            double[] x3,
            double[] y) {
        for (int j = 0; j < y.length; j++) {
            y[j] += a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
        }
    }
}
