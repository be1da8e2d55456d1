package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The output activation together with its loss: the loss of each sample, dL/dŶ, the softmax Jacobians
 * and both routes to dL/dZ_L. All matrices are m×C, rows are samples.
 */
public record OutputLayer(OutputActivation activation, LossFunction loss) {

    public OutputLayer {
        if (activation == OutputActivation.LINEAR && loss == LossFunction.CROSS_ENTROPY) {
            throw new InvalidNetworkException("a linear output with cross_entropy is not allowed: cross-entropy"
                    + " takes probabilities in (0, 1), and a linear output can be any real number;"
                    + " use softmax or sigmoid with cross_entropy, or linear with mse");
        }
    }

    /** The worked example's output: softmax with categorical cross-entropy. */
    public static OutputLayer softmaxCrossEntropy() {
        return new OutputLayer(OutputActivation.SOFTMAX, LossFunction.CROSS_ENTROPY);
    }

    /** The loss of each of the m samples, from the logits Z, Ŷ = g(Z) and the labels Y (all m×C). */
    public double[] lossPerSample(RealMatrix z, RealMatrix yHat, RealMatrix y) {
        double[][] zs = Matrices.rows(z);
        double[][] as = Matrices.rows(yHat);
        double[][] ys = Matrices.rows(y);
        double[] out = new double[zs.length];
        for (int k = 0; k < zs.length; k++) {
            out[k] = sampleLoss(zs[k], as[k], ys[k], 0, zs[k].length);
        }
        return out;
    }

    /** The loss of one sample whose logits, outputs and labels stand at [off … off+c) of z, a and y. */
    double sampleLoss(double[] z, double[] a, double[] y, int off, int c) {
        double sum = 0;
        int end = off + c;
        if (loss == LossFunction.MSE) {
            for (int i = off; i < end; i++) {
                sum += 0.5 * (a[i] - y[i]) * (a[i] - y[i]);
            }
        } else if (activation == OutputActivation.SOFTMAX) {
            // log ŷ_i = z_i − max − log Σ_j e^{z_j − max}, and ŷ at the arg max is exactly 1/Σ_j e^{z_j − max}:
            // the log-softmax without a second pass of exponentials, finite wherever z is.
            int top = off;
            for (int i = off + 1; i < end; i++) {
                top = z[i] > z[top] ? i : top;
            }
            double logNormaliser = -Math.log(a[top]);
            for (int i = off; i < end; i++) {
                sum -= y[i] == 0 ? 0 : y[i] * (z[i] - z[top] - logNormaliser); // 0·log 0 = 0
            }
        } else {
            for (int i = off; i < end; i++) {
                sum -= (y[i] == 0 ? 0 : y[i] * Stable.logSigmoid(z[i]))
                        + (y[i] == 1 ? 0 : (1 - y[i]) * Stable.logSigmoid(-z[i]));
            }
        }
        return sum;
    }

    /**
     * dL/dŶ by its element-wise formula, m×C, with the mean's 1/m: for softmax with cross-entropy −Y/(m·Ŷ),
     * for sigmoid with cross-entropy (−Y/Ŷ + (1−Y)/(1−Ŷ))/m, for mse (Ŷ−Y)/m. Where Ŷ underflows to 0 or
     * 1 an element may be ±Infinity, never NaN: a term whose label factor is 0 is 0.
     */
    public RealMatrix dLossdYHat(RealMatrix yHat, RealMatrix y) {
        double[][] as = Matrices.rows(yHat);
        double[][] ys = Matrices.rows(y);
        double m = as.length;
        double[][] out = new double[as.length][];
        for (int k = 0; k < as.length; k++) {
            double[] a = as[k];
            double[] t = ys[k];
            double[] o = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                o[i] = dLossdYHat(a[i], t[i], m);
            }
            out[k] = o;
        }
        return Matrices.wrap(out);
    }

    private double dLossdYHat(double a, double t, double m) {
        if (loss == LossFunction.MSE) {
            return (a - t) / m;
        }
        if (activation == OutputActivation.SOFTMAX) {
            return t == 0 ? -0.0 : -t / (m * a);
        }
        return ((t == 0 ? 0 : -t / a) + (t == 1 ? 0 : (1 - t) / (1 - a))) / m;
    }

    /** For softmax: the C×C Jacobian ∂ŷ/∂z = diag(ŷ) − ŷŷᵀ of each sample; empty otherwise. */
    public List<RealMatrix> softmaxJacobians(RealMatrix yHat) {
        if (activation != OutputActivation.SOFTMAX) {
            return List.of();
        }
        List<RealMatrix> out = new ArrayList<>();
        for (double[] a : Matrices.rows(yHat)) {
            double[][] j = new double[a.length][a.length];
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < a.length; c++) {
                    j[r][c] = (r == c ? a[r] : 0) - a[r] * a[c];
                }
            }
            out.add(Matrices.wrap(j));
        }
        return List.copyOf(out);
    }

    /** For sigmoid and linear outputs, g'(Z) element-wise (ŷ(1−ŷ), or 1); empty for softmax (see Jacobians). */
    public Optional<RealMatrix> derivative(RealMatrix yHat) {
        return switch (activation) {
            case SOFTMAX -> Optional.empty();
            case SIGMOID -> Optional.of(Matrices.map(yHat, a -> a * (1 - a)));
            case LINEAR -> Optional.of(Matrices.map(yHat, a -> 1.0));
        };
    }

    /**
     * dL/dZ_L by the chain rule from dL/dŶ, m×C: for softmax each row is J_k·(dL/dŷ_k) with the sample's
     * Jacobian J_k, written as ŷ_i(d_i − Σ_j ŷ_j d_j); otherwise dL/dŶ ⊙ g'(Z).
     */
    public RealMatrix chainDZ(RealMatrix yHat, RealMatrix dYHat) {
        double[][] as = Matrices.rows(yHat);
        double[][] ds = Matrices.rows(dYHat);
        double[][] out = new double[as.length][];
        for (int k = 0; k < as.length; k++) {
            out[k] = new double[as[k].length];
            chainRow(as[k], ds[k], out[k], 0, as[k].length);
        }
        return Matrices.wrap(out);
    }

    /** One sample of {@link #chainDZ}: from ŷ and dL/dŷ at [off … off+c) of a and d, into out. */
    void chainRow(double[] a, double[] d, double[] out, int off, int c) {
        int end = off + c;
        switch (activation) {
            case SOFTMAX -> {
                double dot = 0;
                for (int j = off; j < end; j++) {
                    dot += a[j] * d[j];
                }
                for (int i = off; i < end; i++) {
                    out[i] = a[i] * (d[i] - dot);
                }
            }
            case SIGMOID -> {
                for (int i = off; i < end; i++) {
                    out[i] = d[i] * (a[i] * (1 - a[i]));
                }
            }
            case LINEAR -> System.arraycopy(d, off, out, off, c);
        }
    }

    /**
     * The fused dL/dZ_L = (Ŷ−Y)/m, m×C, where the pair has one: softmax or sigmoid with cross-entropy, and a
     * linear output with mse. It stays finite where the chain through dL/dŶ overflows.
     */
    public Optional<RealMatrix> fusedDZ(RealMatrix yHat, RealMatrix y) {
        if (!hasFusedGradient()) {
            return Optional.empty();
        }
        double[][] as = Matrices.rows(yHat);
        double[][] ys = Matrices.rows(y);
        double[][] out = new double[as.length][];
        for (int k = 0; k < as.length; k++) {
            out[k] = new double[as[k].length];
            fusedRow(as[k], ys[k], out[k], 0, as[k].length, as.length);
        }
        return Optional.of(Matrices.wrap(out));
    }

    /** One sample of the fused (ŷ−y)/m at [off … off+c). */
    static void fusedRow(double[] a, double[] y, double[] out, int off, int c, double m) {
        for (int i = off; i < off + c; i++) {
            out[i] = (a[i] - y[i]) / m;
        }
    }

    /** One sample of dL/dŷ by its element-wise formula at [off … off+c). */
    void dLossdYHatRow(double[] a, double[] y, double[] out, int off, int c, double m) {
        for (int i = off; i < off + c; i++) {
            out[i] = dLossdYHat(a[i], y[i], m);
        }
    }

    /** Whether dL/dZ_L has the fused form (Ŷ−Y)/m. */
    public boolean hasFusedGradient() {
        return loss == LossFunction.CROSS_ENTROPY || activation == OutputActivation.LINEAR;
    }

    /** dL/dZ_L as the backward pass uses it: the fused form where there is one, otherwise the chain. */
    public RealMatrix dZ(RealMatrix yHat, RealMatrix y) {
        return fusedDZ(yHat, y).orElseGet(() -> chainDZ(yHat, dLossdYHat(yHat, y)));
    }
}
