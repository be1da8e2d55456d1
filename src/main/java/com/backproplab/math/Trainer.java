package com.backproplab.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Full-batch gradient descent on preallocated buffers: no allocation per step. It runs the same kernels
 * and the same element functions, in the same order, as {@link ForwardPass}, {@link BackwardPass} and
 * {@link GradientStep}, so a step here equals a step of the trace bit for bit; the trace keeps the readable
 * form, this class the speed. Layer l's buffers hold Z_{l+1}, A_{l+1}, dZ_{l+1}, dW_{l+1} and db_{l+1}.
 */
final class Trainer {

    private final HiddenActivation hidden;
    private final OutputLayer output;
    private final int depth;
    private final double[][] x;
    private final double[][] y;
    private final double[][][] w;
    private final double[][] b;
    private final double[][][] z;
    private final double[][][] a;
    private final double[][][] dz;
    private final double[][][] dw;
    private final double[][] db;
    private final double[][][] wt;
    private final double[][][] da;
    private final double[][] dYHat;

    Trainer(Network network, Batch batch) {
        this(network.architecture(), copyWeights(network), copyBiases(network), batch);
    }

    /** A trainer on another batch whose parameters are {@code shared}'s own arrays: a step of either moves both. */
    Trainer(Trainer shared, Architecture architecture, Batch batch) {
        this(architecture, shared.w, shared.b, batch);
    }

    private static double[][][] copyWeights(Network network) {
        double[][][] out = new double[network.architecture().depth()][][];
        for (int l = 0; l < out.length; l++) {
            out[l] = Matrices.toArray(network.weight(l));
        }
        return out;
    }

    private static double[][] copyBiases(Network network) {
        double[][] out = new double[network.architecture().depth()][];
        for (int l = 0; l < out.length; l++) {
            out[l] = Matrices.toArray(network.bias(l))[0];
        }
        return out;
    }

    private Trainer(Architecture arch, double[][][] w, double[][] b, Batch batch) {
        batch.requireFits(arch);
        List<Integer> s = arch.sizes();
        int m = batch.size();
        hidden = arch.hidden();
        output = arch.output();
        depth = arch.depth();
        x = Matrices.toArray(batch.x());
        y = Matrices.toArray(batch.y());
        this.w = w;
        this.b = b;
        z = new double[depth][][];
        a = new double[depth][][];
        dz = new double[depth][][];
        dw = new double[depth][][];
        db = new double[depth][];
        wt = new double[depth][][];
        da = new double[depth][][];
        for (int l = 0; l < depth; l++) {
            int in = s.get(l);
            int units = s.get(l + 1);
            z[l] = new double[m][units];
            a[l] = new double[m][units];
            dz[l] = new double[m][units];
            da[l] = new double[m][units];
            dw[l] = new double[in][units];
            db[l] = new double[units];
            wt[l] = new double[units][in];
        }
        dYHat = new double[m][arch.outputs()];
    }

    /** Runs the forward pass on the current parameters and returns the mean loss. */
    double forward() {
        for (int l = 0; l < depth; l++) {
            Kernels.multAddRow(l == 0 ? x : a[l - 1], w[l], b[l], z[l]);
            double[][] zl = z[l];
            double[][] al = a[l];
            for (int k = 0; k < zl.length; k++) {
                if (l < depth - 1) {
                    hidden.applyRow(zl[k], al[k]);
                } else {
                    output.activation().activateRow(zl[k], al[k], 0, zl[k].length);
                }
            }
        }
        double[][] zOut = z[depth - 1];
        double sum = 0;
        for (int k = 0; k < zOut.length; k++) {
            sum += output.sampleLoss(zOut[k], a[depth - 1][k], y[k], 0, zOut[k].length);
        }
        return sum / zOut.length;
    }

    /** After {@link #forward()}: computes every gradient, then W ← W − α·dW and b ← b − α·db. */
    void backwardAndStep(double alpha) {
        backward();
        for (int l = 0; l < depth; l++) {
            for (int i = 0; i < w[l].length; i++) {
                step(w[l][i], dw[l][i], alpha);
            }
            step(b[l], db[l], alpha);
        }
    }

    /**
     * After {@link #forward()}: computes every gradient, then one step of {@code optimization} with step
     * number t ≥ 1; {@code first} and {@code second} are the optimizer's buffers in the order of
     * {@link OptimizerState} (W1, b1, W2, …), rows like the parameter's, and are advanced in place.
     */
    void backwardAndStep(double alpha, Optimization optimization, double[][][] first, double[][][] second, int t) {
        backward();
        Optimizer optimizer = optimization.optimizer();
        double lambda = optimization.weightDecay();
        for (int l = 0; l < depth; l++) {
            for (int i = 0; i < w[l].length; i++) {
                double[] g = dw[l][i];
                if (lambda != 0) {
                    for (int j = 0; j < g.length; j++) {
                        g[j] = optimization.decayed(g[j], w[l][i][j]);
                    }
                }
                optimizer.updateRow(w[l][i], g, row(first, 2 * l, i), row(second, 2 * l, i), alpha, t);
            }
            optimizer.updateRow(b[l], db[l], row(first, 2 * l + 1, 0), row(second, 2 * l + 1, 0), alpha, t);
        }
    }

    private static double[] row(double[][][] buffers, int p, int i) {
        return buffers == null ? null : buffers[p][i];
    }

    /** (λ/2)·ΣW² over the current weights, summed as {@link Optimization#penalty} does. */
    double penalty(Optimization optimization) {
        if (optimization.weightDecay() == 0) {
            return 0;
        }
        double sum = 0;
        for (double[][] wl : w) {
            for (double[] row : wl) {
                sum += Optimization.squares(row);
            }
        }
        return optimization.weightDecay() / 2 * sum;
    }

    private void backward() {
        double[][] yHat = a[depth - 1];
        double[][] dzOut = dz[depth - 1];
        int m = yHat.length;
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
                for (int k = 0; k < m; k++) {
                    hidden.chainRow(dA[k], z[l - 1][k], a[l - 1][k], dz[l - 1][k]);
                }
            }
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

    private static void step(double[] p, double[] grad, double alpha) {
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] - alpha * grad[i];
        }
    }

    /** As {@link #lossWith(ParameterRef, double)}, plus the penalty (λ/2)·ΣW² at that value. */
    double lossWith(ParameterRef ref, double value, Optimization decay) {
        if (decay.weightDecay() == 0) {
            return lossWith(ref, value);
        }
        double[] row = ref.bias() ? b[ref.layer()] : w[ref.layer()][ref.row()];
        double saved = row[ref.col()];
        row[ref.col()] = value;
        try {
            return forward() + penalty(decay);
        } finally {
            row[ref.col()] = saved;
        }
    }

    /** The mean loss with one parameter set to {@code value}, the others as they are; restores it after. */
    double lossWith(ParameterRef ref, double value) {
        double[] row = ref.bias() ? b[ref.layer()] : w[ref.layer()][ref.row()];
        double saved = row[ref.col()];
        row[ref.col()] = value;
        try {
            return forward();
        } finally {
            row[ref.col()] = saved;
        }
    }

    /** Buffers for {@link #copyHiddenZ}: one m × units_l array for each hidden layer. */
    double[][][] hiddenZBuffers() {
        double[][][] out = new double[depth - 1][][];
        for (int l = 0; l < depth - 1; l++) {
            out[l] = new double[z[l].length][z[l][0].length];
        }
        return out;
    }

    /** After {@link #forward()}: copies Z_{l+1} of every hidden layer l into {@code out}. */
    void copyHiddenZ(double[][][] out) {
        for (int l = 0; l < depth - 1; l++) {
            for (int k = 0; k < z[l].length; k++) {
                System.arraycopy(z[l][k], 0, out[l][k], 0, z[l][k].length);
            }
        }
    }

    /** One parameter element of the current state, without building a network. */
    double parameter(ParameterRef ref) {
        int l = ref.layer();
        return ref.bias() ? b[l][ref.col()] : w[l][ref.row()][ref.col()];
    }

    /** The current parameters as a network (a snapshot). */
    Network network(Architecture architecture) {
        List<RealMatrix> weights = new ArrayList<>();
        List<RealMatrix> biases = new ArrayList<>();
        for (int l = 0; l < depth; l++) {
            weights.add(Matrices.of(w[l]));
            biases.add(Matrices.of(b[l]));
        }
        return new Network(architecture, weights, biases);
    }
}
