package com.backproplab.math;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Small dense-matrix operations on {@link RealMatrix}, with cache-friendly kernels and the shape checks in
 * one place. No method modifies its arguments; every result is a new matrix.
 */
public final class Matrices {

    private Matrices() {}

    /** Wraps {@code data} without copying; the caller hands over ownership. */
    public static RealMatrix wrap(double[][] data) {
        return new Array2DRowRealMatrix(data, false);
    }

    /** A copy of {@code rows} as a matrix; every row must have the same length. */
    public static RealMatrix of(double[]... rows) {
        return new Array2DRowRealMatrix(rows, true);
    }

    /** The r×c matrix of zeros. */
    public static RealMatrix zeros(int r, int c) {
        return wrap(new double[r][c]);
    }

    /** The backing rows of {@code m} when it has them, otherwise a copy; read-only by convention. */
    static double[][] rows(RealMatrix m) {
        return m instanceof Array2DRowRealMatrix a ? a.getDataRef() : m.getData();
    }

    /** "r×c", as used in every shape message. */
    public static String shape(RealMatrix m) {
        return m.getRowDimension() + "×" + m.getColumnDimension();
    }

    /** Fails unless {@code m} is r×c, naming {@code what} and both shapes. */
    public static void requireShape(String what, RealMatrix m, int r, int c) {
        if (m.getRowDimension() != r || m.getColumnDimension() != c) {
            throw new ShapeException(what + ": expected " + r + "×" + c + ", got " + shape(m));
        }
    }

    private static void requireSameShape(String op, RealMatrix a, RealMatrix b) {
        if (a.getRowDimension() != b.getRowDimension() || a.getColumnDimension() != b.getColumnDimension()) {
            throw new ShapeException(op + ": shapes " + shape(a) + " and " + shape(b) + " differ");
        }
    }

    private static void requireInner(String op, int left, int right, RealMatrix a, RealMatrix b) {
        if (left != right) {
            throw new ShapeException(op + ": inner dimensions of " + shape(a) + " and " + shape(b) + " differ");
        }
    }

    /**
     * What computes the large products on this machine: {@code "OpenBLAS"} (Debian's {@code libopenblas0},
     * for products of at least 2¹⁸ multiply-adds) or {@code "own kernels"} (DD002).
     */
    public static String largeProducts() {
        return NativeProducts.available() ? "OpenBLAS" : "own kernels";
    }

    /** C = A·B; A is m×n, B is n×p, C is m×p. */
    public static RealMatrix mult(RealMatrix a, RealMatrix b) {
        requireInner("mult", a.getColumnDimension(), b.getRowDimension(), a, b);
        double[][] c = new double[a.getRowDimension()][b.getColumnDimension()];
        Kernels.mult(rows(a), rows(b), c);
        return wrap(c);
    }

    /** C = Aᵀ·B; A is m×n, B is m×p, C is n×p. */
    public static RealMatrix multTransA(RealMatrix a, RealMatrix b) {
        requireInner("multTransA", a.getRowDimension(), b.getRowDimension(), a, b);
        double[][] c = new double[a.getColumnDimension()][b.getColumnDimension()];
        Kernels.multTransA(rows(a), rows(b), c);
        return wrap(c);
    }

    /** C = A·Bᵀ; A is m×n, B is p×n, C is m×p. */
    public static RealMatrix multTransB(RealMatrix a, RealMatrix b) {
        requireInner("multTransB", a.getColumnDimension(), b.getColumnDimension(), a, b);
        double[][] bt = new double[b.getColumnDimension()][b.getRowDimension()];
        Kernels.transpose(rows(b), bt);
        double[][] c = new double[a.getRowDimension()][b.getRowDimension()];
        Kernels.mult(rows(a), bt, c);
        return wrap(c);
    }

    /** Z = A·W + 1·b; A is m×n, W is n×p, b is 1×p and is added to every row, Z is m×p. */
    public static RealMatrix multAddRow(RealMatrix a, RealMatrix w, RealMatrix b) {
        requireInner("multAddRow", a.getColumnDimension(), w.getRowDimension(), a, w);
        requireShape("row vector", b, 1, w.getColumnDimension());
        double[][] z = new double[a.getRowDimension()][w.getColumnDimension()];
        Kernels.multAddRow(rows(a), rows(w), rows(b)[0], z);
        return wrap(z);
    }

    /** C = A + 1·r; A is m×n, r is 1×n and is added to every row. */
    public static RealMatrix addRow(RealMatrix a, RealMatrix row) {
        requireShape("row vector", row, 1, a.getColumnDimension());
        double[][] src = rows(a);
        double[] r = rows(row)[0];
        double[][] out = new double[src.length][];
        for (int i = 0; i < src.length; i++) {
            double[] s = src[i];
            double[] o = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                o[j] = s[j] + r[j];
            }
            out[i] = o;
        }
        return wrap(out);
    }

    /** The 1×n row of column sums of the m×n matrix A: s_j = Σ_k A[k,j]. */
    public static RealMatrix sumColumns(RealMatrix a) {
        double[] s = new double[a.getColumnDimension()];
        for (double[] r : rows(a)) {
            for (int j = 0; j < s.length; j++) {
                s[j] += r[j];
            }
        }
        return wrap(new double[][] {s});
    }

    /** C[i,j] = f(A[i,j]); same shape as A. */
    public static RealMatrix map(RealMatrix a, DoubleUnaryOperator f) {
        double[][] src = rows(a);
        double[][] out = new double[src.length][];
        for (int i = 0; i < src.length; i++) {
            double[] s = src[i];
            double[] o = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                o[j] = f.applyAsDouble(s[j]);
            }
            out[i] = o;
        }
        return wrap(out);
    }

    /** C[i,j] = f(A[i,j], B[i,j]); A and B have the same shape. */
    public static RealMatrix zip(RealMatrix a, RealMatrix b, DoubleBinaryOperator f) {
        requireSameShape("zip", a, b);
        double[][] x = rows(a);
        double[][] y = rows(b);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] o = new double[x[i].length];
            for (int j = 0; j < o.length; j++) {
                o[j] = f.applyAsDouble(x[i][j], y[i][j]);
            }
            out[i] = o;
        }
        return wrap(out);
    }

    /** C = A ⊙ B, the element-wise (Hadamard) product; A and B have the same shape. */
    public static RealMatrix elementMult(RealMatrix a, RealMatrix b) {
        requireSameShape("elementMult", a, b);
        double[][] x = rows(a);
        double[][] y = rows(b);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            double[] yi = y[i];
            double[] o = new double[xi.length];
            for (int j = 0; j < o.length; j++) {
                o[j] = xi[j] * yi[j];
            }
            out[i] = o;
        }
        return wrap(out);
    }

    /** C = A − α·B; A and B have the same shape. */
    public static RealMatrix subtractScaled(RealMatrix a, double alpha, RealMatrix b) {
        requireSameShape("subtractScaled", a, b);
        double[][] x = rows(a);
        double[][] y = rows(b);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] xi = x[i];
            double[] yi = y[i];
            double[] o = new double[xi.length];
            for (int j = 0; j < o.length; j++) {
                o[j] = xi[j] - alpha * yi[j];
            }
            out[i] = o;
        }
        return wrap(out);
    }

    /** A deep copy of the rows of A. */
    public static double[][] toArray(RealMatrix a) {
        return a.getData();
    }

    /** The largest |A[i,j] − B[i,j]|, or NaN when any difference is not a number; same shapes. */
    public static double maxAbsDifference(RealMatrix a, RealMatrix b) {
        requireSameShape("maxAbsDifference", a, b);
        double max = 0;
        double[][] x = rows(a);
        double[][] y = rows(b);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                double d = Math.abs(x[i][j] - y[i][j]);
                if (Double.isNaN(d)) {
                    return Double.NaN;
                }
                max = Math.max(max, d);
            }
        }
        return max;
    }
}
