package com.backproplab.math;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/** The activation of the output layer, Ŷ = A_L = g(Z_L). */
public enum OutputActivation implements Named {
    /** Row-wise ŷ_i = e^{z_i} / Σ_j e^{z_j}, computed with the row maximum subtracted. */
    SOFTMAX("softmax") {
        @Override
        public RealMatrix activate(RealMatrix z) {
            double[][] rows = Matrices.rows(z);
            double[][] out = new double[rows.length][];
            for (int k = 0; k < rows.length; k++) {
                out[k] = new double[rows[k].length];
                Stable.softmax(rows[k], out[k], 0, rows[k].length);
            }
            return Matrices.wrap(out);
        }
    },
    /** Element-wise ŷ = σ(z) = 1/(1+e^{−z}). */
    SIGMOID("sigmoid") {
        @Override
        public RealMatrix activate(RealMatrix z) {
            return Matrices.map(z, Stable::sigmoid);
        }
    },
    /** ŷ = z. */
    LINEAR("linear") {
        @Override
        public RealMatrix activate(RealMatrix z) {
            return z.copy();
        }
    };

    private final String id;

    OutputActivation(String id) {
        this.id = id;
    }

    /** Ŷ = g(Z) for the m×C logits Z; same shape. */
    public abstract RealMatrix activate(RealMatrix z);

    /** One sample: ŷ = g(z) for z[off … off+c), written to out[off … off+c). */
    void activateRow(double[] z, double[] out, int off, int c) {
        switch (this) {
            case SOFTMAX -> Stable.softmax(z, out, off, c);
            case SIGMOID -> {
                for (int i = off; i < off + c; i++) {
                    out[i] = Stable.sigmoid(z[i]);
                }
            }
            case LINEAR -> System.arraycopy(z, off, out, off, c);
        }
    }

    /** The name used in the API and in links. */
    public String id() {
        return id;
    }

    /** The output activation named {@code id}, if any. */
    public static Optional<OutputActivation> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
