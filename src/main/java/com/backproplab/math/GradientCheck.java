package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Central finite differences for every parameter, compared with the analytic gradient. The numeric
 * derivative uses the fourth-order stencil (−L(w+2h) + 8L(w+h) − 8L(w−h) + L(w−2h)) / 12h with h = 1e−3:
 * its truncation error is O(h⁴) and its rounding error about ε·L/h, small enough to judge gradients as
 * small as 1e−7 (the worked example's db1).
 */
public final class GradientCheck {

    /** The step h of the stencil. */
    public static final double STEP = 1e-3;

    private GradientCheck() {}

    /** The verdict on one matrix, from its largest relative error. */
    public enum Verdict {
        /** Below 1e−5: the analytic gradient is right. */
        FINE,
        /** Below 1e−2: often a kink of ReLU crossed by the stencil, or a loss too flat to difference. */
        SUSPICIOUS,
        /** 1e−2 or more. */
        WRONG;

        static Verdict of(double maxRelativeError) {
            if (maxRelativeError < 1e-5) {
                return FINE;
            }
            return maxRelativeError < 1e-2 ? SUSPICIOUS : WRONG;
        }
    }

    /**
     * One parameter matrix, W_{layer+1} or b_{layer+1}: the analytic and numeric gradients, the relative
     * error of each element |a−n|/max(|a|,|n|) (0 where both are 0), and their maximum.
     */
    public record MatrixCheck(
            boolean bias,
            int layer,
            RealMatrix analytic,
            RealMatrix numeric,
            RealMatrix relativeError,
            double maxRelativeError) {

        /** The matrix in the chapter's notation, e.g. {@code W2}. */
        public String name() {
            return (bias ? "b" : "W") + (layer + 1);
        }

        /** Fine, suspicious or wrong. */
        public Verdict verdict() {
            return Verdict.of(maxRelativeError);
        }
    }

    /** The check of every parameter matrix, in the order W1, b1, W2, b2, …. */
    public static List<MatrixCheck> of(Network network, Batch batch, BackwardPass backward) {
        List<MatrixCheck> checks = new ArrayList<>();
        Trainer losses = new Trainer(network, batch);
        for (int l = 0; l < network.architecture().depth(); l++) {
            checks.add(check(losses, network, backward.dW(l), false, l));
            checks.add(check(losses, network, backward.db(l), true, l));
        }
        return List.copyOf(checks);
    }

    /** The number of multiply-adds the check costs: four forward passes for each parameter. */
    public static double cost(Network network, Batch batch) {
        double forward = 0;
        List<Integer> s = network.architecture().sizes();
        for (int l = 0; l + 1 < s.size(); l++) {
            forward += (double) batch.size() * s.get(l) * s.get(l + 1);
        }
        return 4.0 * network.architecture().parameterCount() * forward;
    }

    private static MatrixCheck check(Trainer losses, Network network, RealMatrix analytic, boolean bias, int layer) {
        int rows = analytic.getRowDimension();
        int cols = analytic.getColumnDimension();
        double[][] numeric = new double[rows][cols];
        double[][] error = new double[rows][cols];
        double max = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                ParameterRef ref = new ParameterRef(bias, layer, r, c);
                numeric[r][c] = numericDerivative(losses, network.parameter(ref), ref);
                error[r][c] = relativeError(analytic.getEntry(r, c), numeric[r][c]);
                max = Math.max(max, error[r][c]);
            }
        }
        return new MatrixCheck(bias, layer, analytic, Matrices.wrap(numeric), Matrices.wrap(error), max);
    }

    /** dL/dp by the fourth-order central stencil around the current value of p. */
    public static double numericDerivative(Network network, Batch batch, ParameterRef ref) {
        return numericDerivative(new Trainer(network, batch), network.parameter(ref), ref);
    }

    /**
     * The stencil on the trainer's allocation-free forward pass, which gives bit for bit the loss of
     * {@link ForwardPass}.
     */
    private static double numericDerivative(Trainer losses, double p, ParameterRef ref) {
        double twoUp = losses.lossWith(ref, p + 2 * STEP);
        double up = losses.lossWith(ref, p + STEP);
        double down = losses.lossWith(ref, p - STEP);
        double twoDown = losses.lossWith(ref, p - 2 * STEP);
        // Differences first, so that a parameter the loss does not depend on gets exactly 0.
        return (8 * (up - down) - (twoUp - twoDown)) / (12 * STEP);
    }

    /** |a−n| / max(|a|,|n|), and 0 where both are 0; a NaN counts as infinite, so it is never called fine. */
    public static double relativeError(double analytic, double numeric) {
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        if (scale == 0) {
            return 0;
        }
        double e = Math.abs(analytic - numeric) / scale;
        return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }
}
