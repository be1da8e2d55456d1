package com.backproplab.math;

import java.util.Arrays;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * A {@link Trainer} whose m-row matrices are row arrays, the layout of the engine's own kernels: every
 * network whose products do not all go to OpenBLAS. Layer l's buffers hold Z_{l+1}, A_{l+1}, dZ_{l+1} and
 * dA_l; wt holds W_{l+1}ᵀ.
 */
final class RowTrainer extends Trainer {

    /**
     * Elements from which an element-wise pass (the activations, the chain rule through f) splits its rows
     * over threads: about 9 % off case (c) in pure Java (DD002). Where OpenBLAS multiplies, its threads
     * still spin after a product, and splitting gained nothing, so {@link BlasTrainer} does not.
     */
    static final long PARALLEL_ELEMENTS = 1L << 15;

    private final double[][] x;
    private final double[][] y;
    private final double[][][] z;
    private final double[][][] a;
    private final double[][][] dz;
    private final double[][][] wt;
    private final double[][][] da;
    private final double[][] dYHat;

    RowTrainer(Architecture arch, double[][][] w, double[][] b, Batch batch) {
        super(arch, w, b, batch);
        x = Matrices.toArray(batch.x());
        y = Matrices.toArray(batch.y());
        z = new double[depth][][];
        a = new double[depth][][];
        dz = new double[depth][][];
        wt = new double[depth][][];
        da = new double[depth][][];
        for (int l = 0; l < depth; l++) {
            int in = sizes.get(l);
            int units = sizes.get(l + 1);
            z[l] = new double[m][units];
            a[l] = new double[m][units];
            dz[l] = new double[m][units];
            da[l] = new double[m][units];
            wt[l] = new double[units][in];
        }
        dYHat = new double[m][arch.outputs()];
    }

    @Override
    double forward() {
        for (int l = 0; l < depth; l++) {
            Kernels.multAddRow(l == 0 ? x : a[l - 1], w[l], b[l], z[l]);
            double[][] zl = z[l];
            double[][] al = a[l];
            if (l < depth - 1) {
                eachRow(sizes.get(l + 1), k -> hidden.applyRow(zl[k], al[k]));
            } else {
                eachRow(sizes.get(l + 1), k -> output.activation().activateRow(zl[k], al[k], 0, zl[k].length));
            }
        }
        double[][] zOut = z[depth - 1];
        double sum = 0;
        for (int k = 0; k < m; k++) {
            sum += output.sampleLoss(zOut[k], a[depth - 1][k], y[k], 0, zOut[k].length);
        }
        return sum / m;
    }

    @Override
    void backward() {
        double[][] yHat = a[depth - 1];
        double[][] dzOut = dz[depth - 1];
        for (int k = 0; k < m; k++) {
            int c = yHat[k].length;
            if (output.hasFusedGradient()) {
                OutputLayer.fusedRow(yHat[k], y[k], dzOut[k], 0, c, m);
            } else {
                output.dLossdYHatRow(yHat[k], y[k], dYHat[k], 0, c, m);
                output.chainRow(yHat[k], dYHat[k], dzOut[k], 0, c);
            }
        }
        for (int l = depth - 1; l >= 0; l--) {
            Kernels.multTransA(l == 0 ? x : a[l - 1], dz[l], dw[l]);
            sumColumns(dz[l], db[l]);
            if (l > 0) {
                Kernels.transpose(w[l], wt[l]);
                double[][] dA = da[l - 1];
                Kernels.mult(dz[l], wt[l], dA);
                double[][] zPrev = z[l - 1];
                double[][] aPrev = a[l - 1];
                double[][] dzPrev = dz[l - 1];
                eachRow(sizes.get(l), k -> hidden.chainRow(dA[k], zPrev[k], aPrev[k], dzPrev[k]));
            }
        }
    }

    /**
     * Runs {@code row} for every sample k, split over the common pool when the m rows of {@code width} hold
     * at least {@link #PARALLEL_ELEMENTS} numbers. Each row is computed the same way on any thread.
     */
    private void eachRow(int width, IntConsumer row) {
        if ((long) m * width < PARALLEL_ELEMENTS) {
            for (int k = 0; k < m; k++) {
                row.accept(k);
            }
        } else {
            IntStream.range(0, m).parallel().forEach(row);
        }
    }

    private static void sumColumns(double[][] d, double[] out) {
        Arrays.fill(out, 0.0);
        for (double[] row : d) {
            for (int j = 0; j < out.length; j++) {
                out[j] += row[j];
            }
        }
    }

    @Override
    void copyHiddenZ(double[][][] out) {
        for (int l = 0; l < depth - 1; l++) {
            for (int k = 0; k < m; k++) {
                System.arraycopy(z[l][k], 0, out[l][k], 0, z[l][k].length);
            }
        }
    }
}
