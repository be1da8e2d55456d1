package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Central finite differences for every parameter, compared with the analytic gradient. The numeric
 * derivative uses the fourth-order stencil (−L(w+2h) + 8L(w+h) − 8L(w−h) + L(w−2h)) / 12h with h = 1e−3:
 * its truncation error is O(h⁴) and its rounding error about ε·max(|L|, 1)/h, small enough to judge
 * gradients as small as 1e−7 (the worked example's db1).
 *
 * <p>Each element gets a verdict: a <em>kink</em> where the stencil crosses a point where the hidden
 * activation is not differentiable (so the difference does not estimate the derivative and is not
 * compared), <em>below noise</em> where both values are zero to within the rounding noise of the
 * difference, else <em>fine</em>, <em>suspicious</em> or <em>wrong</em> by the error beyond that noise.
 * Why these rules is in docs/decisions/DD006-gradient-check-verdicts.md.
 */
public final class GradientCheck {

    /** The step h of the stencil. */
    public static final double STEP = 1e-3;

    /** The factor between the noise tolerance and the rounding error of one stencil, ε·max(|L|, 1)/h. */
    public static final double NOISE_SAFETY = 10;

    private static final double EPSILON = Math.ulp(1.0);

    private GradientCheck() {}

    /** The verdict on one element or one matrix. */
    public enum Verdict {
        /** The error beyond noise is below 1e−5: the analytic gradient is right. */
        FINE,
        /** Both values are zero to within the rounding noise of the difference: they agree. */
        BELOW_NOISE,
        /** The stencil crosses a kink of the activation: not compared (for a matrix: no element could be). */
        KINK,
        /** The error beyond noise is below 1e−2: a loss too flat or too curved to difference well. */
        SUSPICIOUS,
        /** 1e−2 or more. */
        WRONG;

        /** Fine, suspicious or wrong, from the error beyond noise of a compared element. */
        static Verdict of(double error) {
            if (error < 1e-5) {
                return FINE;
            }
            return error < 1e-2 ? SUSPICIOUS : WRONG;
        }

        /** The name used in the API, e.g. {@code below_noise}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A kink inside the stencil: the hidden Z_{layer+1}[sample, unit] nearest to 0 among those that change
     * branch (Z &gt; 0 or Z ≤ 0) between w − 2h and w + 2h, its values there, how many Z cross in all, and
     * the one-sided difference from the side none crosses, if there is one.
     */
    public record Kink(
            int layer,
            int sample,
            int unit,
            double z,
            double zBelow,
            double zAbove,
            int crossings,
            Optional<OneSided> oneSided) {

        /** The crossing Z in the chapter's notation, e.g. {@code Z1[1,3]}. */
        public String name() {
            return "Z" + (layer + 1) + "[" + sample + "," + unit + "]";
        }
    }

    /**
     * A one-sided difference of second order: from above (3 points at w, w+h, w+2h) or from below; it
     * estimates the derivative of the branch at w, which is the one the analytic gradient takes.
     */
    public record OneSided(boolean fromAbove, double value) {}

    /**
     * The verdict on one element, its error beyond noise max(0, |a−n| − τ)/max(|a|,|n|) (0 below noise,
     * NaN for a kink, which is not compared) and the kink, if any.
     */
    public record Cell(Verdict verdict, double error, Optional<Kink> kink) {}

    /**
     * One parameter matrix, W_{layer+1} or b_{layer+1}: the analytic and numeric gradients, the relative
     * error of each element |a−n|/max(|a|,|n|) (0 where both are 0) and their maximum over every element,
     * the noise tolerance τ, and the verdict of each element, row by row.
     */
    public record MatrixCheck(
            boolean bias,
            int layer,
            RealMatrix analytic,
            RealMatrix numeric,
            RealMatrix relativeError,
            double maxRelativeError,
            double noiseTolerance,
            List<Cell> cells) {

        public MatrixCheck {
            cells = List.copyOf(cells);
        }

        /** The matrix in the chapter's notation, e.g. {@code W2}. */
        public String name() {
            return (bias ? "b" : "W") + (layer + 1);
        }

        /** The verdict of element (r, c). */
        public Cell cell(int r, int c) {
            return cells.get(r * analytic.getColumnDimension() + c);
        }

        /**
         * Fine, suspicious or wrong: the worst of the elements compared (below noise counts as fine); a kink
         * when no element could be compared.
         */
        public Verdict verdict() {
            Verdict worst = null;
            for (Cell c : cells) {
                if (c.verdict() != Verdict.KINK) {
                    Verdict v = c.verdict() == Verdict.BELOW_NOISE ? Verdict.FINE : c.verdict();
                    worst = worst == null || v.ordinal() > worst.ordinal() ? v : worst;
                }
            }
            return worst == null ? Verdict.KINK : worst;
        }

        /** The largest error beyond noise of the elements compared; 0 when none was. */
        public double maxError() {
            double max = 0;
            for (Cell c : cells) {
                if (c.verdict() != Verdict.KINK) {
                    max = Math.max(max, c.error());
                }
            }
            return max;
        }

        /** The largest relative error |a−n|/max(|a|,|n|) of the elements judged by it (fine, suspicious, wrong). */
        public double maxComparedRelativeError() {
            double max = 0;
            for (int i = 0; i < cells.size(); i++) {
                Verdict v = cells.get(i).verdict();
                if (v != Verdict.KINK && v != Verdict.BELOW_NOISE) {
                    int cols = analytic.getColumnDimension();
                    max = Math.max(max, relativeError.getEntry(i / cols, i % cols));
                }
            }
            return max;
        }

        /** How many elements have this verdict. */
        public int count(Verdict v) {
            return (int) cells.stream().filter(c -> c.verdict() == v).count();
        }
    }

    /** The check of every parameter matrix, in the order W1, b1, W2, b2, …. */
    public static List<MatrixCheck> of(Network network, Batch batch, BackwardPass backward) {
        return of(network, batch, backward, Optimization.PLAIN);
    }

    /**
     * The check of the penalised loss L + (λ/2)·ΣW² (λ of {@code decay}): each W's analytic gradient is
     * g = dW + λ·W, the one the optimizer uses; the biases' is db.
     */
    public static List<MatrixCheck> of(Network network, Batch batch, BackwardPass backward, Optimization decay) {
        List<MatrixCheck> checks = new ArrayList<>();
        Stencil stencil = new Stencil(network, batch, decay);
        double tolerance = noiseTolerance(stencil.loss());
        for (int l = 0; l < network.architecture().depth(); l++) {
            checks.add(check(stencil, tolerance, decay.decayed(backward.dW(l), network.weight(l)), false, l));
            checks.add(check(stencil, tolerance, backward.db(l), true, l));
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

    /**
     * τ = 10·ε·max(|L|, 1)/h: the rounding noise of the stencil, whose four losses each carry an error of
     * about ε·max(|L|, 1), with a factor of safety (measured in DD005).
     */
    public static double noiseTolerance(double loss) {
        double scale = Double.isFinite(loss) ? Math.max(Math.abs(loss), 1) : 1;
        return NOISE_SAFETY * EPSILON * scale / STEP;
    }

    private static MatrixCheck check(Stencil stencil, double tolerance, RealMatrix analytic, boolean bias, int layer) {
        int rows = analytic.getRowDimension();
        int cols = analytic.getColumnDimension();
        double[][] numeric = new double[rows][cols];
        double[][] error = new double[rows][cols];
        List<Cell> cells = new ArrayList<>();
        double max = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                Stencil.Point point = stencil.at(new ParameterRef(bias, layer, r, c));
                double a = analytic.getEntry(r, c);
                numeric[r][c] = point.numeric();
                error[r][c] = relativeError(a, numeric[r][c]);
                max = Math.max(max, error[r][c]);
                cells.add(point.kink()
                        .map(k -> new Cell(Verdict.KINK, Double.NaN, Optional.of(k)))
                        .orElseGet(() -> judge(a, point.numeric(), tolerance)));
            }
        }
        return new MatrixCheck(
                bias, layer, analytic, Matrices.wrap(numeric), Matrices.wrap(error), max, tolerance, cells);
    }

    /**
     * The verdict on analytic {@code a} against numeric {@code n} where no kink is crossed: below noise when
     * |a| ≤ τ and |n| ≤ τ, else by the error beyond noise max(0, |a−n| − τ)/max(|a|,|n|).
     */
    public static Cell judge(double a, double n, double tolerance) {
        if (Math.abs(a) <= tolerance && Math.abs(n) <= tolerance) {
            return new Cell(Verdict.BELOW_NOISE, 0, Optional.empty());
        }
        double scale = Math.max(Math.abs(a), Math.abs(n));
        double e = Math.max(0, Math.abs(a - n) - tolerance) / scale;
        double error = Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
        return new Cell(Verdict.of(error), error, Optional.empty());
    }

    /** dL/dp by the fourth-order central stencil around the current value of p. */
    public static double numericDerivative(Network network, Batch batch, ParameterRef ref) {
        return new Stencil(network, batch).at(ref).numeric();
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
