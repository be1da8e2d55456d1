package com.backproplab.math;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Large products through the machine's OpenBLAS ({@code dgemm}, reached through {@code dev.ludovic.netlib}'s
 * JNI wrapper), when it is installed: Debian's {@code libopenblas0}. Optional: without the library, or with
 * {@code -Dbackprop.engine.blas=java}, every product runs in {@link Kernels}' own loops.
 *
 * <p>Only products of at least {@link #WORK} multiply-adds come here, so the small networks a learner edits
 * stay on the engine's own kernels, bit for bit as before, and every product here is large enough to pay
 * for copying its rows into BLAS's layout. OpenBLAS orders its sums differently (blocks and FMA),
 * so a large product differs from the own kernels' by rounding (within 1e-12 of Σₖ|aᵢₖ·bₖⱼ|); the trainer and the
 * readable trace both multiply through {@link Kernels}, so they stay equal to each other bit for bit.
 *
 * <p>Row-major arrays are column-major transposes, so {@code C = A·B} runs as {@code Cᵀ = Bᵀ·Aᵀ}.
 */
final class NativeProducts {

    /** Multiply-adds from which a product goes to OpenBLAS: the size from which the own kernels use threads. */
    static final long WORK = 1L << 18;

    /** The system property that turns OpenBLAS off ({@code java}) or on when present ({@code auto}). */
    static final String SWITCH = "backprop.engine.blas";

    private static final String LIBRARY_PROPERTY = "dev.ludovic.netlib.blas.nativeLib";
    private static final String LIBRARY = "libopenblas.so.0";

    /** netlib logs each of its own fallbacks it cannot load (its Vector API one needs a flag) as a warning. */
    private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib.blas.InstanceBuilder");

    private static final BLAS BLAS = load();

    private NativeProducts() {}

    /** Whether OpenBLAS was found and is in use. */
    static boolean available() {
        return BLAS != null;
    }

    /** Whether a product of rows×inner×cols multiply-adds goes to OpenBLAS. */
    static boolean takes(int rows, int inner, int cols) {
        return BLAS != null && (long) rows * inner * cols >= WORK;
    }

    /** C = A·B + 1·r (r null: C = A·B); A is m×n, B is n×p, r has length p; C (m×p) is overwritten. */
    static void mult(double[][] a, double[][] b, double[] r, double[][] c) {
        int n = b.length;
        int p = c[0].length;
        double[] cf = new double[a.length * p];
        multFlat(flat(a, n), flat(b, p), r, cf, a.length, n, p);
        unflat(cf, c);
    }

    /**
     * {@link #mult} on row-major arrays: A (m×n) in a[i·n + k], B (n×p) in b[k·p + j], C (m×p) in
     * c[i·p + j], overwritten. The call the row form makes after copying, so both give the same bits.
     * Without r, β = 0, and BLAS then never reads C: a buffer reused from the last step is fine.
     */
    static void multFlat(double[] a, double[] b, double[] r, double[] c, int m, int n, int p) {
        if (r != null) {
            for (int i = 0; i < m; i++) {
                System.arraycopy(r, 0, c, i * p, p);
            }
        }
        BLAS.dgemm("N", "N", p, m, n, 1.0, b, p, a, n, r == null ? 0.0 : 1.0, c, p);
    }

    /** C = Aᵀ·B; A is m×n, B is m×p; C (n×p) is overwritten. */
    static void multTransA(double[][] a, double[][] b, double[][] c) {
        int n = c.length;
        int p = c[0].length;
        double[] cf = new double[n * p];
        multTransAFlat(flat(a, n), flat(b, p), cf, a.length, n, p);
        unflat(cf, c);
    }

    /** {@link #multTransA} on row-major arrays: A (m×n), B (m×p), C (n×p) overwritten; as {@link #multFlat}. */
    static void multTransAFlat(double[] a, double[] b, double[] c, int m, int n, int p) {
        BLAS.dgemm("N", "T", p, n, m, 1.0, b, p, a, n, 0.0, c, p);
    }

    /** The rows side by side in one array: a row-major matrix, which BLAS reads as its transpose. */
    private static double[] flat(double[][] rows, int width) {
        double[] f = new double[rows.length * width];
        flat(rows, f);
        return f;
    }

    /** Writes the rows side by side into f. */
    static void flat(double[][] rows, double[] f) {
        for (int i = 0, at = 0; i < rows.length; at += rows[i].length, i++) {
            System.arraycopy(rows[i], 0, f, at, rows[i].length);
        }
    }

    /** Copies a row-major f into the rows. */
    static void unflat(double[] f, double[][] rows) {
        int width = rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(f, i * width, rows[i], 0, width);
        }
    }

    private static BLAS load() {
        if ("java".equalsIgnoreCase(System.getProperty(SWITCH, "auto"))) {
            return null;
        }
        if (System.getProperty(LIBRARY_PROPERTY) == null && System.getProperty(LIBRARY_PROPERTY + "Path") == null) {
            System.setProperty(LIBRARY_PROPERTY, LIBRARY);
        }
        NETLIB_LOG.setLevel(Level.SEVERE);
        try {
            BLAS blas = NativeBLAS.getInstance();
            return worksOn(blas) ? blas : null;
        } catch (RuntimeException | LinkageError absent) {
            return null;
        }
    }

    /** A 2×2 product the library must get exactly right before it is trusted with the engine's. */
    private static boolean worksOn(BLAS blas) {
        double[] c = new double[4];
        blas.dgemm("N", "N", 2, 2, 2, 1.0, new double[] {1, 2, 3, 4}, 2, new double[] {5, 6, 7, 8}, 2, 0.0, c, 2);
        return Arrays.equals(c, new double[] {23, 34, 31, 46});
    }
}
