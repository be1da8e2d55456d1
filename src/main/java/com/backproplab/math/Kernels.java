package com.backproplab.math;

/**
 * Row-major multiply kernels on plain arrays. The loops run i-k-j so that the innermost loop is a
 * contiguous "row += scalar·row" that the JIT vectorises; that is what makes them much faster than
 * Commons Math's default multiply on anything but tiny matrices.
 */
final class Kernels {

    private Kernels() {}

    /** C = A·B; A is m×n (rows of length n), B is n×p. */
    static double[][] mult(double[][] a, double[][] b, int p) {
        double[][] c = new double[a.length][p];
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            double[] ci = c[i];
            for (int k = 0; k < ai.length; k++) {
                axpy(ai[k], b[k], ci, p);
            }
        }
        return c;
    }

    /** C = Aᵀ·B; A is m×n, B is m×p, C is n×p. */
    static double[][] multTransA(double[][] a, double[][] b, int n, int p) {
        double[][] c = new double[n][p];
        for (int k = 0; k < a.length; k++) {
            double[] ak = a[k];
            double[] bk = b[k];
            for (int i = 0; i < n; i++) {
                axpy(ak[i], bk, c[i], p);
            }
        }
        return c;
    }

    /** Aᵀ for the m×n matrix A. */
    static double[][] transpose(double[][] a, int n) {
        double[][] t = new double[n][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < n; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    private static void axpy(double alpha, double[] x, double[] y, int n) {
        for (int j = 0; j < n; j++) {
            y[j] += alpha * x[j];
        }
    }
}
