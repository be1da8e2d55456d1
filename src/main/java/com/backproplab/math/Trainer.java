package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Full-batch gradient descent on preallocated buffers: no allocation per step. It runs the same kernels
 * and the same element functions, in the same order, as {@link ForwardPass}, {@link BackwardPass} and
 * {@link GradientStep}, so a step here equals a step of the trace bit for bit; the trace keeps the readable
 * form, this class the speed. The parameters live here, as row arrays; the two kinds differ in how they
 * hold the m-row matrices (Z, A, dZ, dA of every layer): {@link RowTrainer} as row arrays for the engine's
 * own kernels, {@link BlasTrainer} as one row-major array each, handed to OpenBLAS without copies (DD002).
 * Layer l's buffers hold W_{l+1}, b_{l+1}, dW_{l+1} and db_{l+1}.
 */
abstract sealed class Trainer permits RowTrainer, BlasTrainer {

    final HiddenActivation hidden;
    final OutputLayer output;
    final int depth;
    final int m;
    final List<Integer> sizes;
    final double[][][] w;
    final double[][] b;
    final double[][][] dw;
    final double[][] db;

    Trainer(Architecture arch, double[][][] w, double[][] b, Batch batch) {
        batch.requireFits(arch);
        hidden = arch.hidden();
        output = arch.output();
        depth = arch.depth();
        m = batch.size();
        sizes = arch.sizes();
        this.w = w;
        this.b = b;
        dw = new double[depth][][];
        db = new double[depth][];
        for (int l = 0; l < depth; l++) {
            dw[l] = new double[sizes.get(l)][sizes.get(l + 1)];
            db[l] = new double[sizes.get(l + 1)];
        }
    }

    /** A trainer on a copy of the network's parameters: OpenBLAS's where every product goes there. */
    static Trainer of(Network network, Batch batch) {
        return of(network.architecture(), copyWeights(network), copyBiases(network), batch);
    }

    /** A trainer on another batch whose parameters are {@code shared}'s own arrays: a step of either moves both. */
    static Trainer sharing(Trainer shared, Architecture architecture, Batch batch) {
        return of(architecture, shared.w, shared.b, batch);
    }

    private static Trainer of(Architecture arch, double[][][] w, double[][] b, Batch batch) {
        return BlasTrainer.takes(arch, batch.size())
                ? new BlasTrainer(arch, w, b, batch)
                : new RowTrainer(arch, w, b, batch);
    }

    /** The network's weights as row arrays of their own. */
    static double[][][] copyWeights(Network network) {
        double[][][] out = new double[network.architecture().depth()][][];
        for (int l = 0; l < out.length; l++) {
            out[l] = Matrices.toArray(network.weight(l));
        }
        return out;
    }

    /** The network's biases as arrays of their own. */
    static double[][] copyBiases(Network network) {
        double[][] out = new double[network.architecture().depth()][];
        for (int l = 0; l < out.length; l++) {
            out[l] = Matrices.toArray(network.bias(l))[0];
        }
        return out;
    }

    /** Runs the forward pass on the current parameters and returns the mean loss. */
    abstract double forward();

    /** After {@link #forward()}: computes dW and db of every layer. */
    abstract void backward();

    /** After {@link #forward()}: copies Z_{l+1} of every hidden layer l into {@code out}. */
    abstract void copyHiddenZ(double[][][] out);

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

    private static void step(double[] p, double[] grad, double alpha) {
        for (int i = 0; i < p.length; i++) {
            p[i] = p[i] - alpha * grad[i];
        }
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
            out[l] = new double[m][sizes.get(l + 1)];
        }
        return out;
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
