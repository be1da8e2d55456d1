package com.backproplab.math;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/** The activation f of every hidden layer, A = f(Z), with its derivative f'(Z) written beside it. */
public enum HiddenActivation implements Named {
    /** f(z) = max(0, z); f'(z) = 1 for z &gt; 0, else 0 (0 at 0, as PyTorch). */
    RELU("relu", "\\max(0, z)"),
    /** f(z) = z for z &gt; 0, else 0.01·z; f'(z) = 1 for z &gt; 0, else 0.01. */
    LEAKY_RELU("leaky_relu", "\\max(0.01z, z)"),
    /** f(z) = 1/(1+e^{−z}); f'(z) = a(1−a). */
    SIGMOID("sigmoid", "\\sigma(z) = \\frac{1}{1+e^{-z}}"),
    /** f(z) = tanh z; f'(z) = 1 − a². */
    TANH("tanh", "\\tanh z"),
    /** f(z) = z; f'(z) = 1. */
    LINEAR("linear", "z");

    /** The negative slope of {@link #LEAKY_RELU}. */
    public static final double LEAKY_SLOPE = 0.01;

    private final String id;
    private final String formula;

    HiddenActivation(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** f(z) for one element. */
    public double apply(double z) {
        return switch (this) {
            case RELU -> z > 0 ? z : 0.0;
            case LEAKY_RELU -> z > 0 ? z : LEAKY_SLOPE * z;
            case SIGMOID -> Stable.sigmoid(z);
            case TANH -> Math.tanh(z);
            case LINEAR -> z;
        };
    }

    /** f'(z) for one element, given z and a = f(z). */
    public double derivative(double z, double a) {
        return switch (this) {
            case RELU -> z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU -> z > 0 ? 1.0 : LEAKY_SLOPE;
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case LINEAR -> 1.0;
        };
    }

    /**
     * Whether f has a kink, a point where it is not differentiable: ReLU and leaky ReLU at z = 0, where
     * {@link #derivative} takes the branch of z ≤ 0 (as PyTorch does).
     */
    public boolean hasKink() {
        return this == RELU || this == LEAKY_RELU;
    }

    /** A = f(Z) element-wise; same shape as Z. */
    public RealMatrix apply(RealMatrix z) {
        double[][] src = Matrices.rows(z);
        double[][] out = new double[src.length][];
        for (int i = 0; i < src.length; i++) {
            double[] s = src[i];
            double[] o = new double[s.length];
            for (int j = 0; j < s.length; j++) {
                o[j] = apply(s[j]);
            }
            out[i] = o;
        }
        return Matrices.wrap(out);
    }

    /** f'(Z) element-wise, from Z and A = f(Z) of the same shape. */
    public RealMatrix derivative(RealMatrix z, RealMatrix a) {
        double[][] zs = Matrices.rows(z);
        double[][] as = Matrices.rows(a);
        double[][] out = new double[zs.length][];
        for (int i = 0; i < zs.length; i++) {
            double[] o = new double[zs[i].length];
            for (int j = 0; j < o.length; j++) {
                o[j] = derivative(zs[i][j], as[i][j]);
            }
            out[i] = o;
        }
        return Matrices.wrap(out);
    }

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
