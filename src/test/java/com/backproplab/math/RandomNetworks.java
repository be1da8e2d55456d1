package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.RealMatrix;

/** Random networks and batches for property tests, reproducible from a seed. */
final class RandomNetworks {

    private RandomNetworks() {}

    /** Sizes [inputs, hidden…, outputs] with {@code hidden} hidden layers of 1 to 5 units. */
    static List<Integer> sizes(Random random, int hidden) {
        List<Integer> sizes = new ArrayList<>();
        sizes.add(1 + random.nextInt(4));
        for (int i = 0; i < hidden; i++) {
            sizes.add(1 + random.nextInt(5));
        }
        sizes.add(2 + random.nextInt(3));
        return sizes;
    }

    static Network network(Random random, Architecture architecture) {
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        List<Integer> s = architecture.sizes();
        for (int l = 0; l + 1 < s.size(); l++) {
            w.add(gaussian(random, s.get(l), s.get(l + 1), 1.0));
            b.add(gaussian(random, 1, s.get(l + 1), 0.5));
        }
        return new Network(architecture, w, b);
    }

    static RealMatrix gaussian(Random random, int rows, int cols, double scale) {
        double[][] d = new double[rows][cols];
        for (double[] row : d) {
            for (int j = 0; j < cols; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return Matrices.wrap(d);
    }

    /** Labels that suit the output layer: one-hot for softmax with cross-entropy, [0, 1] for sigmoid. */
    static RealMatrix labels(Random random, OutputLayer output, int m, int c) {
        double[][] y = new double[m][c];
        for (double[] row : y) {
            if (output.activation() == OutputActivation.SOFTMAX && output.loss() == LossFunction.CROSS_ENTROPY) {
                row[random.nextInt(c)] = 1;
            } else if (output.activation() == OutputActivation.LINEAR) {
                for (int j = 0; j < c; j++) {
                    row[j] = random.nextGaussian();
                }
            } else {
                for (int j = 0; j < c; j++) {
                    row[j] = random.nextBoolean() ? random.nextDouble() : random.nextInt(2);
                }
            }
        }
        return Matrices.wrap(y);
    }

    /** Every output activation and loss pair the engine accepts. */
    static List<OutputLayer> outputLayers() {
        List<OutputLayer> out = new ArrayList<>();
        for (OutputActivation a : OutputActivation.values()) {
            for (LossFunction l : LossFunction.values()) {
                if (!(a == OutputActivation.LINEAR && l == LossFunction.CROSS_ENTROPY)) {
                    out.add(new OutputLayer(a, l));
                }
            }
        }
        return out;
    }

    /** The smallest |Z| over the hidden layers: how close a sample is to a kink of ReLU. */
    static double smallestHiddenPreActivation(ForwardPass forward) {
        double min = Double.POSITIVE_INFINITY;
        for (int l = 0; l + 1 < forward.z().size(); l++) {
            for (double[] row : forward.z().get(l).getData()) {
                for (double v : row) {
                    min = Math.min(min, Math.abs(v));
                }
            }
        }
        return min;
    }
}
