package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.math3.linear.RealMatrix;

/** The configured examples, in the order of the picker; the first is the page's default. */
public final class Gallery {

    private static final List<Example> EXAMPLES = List.of(
            new Example(
                    "seed",
                    "The worked example (3-4-2)",
                    "The worked example of the chapter “Backward Propagation and Gradient Descent Explained” (Deep-Learning-Essentials): every table matches PyTorch to 1e-12.",
                    SeedExample.scenario()),
            new Example(
                    "xor",
                    "XOR with 2 inputs",
                    "No straight line separates XOR's classes: watch the tanh layer bend the inputs, and apply a few"
                            + " steps to see the loss fall.",
                    xor()),
            new Example(
                    "binary",
                    "Binary classification (sigmoid + cross-entropy)",
                    "With a sigmoid output and binary cross-entropy, dZ is again (Ŷ − Y)/m: compare the chain and the"
                            + " fused tables.",
                    binary()),
            new Example(
                    "regression",
                    "Regression of sin x (linear + mse)",
                    "A linear output with mean squared error: dL/dŶ = (Ŷ − Y)/m and no Jacobian; watch the residuals"
                            + " drive dW.",
                    regression()),
            new Example(
                    "spirals",
                    "Two spirals (2 hidden layers)",
                    "A hard problem for a small network: gradients shrink as they flow back through two tanh layers"
                            + " (compare dA2 with dA1).",
                    spirals()),
            new Example(
                    "dead-relu",
                    "Failure: dead ReLUs",
                    "Every hidden unit is dead (Z1 < 0 for every sample): f'(Z1) is 0, so dW1 and db1 are 0 and"
                            + " gradient descent cannot bring the units back; the diagnostics above the tables name"
                            + " them.",
                    deadRelu()),
            new Example(
                    "valley",
                    "A long narrow valley (momentum, Adam)",
                    "Inputs on very different scales make the loss a long narrow valley: plain gradient descent"
                            + " crawls along it (after 50 steps of α = 0.1 its loss is still 0.13). Choose momentum"
                            + " or Adam above the step's tables and apply steps: the loss falls below 0.004 in the same 50"
                            + " steps, and the tables show v (or m and v) growing along the valley.",
                    valley()));

    private Gallery() {}

    /** Every example, the default first. */
    public static List<Example> all() {
        return EXAMPLES;
    }

    /** The example with this id, if any. */
    public static Optional<Example> byId(String id) {
        return EXAMPLES.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static Scenario scenario(
            List<Integer> sizes,
            HiddenActivation hidden,
            OutputActivation out,
            LossFunction loss,
            double lr,
            double[][] x,
            double[][] y,
            List<double[][]> w,
            List<double[][]> b) {
        Architecture a = new Architecture(sizes, hidden, new OutputLayer(out, loss));
        return new Scenario(
                new Network(
                        a,
                        w.stream().map(Matrices::of).toList(),
                        b.stream().map(Matrices::of).toList()),
                new Batch(Matrices.of(x), Matrices.of(y)),
                lr);
    }

    private static Scenario xor() {
        return scenario(
                List.of(2, 4, 1),
                HiddenActivation.TANH,
                OutputActivation.SIGMOID,
                LossFunction.CROSS_ENTROPY,
                0.5,
                new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
                new double[][] {{0}, {1}, {1}, {0}},
                List.of(
                        new double[][] {{0.5, -0.6, 0.8, -0.3}, {-0.4, 0.7, 0.6, -0.9}},
                        new double[][] {{0.6}, {-0.7}, {0.5}, {0.4}}),
                List.of(new double[][] {{0.1, -0.1, 0, 0.2}}, new double[][] {{0}}));
    }

    private static Scenario binary() {
        return scenario(
                List.of(2, 3, 1),
                HiddenActivation.RELU,
                OutputActivation.SIGMOID,
                LossFunction.CROSS_ENTROPY,
                0.1,
                new double[][] {{1, 2}, {2, 1}, {2, 3}, {-1, -2}, {-2, -1}, {-1, -3}},
                new double[][] {{1}, {1}, {1}, {0}, {0}, {0}},
                List.of(new double[][] {{0.3, -0.2, 0.5}, {0.4, 0.1, -0.3}}, new double[][] {{0.5}, {-0.4}, {0.3}}),
                List.of(new double[][] {{0, 0, 0}}, new double[][] {{0}}));
    }

    /** A linear 2-2-1 network on inputs of scale 0.3 and 2: a valley 10 times steeper across than along. */
    private static Scenario valley() {
        return scenario(
                List.of(2, 2, 1),
                HiddenActivation.LINEAR,
                OutputActivation.LINEAR,
                LossFunction.MSE,
                0.1,
                new double[][] {{0.2, 3.0}, {-0.3, 2.0}, {0.4, -1.0}, {-0.1, -2.5}, {0.3, 1.5}, {-0.4, -3.0}},
                new double[][] {{-0.4}, {-1.1}, {1.2}, {0.65}, {0.25}, {0.2}},
                List.of(new double[][] {{0.1, -0.2}, {0.05, 0.1}}, new double[][] {{0.1}, {0.1}}),
                List.of(new double[][] {{0, 0}}, new double[][] {{0}}));
    }

    private static Scenario regression() {
        double[] xs = {-2, -1, 0, 0.5, 1, 2};
        double[][] x = new double[xs.length][];
        double[][] y = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            x[i] = new double[] {xs[i]};
            y[i] = new double[] {Math.round(Math.sin(xs[i]) * 1e6) / 1e6};
        }
        return scenario(
                List.of(1, 4, 1),
                HiddenActivation.TANH,
                OutputActivation.LINEAR,
                LossFunction.MSE,
                0.05,
                x,
                y,
                List.of(new double[][] {{0.8, -0.5, 1.2, -1.0}}, new double[][] {{0.5}, {0.4}, {-0.6}, {0.3}}),
                List.of(new double[][] {{0.1, -0.2, 0, 0.3}}, new double[][] {{0}}));
    }

    /**
     * Two interleaved spirals of 60 points each, a turn and a quarter per arm, and weights ~ N(0, 1/fan-in)
     * rounded to 3 decimals.
     */
    private static Scenario spirals() {
        int perClass = 60;
        double[][] x = new double[2 * perClass][];
        double[][] y = new double[2 * perClass][];
        for (int i = 0; i < perClass; i++) {
            double t = 0.5 + 2.5 * Math.PI * i / perClass;
            double px = round(t * Math.cos(t) / 5.5);
            double py = round(t * Math.sin(t) / 5.5);
            x[2 * i] = new double[] {px, py};
            y[2 * i] = new double[] {0};
            x[2 * i + 1] = new double[] {-px, -py};
            y[2 * i + 1] = new double[] {1};
        }
        Random random = new Random(11);
        List<Integer> sizes = List.of(2, 8, 8, 1);
        List<double[][]> w = new ArrayList<>();
        List<double[][]> b = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.size(); l++) {
            w.add(gaussian(random, sizes.get(l), sizes.get(l + 1), 1 / Math.sqrt(sizes.get(l))));
            b.add(new double[1][sizes.get(l + 1)]);
        }
        return scenario(
                sizes, HiddenActivation.TANH, OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY, 0.3, x, y, w, b);
    }

    private static Scenario deadRelu() {
        Scenario s = binary();
        RealMatrix b1 = Matrices.of(new double[] {-3, -3, -3});
        return ScenarioEditor.withMatrix(s, TableId.bias(1), b1);
    }

    private static double[][] gaussian(Random random, int rows, int cols, double scale) {
        double[][] d = new double[rows][cols];
        for (double[] row : d) {
            for (int j = 0; j < cols; j++) {
                row[j] = round(scale * random.nextGaussian());
            }
        }
        return d;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
