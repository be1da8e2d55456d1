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

    /** softmax of the row z[off … off+c): e^{z_i − max} / Σ_j e^{z_j − max}, written to out[off … off+c). */
    static void softmax(double[] z, double[] out, int off, int c) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = off; i < off + c; i++) {
            max = Math.max(max, z[i]);
        }
        double sum = 0;
        for (int i = off; i < off + c; i++) {
            out[i] = Math.exp(z[i] - max);
            sum += out[i];
        }
        for (int i = off; i < off + c; i++) {
            out[i] /= sum;
        }
    }
}
