package com.backproplab.math;

/** Numerically stable scalar and row functions: no overflow to NaN, no log(0). */
final class Stable {

    private Stable() {}

    /** σ(z) = 1/(1+e^{−z}), evaluated so that e^{|z|} never overflows. */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    /** log σ(z) = −log(1+e^{−z}) = min(z, 0) − log1p(e^{−|z|}). */
    static double logSigmoid(double z) {
        return Math.min(z, 0) - Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** log-softmax of one row: z_i − max − log Σ_j e^{z_j − max}; finite for finite z. */
    static double[] logSoftmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - max);
        }
        double logSum = Math.log(sum);
        double[] out = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            out[i] = z[i] - max - logSum;
        }
        return out;
    }

    /** softmax of one row: e^{z_i − max} / Σ_j e^{z_j − max}. */
    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] out = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            out[i] = Math.exp(z[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < z.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
