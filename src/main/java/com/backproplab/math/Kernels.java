package com.backproplab.math;

import java.util.Arrays;
import java.util.concurrent.ForkJoinPool;
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

    /** Rows of B that {@link #ownMultTransA} keeps in cache at a time: a multiple of four. */
    static final int CHUNK = 64;

    /** Output rows shorter than this make a poor inner loop: see {@link #ownMultTransA}. */
    static final int NARROW = 16;

    private Kernels() {}

    /** C = A·B + 1·r; A is m×n, B is n×p, r has length p; C (m×p) is overwritten. */
    static void multAddRow(double[][] a, double[][] b, double[] r, double[][] c) {
        if (NativeProducts.takes(a.length, b.length, r.length)) {
            NativeProducts.mult(a, b, r, c);
        } else {
            ownMultAddRow(a, b, r, c);
        }
    }

    /**
     * {@link #multAddRow} in the engine's own loops, whatever the machine has. A large product with output
     * rows narrower than {@link #NARROW} (the output layer's Z of a classifier) computes two rows per pass,
     * so that each row of B is loaded once for both: the same sums in the same order, about 1.5× as fast on
     * 1,024 × 128 × 10 (on wide rows it is slower, so only there).
     */
    static void ownMultAddRow(double[][] a, double[][] b, double[] r, double[][] c) {
        int m = a.length;
        if (r.length < NARROW && !sequential(m, b.length, r.length)) {
            IntStream.range(0, (m + 1) / 2).parallel().forEach(h -> multAddRowPairAt(2 * h, a, b, r, c));
        } else if (sequential(m, b.length, r.length)) {
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

    /** Rows i and i+1 of C = A·B + 1·r, or row i alone if it is the last. */
    private static void multAddRowPairAt(int i, double[][] a, double[][] b, double[] r, double[][] c) {
        if (i + 1 == a.length) {
            multAddRowAt(a[i], b, r, c[i]);
            return;
        }
        double[] c0 = c[i];
        double[] c1 = c[i + 1];
        System.arraycopy(r, 0, c0, 0, r.length);
        System.arraycopy(r, 0, c1, 0, r.length);
        double[] a0 = a[i];
        double[] a1 = a[i + 1];
        int n = b.length;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            double[] x0 = b[k];
            double[] x1 = b[k + 1];
            double[] x2 = b[k + 2];
            double[] x3 = b[k + 3];
            double p0 = a0[k], p1 = a0[k + 1], p2 = a0[k + 2], p3 = a0[k + 3];
            double q0 = a1[k], q1 = a1[k + 1], q2 = a1[k + 2], q3 = a1[k + 3];
            for (int j = 0; j < c0.length; j++) {
                double y0 = x0[j], y1 = x1[j], y2 = x2[j], y3 = x3[j];
                c0[j] += p0 * y0 + p1 * y1 + p2 * y2 + p3 * y3;
                c1[j] += q0 * y0 + q1 * y1 + q2 * y2 + q3 * y3;
            }
        }
        for (; k < n; k++) {
            axpy(a0[k], b[k], c0);
            axpy(a1[k], b[k], c1);
        }
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

    /**
     * {@link #multTransA} in the engine's own loops, whatever the machine has. A large product whose output
     * rows are narrower than {@link #NARROW} (a dW of a layer with few units, such as 128 × 10) runs as
     * Cᵀ = Bᵀ·A instead, so that the inner loop runs over A's long rows rather than C's short ones: each
     * element is the same products summed in the same order (only each product's two factors swap, which
     * is exact), so the bits are the same, at about three times the speed on 1,024 × 128 × 10.
     */
    static void ownMultTransA(double[][] a, double[][] b, double[][] c) {
        int n = c.length;
        int m = a.length;
        int p = n == 0 ? 0 : c[0].length;
        if (runsTransposed(n, m, p)) {
            double[][] bt = new double[p][m];
            transpose(b, bt);
            double[][] ct = new double[p][n];
            ownMult(bt, a, ct);
            transpose(ct, c);
        } else if (sequential(n, m, p)) {
            multTransARows(0, n, a, b, c);
        } else {
            int parts = Math.min(n, ForkJoinPool.getCommonPoolParallelism() + 1);
            IntStream.range(0, parts)
                    .parallel()
                    .forEach(t -> multTransARows(t * n / parts, (t + 1) * n / parts, a, b, c));
        }
    }

    /**
     * Rows [from, to) of C = Aᵀ·B: c_i = Σ_k a_ki·b_k, the k in groups of four in increasing order, then the
     * last m mod 4 one by one. The groups go {@link #CHUNK} rows of B at a time over all the rows of C, so that
     * those rows of B stay in cache while they are used; each element still sums the same groups in the
     * same order.
     */
    private static void multTransARows(int from, int to, double[][] a, double[][] b, double[][] c) {
        int m = a.length;
        int grouped = m - m % 4;
        for (int i = from; i < to; i++) {
            Arrays.fill(c[i], 0.0);
        }
        for (int k0 = 0; k0 < grouped; k0 += CHUNK) {
            int k1 = Math.min(grouped, k0 + CHUNK);
            for (int i = from; i < to; i++) {
                double[] ci = c[i];
                for (int k = k0; k < k1; k += 4) {
                    axpy4(a[k][i], b[k], a[k + 1][i], b[k + 1], a[k + 2][i], b[k + 2], a[k + 3][i], b[k + 3], ci);
                }
            }
        }
        for (int i = from; i < to; i++) {
            for (int k = grouped; k < m; k++) {
                axpy(a[k][i], b[k], c[i]);
            }
        }
    }

    /** Whether {@link #ownMultTransA} of an n×p output over m rows runs as Cᵀ = Bᵀ·A. */
    static boolean runsTransposed(int n, int m, int p) {
        return p < NARROW && p < n && !sequential(n, m, p);
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
