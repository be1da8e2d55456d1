package com.backproplab.bench;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputLayer;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Full-batch training speed of the engine, the same three cases as {@code bench/numpy_training.py}:
 * (a) the seed network, 100,000 steps; (b) 150 samples, 4-8-3 softmax, 10,000 steps; (c) 1,024 samples,
 * 64-128-10, 300 steps. Prints the best of several timed runs after warm-up; arguments: the number of timed
 * runs, and optionally one case's name. Not a test: run it with {@code bench/run.sh} or
 * {@code bench/engine-vs-numpy.sh}.
 */
public final class TrainingBenchmark {

    /** One benchmark case. */
    public record Case(String name, Scenario scenario, int steps) {}

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String only = args.length > 1 ? args[1] : null;
        System.out.println("large products: " + Matrices.largeProducts());
        for (Case c : cases()) {
            if (only != null && !only.equals(c.name())) {
                continue;
            }
            Scenario s = c.scenario();
            int warmup = Math.max(1, c.steps() / 5);
            for (int i = 0; i < 3; i++) {
                Training.run(s.network(), s.batch(), s.learningRate(), warmup);
            }
            double best = Double.POSITIVE_INFINITY;
            double loss = 0;
            for (int r = 0; r < repeats; r++) {
                long t0 = System.nanoTime();
                Training.Result result = Training.run(s.network(), s.batch(), s.learningRate(), c.steps());
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                loss = result.lossHistory()[c.steps()];
            }
            System.out.printf(
                    Locale.ROOT,
                    "java  %-4s %8d steps  %9.4f s  (%.2f µs/step)  final loss %.6f%n",
                    c.name(),
                    c.steps(),
                    best,
                    best / c.steps() * 1e6,
                    loss);
        }
    }

    /** The three cases, with data and weights drawn from fixed seeds. */
    public static List<Case> cases() {
        return List.of(
                new Case("a", SeedExample.scenario(), 100_000),
                new Case("b", random(150, List.of(4, 8, 3), 0.1, 1), 10_000),
                new Case("c", random(1024, List.of(64, 128, 10), 0.1, 2), 300));
    }

    static Scenario random(int m, List<Integer> sizes, double alpha, long seed) {
        Random random = new Random(seed);
        Architecture architecture = new Architecture(sizes, HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.size(); l++) {
            w.add(gaussian(random, sizes.get(l), sizes.get(l + 1), Math.sqrt(2.0 / sizes.get(l))));
            b.add(Matrices.zeros(1, sizes.get(l + 1)));
        }
        double[][] y = new double[m][sizes.getLast()];
        for (double[] row : y) {
            row[random.nextInt(row.length)] = 1;
        }
        Batch batch = new Batch(gaussian(random, m, sizes.getFirst(), 1), Matrices.wrap(y));
        return new Scenario(new Network(architecture, w, b), batch, alpha);
    }

    private static RealMatrix gaussian(Random random, int rows, int cols, double scale) {
        double[][] d = new double[rows][cols];
        for (double[] row : d) {
            for (int j = 0; j < cols; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return Matrices.wrap(d);
    }
}
