package com.backproplab.math;

import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * How a step turns the gradient g of one parameter matrix into its update, following PyTorch's
 * {@code torch.optim} (dampening 0, no AMSGrad, not centred, no maximize): W_new = W − update. Each
 * optimizer writes its element formulas once, as static methods, and both the readable tables
 * ({@link #tables}) and the allocation-free trainer ({@link #updateRow}) call them, so the two agree bit for
 * bit. Buffers: momentum keeps v (PyTorch's {@code momentum_buffer}), RMSProp s ({@code square_avg}), Adam
 * m and v ({@code exp_avg}, {@code exp_avg_sq}); every buffer starts at 0.
 */
public sealed interface Optimizer {

    /** The name used in the API and in links: {@code gd}, {@code momentum}, {@code rmsprop}, {@code adam}. */
    String id();

    /** Whether the state keeps a first buffer (v of momentum, m of Adam). */
    boolean hasFirst();

    /** Whether the state keeps a second buffer (s of RMSProp, v of Adam). */
    boolean hasSecond();

    /**
     * Every intermediate table of one parameter's step: g (same shape as W), the buffers before (zeros
     * where absent) and after, at step number t ≥ 1 (counted from the last reset).
     */
    ParameterUpdate tables(RealMatrix w, RealMatrix g, RealMatrix first, RealMatrix second, double alpha, int t);

    /** In place on one row: w ← w − update, and the buffers advanced, by the same element formulas. */
    void updateRow(double[] w, double[] g, double[] first, double[] second, double alpha, int t);

    /** Plain gradient descent: update = α·g. */
    record GradientDescent() implements Optimizer {
        @Override
        public String id() {
            return "gd";
        }

        @Override
        public boolean hasFirst() {
            return false;
        }

        @Override
        public boolean hasSecond() {
            return false;
        }

        @Override
        public ParameterUpdate tables(
                RealMatrix w, RealMatrix g, RealMatrix first, RealMatrix second, double alpha, int t) {
            RealMatrix update = Matrices.map(g, gi -> alpha * gi);
            return ParameterUpdate.plain(g, update, Matrices.zip(w, update, (wi, u) -> wi - u));
        }

        @Override
        public void updateRow(double[] w, double[] g, double[] first, double[] second, double alpha, int t) {
            for (int j = 0; j < w.length; j++) {
                w[j] = w[j] - alpha * g[j];
            }
        }
    }

    /**
     * Momentum μ (PyTorch has no default; ours is 0.9): v ← μ·v + g, update = α·v, or α·(g + μ·v) with
     * Nesterov.
     */
    record Momentum(double momentum, boolean nesterov) implements Optimizer {
        /** Our default μ when none is given. */
        public static final double DEFAULT_MOMENTUM = 0.9;

        /** v_new = μ·v + g. */
        static double velocity(double mu, double v, double g) {
            return mu * v + g;
        }

        /** The direction the step takes: v_new, or g + μ·v_new with Nesterov. */
        static double direction(double mu, boolean nesterov, double g, double vNew) {
            return nesterov ? g + mu * vNew : vNew;
        }

        @Override
        public String id() {
            return "momentum";
        }

        @Override
        public boolean hasFirst() {
            return true;
        }

        @Override
        public boolean hasSecond() {
            return false;
        }

        @Override
        public ParameterUpdate tables(
                RealMatrix w, RealMatrix g, RealMatrix first, RealMatrix second, double alpha, int t) {
            RealMatrix v = Matrices.zip(first, g, (vi, gi) -> velocity(momentum, vi, gi));
            RealMatrix d = Matrices.zip(g, v, (gi, vi) -> direction(momentum, nesterov, gi, vi));
            RealMatrix update = Matrices.map(d, di -> alpha * di);
            return new ParameterUpdate(
                    g,
                    Optional.of(v),
                    Optional.empty(),
                    nesterov ? Optional.of(d) : Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    update,
                    Matrices.zip(w, update, (wi, u) -> wi - u));
        }

        @Override
        public void updateRow(double[] w, double[] g, double[] first, double[] second, double alpha, int t) {
            for (int j = 0; j < w.length; j++) {
                first[j] = velocity(momentum, first[j], g[j]);
                w[j] = w[j] - alpha * direction(momentum, nesterov, g[j], first[j]);
            }
        }
    }

    /** RMSProp with PyTorch's {@code alpha} ρ (default 0.99) and ε (1e-8): s ← ρ·s + (1 − ρ)·g², update = α·g/(√s + ε). */
    record RmsProp(double alpha, double epsilon) implements Optimizer {
        public static final double DEFAULT_ALPHA = 0.99;
        public static final double DEFAULT_EPSILON = 1e-8;

        /** s_new = ρ·s + (1 − ρ)·g². */
        static double square(double rho, double s, double g) {
            return rho * s + (1 - rho) * (g * g);
        }

        /** α·g/(√s_new + ε). */
        static double update(double lr, double g, double sNew, double eps) {
            return lr * g / (Math.sqrt(sNew) + eps);
        }

        @Override
        public String id() {
            return "rmsprop";
        }

        @Override
        public boolean hasFirst() {
            return false;
        }

        @Override
        public boolean hasSecond() {
            return true;
        }

        @Override
        public ParameterUpdate tables(
                RealMatrix w, RealMatrix g, RealMatrix first, RealMatrix second, double lr, int t) {
            RealMatrix s = Matrices.zip(second, g, (si, gi) -> square(alpha, si, gi));
            RealMatrix update = Matrices.zip(g, s, (gi, si) -> update(lr, gi, si, epsilon));
            return new ParameterUpdate(
                    g,
                    Optional.empty(),
                    Optional.of(s),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    update,
                    Matrices.zip(w, update, (wi, u) -> wi - u));
        }

        @Override
        public void updateRow(double[] w, double[] g, double[] first, double[] second, double lr, int t) {
            for (int j = 0; j < w.length; j++) {
                second[j] = square(alpha, second[j], g[j]);
                w[j] = w[j] - update(lr, g[j], second[j], epsilon);
            }
        }
    }

    /**
     * Adam with PyTorch's defaults β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (L2 decay through g, not AdamW):
     * m ← β₁·m + (1 − β₁)·g, v ← β₂·v + (1 − β₂)·g², m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ),
     * update = α·m̂/(√v̂ + ε).
     */
    record Adam(double beta1, double beta2, double epsilon) implements Optimizer {
        public static final double DEFAULT_BETA1 = 0.9;
        public static final double DEFAULT_BETA2 = 0.999;
        public static final double DEFAULT_EPSILON = 1e-8;

        /** m_new = β₁·m + (1 − β₁)·g. */
        static double mean(double b1, double m, double g) {
            return b1 * m + (1 - b1) * g;
        }

        /** v_new = β₂·v + (1 − β₂)·g². */
        static double square(double b2, double v, double g) {
            return b2 * v + (1 - b2) * (g * g);
        }

        /** 1 − βᵗ, the bias correction at step t. */
        static double correction(double beta, int t) {
            return 1 - Math.pow(beta, t);
        }

        /** α·m̂/(√v̂ + ε). */
        static double update(double lr, double mHat, double vHat, double eps) {
            return lr * mHat / (Math.sqrt(vHat) + eps);
        }

        @Override
        public String id() {
            return "adam";
        }

        @Override
        public boolean hasFirst() {
            return true;
        }

        @Override
        public boolean hasSecond() {
            return true;
        }

        @Override
        public ParameterUpdate tables(
                RealMatrix w, RealMatrix g, RealMatrix first, RealMatrix second, double lr, int t) {
            double c1 = correction(beta1, t);
            double c2 = correction(beta2, t);
            RealMatrix m = Matrices.zip(first, g, (mi, gi) -> mean(beta1, mi, gi));
            RealMatrix v = Matrices.zip(second, g, (vi, gi) -> square(beta2, vi, gi));
            RealMatrix mHat = Matrices.map(m, mi -> mi / c1);
            RealMatrix vHat = Matrices.map(v, vi -> vi / c2);
            RealMatrix update = Matrices.zip(mHat, vHat, (mh, vh) -> update(lr, mh, vh, epsilon));
            return new ParameterUpdate(
                    g,
                    Optional.of(m),
                    Optional.of(v),
                    Optional.empty(),
                    Optional.of(mHat),
                    Optional.of(vHat),
                    update,
                    Matrices.zip(w, update, (wi, u) -> wi - u));
        }

        @Override
        public void updateRow(double[] w, double[] g, double[] first, double[] second, double lr, int t) {
            double c1 = correction(beta1, t);
            double c2 = correction(beta2, t);
            for (int j = 0; j < w.length; j++) {
                first[j] = mean(beta1, first[j], g[j]);
                second[j] = square(beta2, second[j], g[j]);
                w[j] = w[j] - update(lr, first[j] / c1, second[j] / c2, epsilon);
            }
        }
    }

    /** Plain gradient descent. */
    static Optimizer gradientDescent() {
        return new GradientDescent();
    }

    /** Momentum 0.9 without Nesterov. */
    static Optimizer momentum() {
        return new Momentum(Momentum.DEFAULT_MOMENTUM, false);
    }

    /** RMSProp with PyTorch's defaults. */
    static Optimizer rmsProp() {
        return new RmsProp(RmsProp.DEFAULT_ALPHA, RmsProp.DEFAULT_EPSILON);
    }

    /** Adam with PyTorch's defaults. */
    static Optimizer adam() {
        return new Adam(Adam.DEFAULT_BETA1, Adam.DEFAULT_BETA2, Adam.DEFAULT_EPSILON);
    }
}
