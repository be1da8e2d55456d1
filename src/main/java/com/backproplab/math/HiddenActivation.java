package com.backproplab.math;

import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/** The activation f of every hidden layer, A = f(Z), with its derivative f'(Z) written beside it. */
public enum HiddenActivation implements Named {
    /**
     * f(z) = max(0, z); f'(z) = 1 for z &gt; 0, else 0 (0 at 0, as PyTorch). A NaN stays NaN in both, as in
     * PyTorch: nothing hides a diverged number.
     */
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

    /**
     * f(z) for one element. ReLU and leaky ReLU are written as maxima, without a branch, so that the JIT
     * vectorises their rows ({@link #applyRow}); max(z, 0.01·z) is z for z &gt; 0 and 0.01·z otherwise.
     */
    public double apply(double z) {
        return switch (this) {
            case RELU -> Math.max(z, 0.0);
            case LEAKY_RELU -> Math.max(z, LEAKY_SLOPE * z);
            case SIGMOID -> Stable.sigmoid(z);
            case TANH -> Math.tanh(z);
            case LINEAR -> z;
        };
    }

    /**
     * f'(z) for one element, given z and a = f(z). ReLU's is sign(max(z, 0)): 1 for z &gt; 0, else 0, without
     * a branch (a branch on the sign of z costs about six times as much on random signs; DD002).
     */
    public double derivative(double z, double a) {
        return switch (this) {
            case RELU -> Math.signum(Math.max(z, 0.0));
            case LEAKY_RELU -> z > 0 ? 1.0 : LEAKY_SLOPE;
            case SIGMOID -> a * (1 - a);
            case TANH -> 1 - a * a;
            case LINEAR -> 1.0;
        };
    }

    /** out[j] = f(z[j]) for every j of the row, exactly as {@link #apply(double)}; z and out may be one array. */
    void applyRow(double[] z, double[] out) {
        if (this == RELU) {
            for (int j = 0; j < z.length; j++) {
                out[j] = Math.max(z[j], 0.0);
            }
        } else {
            for (int j = 0; j < z.length; j++) {
                out[j] = apply(z[j]);
            }
        }
    }

    /** out[j] = f'(z[j], a[j]) for every j of the row, exactly as {@link #derivative(double, double)}. */
    void derivativeRow(double[] z, double[] a, double[] out) {
        if (this == RELU) {
            for (int j = 0; j < z.length; j++) {
                out[j] = Math.signum(Math.max(z[j], 0.0));
            }
        } else {
            for (int j = 0; j < z.length; j++) {
                out[j] = derivative(z[j], a[j]);
            }
        }
    }

    /** dZ[j] = dA[j]·f'(z[j], a[j]) for every j of the row: the chain rule through f, as dA ⊙ f'(Z). */
    void chainRow(double[] dA, double[] z, double[] a, double[] dZ) {
        if (this == RELU) {
            for (int j = 0; j < z.length; j++) {
                dZ[j] = dA[j] * Math.signum(Math.max(z[j], 0.0));
            }
        } else {
            for (int j = 0; j < z.length; j++) {
                dZ[j] = dA[j] * derivative(z[j], a[j]);
            }
        }
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
            out[i] = new double[src[i].length];
            applyRow(src[i], out[i]);
        }
        return Matrices.wrap(out);
    }

    /** f'(Z) element-wise, from Z and A = f(Z) of the same shape. */
    public RealMatrix derivative(RealMatrix z, RealMatrix a) {
        double[][] zs = Matrices.rows(z);
        double[][] as = Matrices.rows(a);
        double[][] out = new double[zs.length][];
        for (int i = 0; i < zs.length; i++) {
            out[i] = new double[zs[i].length];
            derivativeRow(zs[i], as[i], out[i]);
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
