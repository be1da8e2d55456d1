package com.backproplab.math;

import java.util.Arrays;
import java.util.Optional;

/** The activation f of every hidden layer, A = f(Z), with its derivative f'(Z) written beside it. */
public enum HiddenActivation implements Named {
    /** f(z) = max(0, z); f'(z) = 1 for z &gt; 0, else 0 (0 at 0, as PyTorch). */
    RELU("relu", "\\max(0, z)") {
        @Override
        public double apply(double z) {
            return z > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : 0.0;
        }
    },
    /** f(z) = z for z &gt; 0, else 0.01·z; f'(z) = 1 for z &gt; 0, else 0.01. */
    LEAKY_RELU("leaky_relu", "\\max(0.01z, z)") {
        @Override
        public double apply(double z) {
            return z > 0 ? z : LEAKY_SLOPE * z;
        }

        @Override
        public double derivative(double z, double a) {
            return z > 0 ? 1.0 : LEAKY_SLOPE;
        }
    },
    /** f(z) = 1/(1+e^{−z}); f'(z) = a(1−a). */
    SIGMOID("sigmoid", "\\sigma(z) = \\frac{1}{1+e^{-z}}") {
        @Override
        public double apply(double z) {
            return Stable.sigmoid(z);
        }

        @Override
        public double derivative(double z, double a) {
            return a * (1 - a);
        }
    },
    /** f(z) = tanh z; f'(z) = 1 − a². */
    TANH("tanh", "\\tanh z") {
        @Override
        public double apply(double z) {
            return Math.tanh(z);
        }

        @Override
        public double derivative(double z, double a) {
            return 1 - a * a;
        }
    },
    /** f(z) = z; f'(z) = 1. */
    LINEAR("linear", "z") {
        @Override
        public double apply(double z) {
            return z;
        }

        @Override
        public double derivative(double z, double a) {
            return 1.0;
        }
    };

    /** The negative slope of {@link #LEAKY_RELU}. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;
    private final String formula;

    HiddenActivation(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** f(z) for one element. */
    public abstract double apply(double z);

    /** f'(z) for one element, given z and a = f(z). */
    public abstract double derivative(double z, double a);

    /** The name used in the API and in links, e.g. {@code leaky_relu}. */
    public String id() {
        return id;
    }

    /** f(z) in LaTeX. */
    public String formula() {
        return formula;
    }

    /** The activation named {@code id}, if any. */
    public static Optional<HiddenActivation> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
