package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Numbers for hand work: the same network with inputs that are small integers (−3 to 3), weights of one
 * decimal (−0.9 to 0.9), biases 0, and labels that stay valid for the loss (one-hot for softmax with
 * cross-entropy, 0 or 1 for sigmoid or softmax with squared error, integers −2 to 2 for a linear output). The values depend only on
 * the seed and the table, so a seed always gives the same exercise.
 */
public final class EasyNumbers {

    private EasyNumbers() {}

    /** {@code s} with easy numbers drawn from {@code seed}; the shapes, functions and α stay. */
    public static Scenario of(Scenario s, long seed) {
        Architecture a = s.network().architecture();
        List<Integer> n = a.sizes();
        int m = s.batch().size();
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        for (int l = 0; l < a.depth(); l++) {
            SplittableRandom random = random(seed, TableId.weight(l + 1));
            w.add(fill(n.get(l), n.get(l + 1), () -> random.nextInt(-9, 10) / 10.0));
            b.add(Matrices.wrap(new double[1][n.get(l + 1)]));
        }
        SplittableRandom rx = random(seed, TableId.X);
        RealMatrix x = fill(m, a.inputs(), () -> rx.nextInt(-3, 4));
        RealMatrix y = labels(m, a.outputs(), a.output(), random(seed, TableId.Y));
        return new Scenario(new Network(a, w, b), new Batch(x, y), s.learningRate());
    }

    private static SplittableRandom random(long seed, TableId table) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + table.name().hashCode());
    }

    private static RealMatrix labels(int m, int classes, OutputLayer out, SplittableRandom random) {
        if (out.activation() == OutputActivation.LINEAR) {
            return fill(m, classes, () -> random.nextInt(-2, 3));
        }
        if (out.activation() == OutputActivation.SIGMOID || out.loss() == LossFunction.MSE) {
            return fill(m, classes, () -> random.nextInt(2));
        }
        double[][] y = new double[m][classes];
        for (double[] row : y) {
            row[random.nextInt(classes)] = 1;
        }
        return Matrices.wrap(y);
    }

    private static RealMatrix fill(int rows, int cols, DoubleSupplier value) {
        double[][] out = new double[rows][cols];
        for (double[] row : out) {
            for (int c = 0; c < cols; c++) {
                row[c] = value.getAsDouble();
            }
        }
        return Matrices.wrap(out);
    }
}
