package com.backproplab.bench;

import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TrainingCost;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Calibrates {@link TrainingCost}: times full-batch steps of networks from thin to wide and prints, for
 * each, nanoseconds per cost unit of the model in use and per step·sample·weight (what counting weights
 * alone would charge), with the spread of each (slowest over fastest). A good model has a small spread:
 * its budget then means about the same time whatever the shape. Not a test: run {@code bench/training-cost.sh}.
 */
public final class TrainingCostBenchmark {

    private record Case(List<Integer> sizes, int m) {}

    private static final List<Case> CASES = List.of(
            new Case(List.of(3, 4, 2), 2),
            new Case(List.of(1, 1, 1), 1000),
            new Case(List.of(1, 1, 1, 1, 1, 1, 1, 1), 1000),
            new Case(List.of(2, 2, 2, 2, 2, 2, 2, 1), 4),
            new Case(List.of(2, 8, 8, 1), 100),
            new Case(List.of(4, 8, 3), 150),
            new Case(List.of(8, 32, 32, 4), 64),
            new Case(List.of(2, 64, 64, 64, 64, 1), 256),
            new Case(List.of(64, 64, 10), 1024));

    public static void main(String[] args) {
        System.out.printf(
                Locale.ROOT,
                "model: per step and layer m·(n_in·n_out + %.0f·n_out + %.0f) + %.0f units%n",
                TrainingCost.PER_UNIT,
                TrainingCost.PER_ROW,
                TrainingCost.PER_LAYER);
        System.out.printf(
                Locale.ROOT,
                "%-22s %6s %12s %14s %10s %16s%n",
                "network",
                "m",
                "ns/step",
                "units/step",
                "ns/unit",
                "ns/(m·weights)");
        double[] perUnit = new double[CASES.size()];
        double[] perWeight = new double[CASES.size()];
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            double nanos = nanosPerStep(c, i);
            double units = TrainingCost.perStep(c.sizes(), c.m());
            double weights = 0;
            for (int l = 0; l + 1 < c.sizes().size(); l++) {
                weights += (double) c.sizes().get(l) * c.sizes().get(l + 1);
            }
            perUnit[i] = nanos / units;
            perWeight[i] = nanos / (c.m() * weights);
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %6d %12.0f %14.0f %10.3f %16.3f%n",
                    String.join("-", c.sizes().stream().map(String::valueOf).toList()),
                    c.m(),
                    nanos,
                    units,
                    perUnit[i],
                    perWeight[i]);
        }
        System.out.printf(
                Locale.ROOT,
                "spread (slowest / fastest): this model %.1f×, counting weights only %.1f×%n",
                spread(perUnit),
                spread(perWeight));
    }

    /** The best of three timed runs after a warm-up, of enough steps for about a tenth of a second. */
    private static double nanosPerStep(Case c, long seed) {
        Scenario s = TrainingBenchmark.random(c.m(), c.sizes(), 0.01, seed);
        int steps = (int) Math.max(20, Math.min(200_000, 3e8 / TrainingCost.perStep(c.sizes(), c.m())));
        Training.run(s.network(), s.batch(), 0.01, steps);
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < 3; r++) {
            long t0 = System.nanoTime();
            Training.run(s.network(), s.batch(), 0.01, steps);
            best = Math.min(best, (System.nanoTime() - t0) / (double) steps);
        }
        return best;
    }

    private static double spread(double[] v) {
        return Arrays.stream(v).max().orElse(1) / Arrays.stream(v).min().orElse(1);
    }
}
