package com.backproplab.math;

import java.util.Arrays;

/**
 * A {@link Trainer} for networks whose every product goes to OpenBLAS (at least {@link NativeProducts#WORK}
 * multiply-adds each): its m-row matrices are each one row-major array, which OpenBLAS reads in place, so
 * no product copies its operands as the row form must (DD002). It makes the same {@code dgemm} calls on
 * the same numbers as the trace, whose products copy their rows into the same arrays first, and the same
 * element functions in the same order, so the two stay equal bit for bit. Layer l's buffers hold
 * Z_{l+1}, A_{l+1}, dZ_{l+1} and dA_l (each m × units, row k at [k·units, (k+1)·units)), and W_{l+1},
 * W_{l+1}ᵀ and dW_{l+1} as row-major copies.
 */
final class BlasTrainer extends Trainer {

    private final double[] x;
    private final double[] y;
    private final double[][] z;
    private final double[][] a;
    private final double[][] dz;
    private final double[][] da;
    private final double[][] wFlat;
    private final double[][] wtFlat;
    private final double[][] dwFlat;
    private final double[] dYHat;

    BlasTrainer(Architecture arch, double[][][] w, double[][] b, Batch batch) {
        super(arch, w, b, batch);
        x = new double[m * sizes.getFirst()];
        y = new double[m * arch.outputs()];
        NativeProducts.flat(Matrices.rows(batch.x()), x);
        NativeProducts.flat(Matrices.rows(batch.y()), y);
        z = new double[depth][];
        a = new double[depth][];
        dz = new double[depth][];
        da = new double[depth][];
        wFlat = new double[depth][];
        wtFlat = new double[depth][];
        dwFlat = new double[depth][];
        for (int l = 0; l < depth; l++) {
            int units = sizes.get(l + 1);
            z[l] = new double[m * units];
            a[l] = new double[m * units];
            dz[l] = new double[m * units];
            da[l] = new double[m * units];
            wFlat[l] = new double[sizes.get(l) * units];
            wtFlat[l] = new double[sizes.get(l) * units];
            dwFlat[l] = new double[sizes.get(l) * units];
        }
        dYHat = new double[m * arch.outputs()];
    }

    /** Whether OpenBLAS is there and takes every product of the network on m samples. */
    static boolean takes(Architecture arch, int m) {
        for (int l = 0; l < arch.depth(); l++) {
            if (!NativeProducts.takes(m, arch.sizes().get(l), arch.sizes().get(l + 1))) {
                return false;
            }
        }
        return true;
    }

    @Override
    double forward() {
        for (int l = 0; l < depth; l++) {
            int in = sizes.get(l);
            int units = sizes.get(l + 1);
            NativeProducts.flat(w[l], wFlat[l]);
            NativeProducts.multFlat(l == 0 ? x : a[l - 1], wFlat[l], b[l], z[l], m, in, units);
            if (l < depth - 1) {
                hidden.applyRow(z[l], a[l]);
            } else {
                for (int at = 0; at < z[l].length; at += units) {
                    output.activation().activateRow(z[l], a[l], at, units);
                }
            }
        }
        double[] zOut = z[depth - 1];
        int c = sizes.getLast();
        double sum = 0;
        for (int at = 0; at < zOut.length; at += c) {
            sum += output.sampleLoss(zOut, a[depth - 1], y, at, c);
        }
        return sum / m;
    }

    @Override
    void backward() {
        double[] yHat = a[depth - 1];
        double[] dzOut = dz[depth - 1];
        int c = sizes.getLast();
        for (int at = 0; at < yHat.length; at += c) {
            if (output.hasFusedGradient()) {
                OutputLayer.fusedRow(yHat, y, dzOut, at, c, m);
            } else {
                output.dLossdYHatRow(yHat, y, dYHat, at, c, m);
                output.chainRow(yHat, dYHat, dzOut, at, c);
            }
        }
        for (int l = depth - 1; l >= 0; l--) {
            int in = sizes.get(l);
            int units = sizes.get(l + 1);
            NativeProducts.multTransAFlat(l == 0 ? x : a[l - 1], dz[l], dwFlat[l], m, in, units);
            NativeProducts.unflat(dwFlat[l], dw[l]);
            sumColumns(dz[l], units, db[l]);
            if (l > 0) {
                transpose(w[l], wtFlat[l]);
                NativeProducts.multFlat(dz[l], wtFlat[l], null, da[l - 1], m, units, in);
                hidden.chainRow(da[l - 1], z[l - 1], a[l - 1], dz[l - 1]);
            }
        }
    }

    /** db = the column sums of the m×p row-major d, each summed over the rows in order, as the trace does. */
    private static void sumColumns(double[] d, int p, double[] out) {
        Arrays.fill(out, 0.0);
        for (int at = 0; at < d.length; at += p) {
            for (int j = 0; j < p; j++) {
                out[j] += d[at + j];
            }
        }
    }

    /** Wᵀ of the n×p rows w, row-major (p×n) into t. */
    private static void transpose(double[][] w, double[] t) {
        int n = w.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < w[i].length; j++) {
                t[j * n + i] = w[i][j];
            }
        }
    }

    @Override
    void copyHiddenZ(double[][][] out) {
        for (int l = 0; l < depth - 1; l++) {
            NativeProducts.unflat(z[l], out[l]);
        }
    }
}
