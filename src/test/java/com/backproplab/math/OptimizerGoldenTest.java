package com.backproplab.math;

import static com.backproplab.support.Close.assertClose;
import static com.backproplab.support.Tolerances.GOLDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every optimizer, with and without weight decay and mini-batches, against {@code torch.optim} in float64
 * ({@code golden/optimizer-golden.json}, written by {@code src/test/python/optim_golden.py}): the loss of
 * every step, and the weights, biases and optimizer state after steps 1, 2 and 50, to 1e-12 relative.
 */
class OptimizerGoldenTest {

    private static final JsonNode ROOT = load();

    private static JsonNode load() {
        try (InputStream in = OptimizerGoldenTest.class.getResourceAsStream("/golden/optimizer-golden.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Named<JsonNode>> cases() {
        List<Named<JsonNode>> out = new ArrayList<>();
        for (JsonNode c : ROOT.get("cases")) {
            String name = c.get("network").asString() + " " + c.get("case").asString() + " λ="
                    + c.get("weightDecay").asDouble() + " b="
                    + c.get("batchSize").asInt();
            out.add(Named.of(name, c));
        }
        return out.stream();
    }

    static Optimizer optimizer(JsonNode spec) {
        return switch (spec.get("name").asString()) {
            case "gd" -> new Optimizer.GradientDescent();
            case "momentum" ->
                new Optimizer.Momentum(
                        spec.get("momentum").asDouble(), spec.get("nesterov").asBoolean());
            case "rmsprop" ->
                new Optimizer.RmsProp(
                        spec.get("alpha").asDouble(), spec.get("epsilon").asDouble());
            case "adam" ->
                new Optimizer.Adam(
                        spec.get("beta1").asDouble(),
                        spec.get("beta2").asDouble(),
                        spec.get("epsilon").asDouble());
            default -> throw new IllegalArgumentException(spec.toString());
        };
    }

    static Network network(JsonNode net) {
        RealMatrix w1 = Matrices.of(matrix(net.get("W1")));
        RealMatrix w2 = Matrices.of(matrix(net.get("W2")));
        HiddenActivation hidden =
                net.get("hidden").asString().equals("relu") ? HiddenActivation.RELU : HiddenActivation.TANH;
        Architecture arch = new Architecture(
                List.of(w1.getRowDimension(), w1.getColumnDimension(), w2.getColumnDimension()),
                hidden,
                OutputLayer.softmaxCrossEntropy());
        return new Network(
                arch, List.of(w1, w2), List.of(Matrices.of(matrix(net.get("b1"))), Matrices.of(matrix(net.get("b2")))));
    }

    static Batch batch(JsonNode net) {
        return new Batch(Matrices.of(matrix(net.get("X"))), Matrices.of(matrix(net.get("Y"))));
    }

    static Optimization optimization(JsonNode c) {
        return new Optimization(
                optimizer(c.get("optimizer")),
                c.get("weightDecay").asDouble(),
                c.get("batchSize").asInt());
    }

    static double[][] matrix(JsonNode node) {
        double[][] out = new double[node.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[node.get(i).size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = node.get(i).get(j).asDouble();
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_fast_trainer_matches_torch_optim_after_50_steps(JsonNode c) {
        JsonNode net = ROOT.get("networks").get(c.get("network").asString());
        Network network = network(net);
        Optimization optimization = optimization(c);
        Training.OptimizedResult run = Training.run(
                network,
                batch(net),
                c.get("learningRate").asDouble(),
                optimization,
                OptimizerState.initial(optimization.optimizer(), network.architecture()),
                50,
                Training.Observer.none());
        double[] loss = run.result().lossHistory();
        for (int t = 0; t < 50; t++) {
            assertLoss(c.get("loss").get(t).asDouble(), loss[t], "loss before step " + (t + 1));
        }
        assertAgrees(c.get("after").get("50"), run.result().network(), run.state(), "after 50 steps");
        assertEquals(50, run.state().t());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void the_readable_steps_match_torch_optim_after_one_and_two_steps(JsonNode c) {
        JsonNode net = ROOT.get("networks").get(c.get("network").asString());
        Network network = network(net);
        Optimization optimization = optimization(c);
        OptimizerState state = OptimizerState.initial(optimization.optimizer(), network.architecture());
        for (int t = 1; t <= 2; t++) {
            StepTrace trace =
                    StepTrace.of(network, batch(net), c.get("learningRate").asDouble(), optimization, state, false);
            assertLoss(c.get("loss").get(t - 1).asDouble(), trace.loss(), "loss of step " + t);
            network = trace.next();
            state = trace.step().after();
            assertAgrees(c.get("after").get(String.valueOf(t)), network, state, "after step " + t);
        }
    }

    private static void assertAgrees(JsonNode expected, Network network, OptimizerState state, String when) {
        for (int l = 0; l < 2; l++) {
            assertMatrix(matrix(expected.get("weights").get(l)), network.weight(l), when + " W" + (l + 1));
            assertMatrix(matrix(expected.get("biases").get(l)), network.bias(l), when + " b" + (l + 1));
        }
        assertBuffers(expected.get("first"), state.first(), when + " first buffer");
        assertBuffers(expected.get("second"), state.second(), when + " second buffer");
    }

    private static void assertBuffers(JsonNode expected, List<RealMatrix> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + " count");
        for (int p = 0; p < actual.size(); p++) {
            JsonNode e = expected.get(p);
            // torch keeps a bias's buffer as a (1 × n) tensor like the bias itself.
            assertMatrix(matrix(e), actual.get(p), what + " of parameter " + p);
        }
    }

    /**
     * Each element within 1e-12 of the matrix's largest |value|: elements many orders below the rest (a db
     * of 1e-8 beside weights of 1e-2, a second moment of 1e-15) come out of sums that cancel, where both
     * PyTorch and the engine keep only the matrix's absolute precision (DD007).
     */
    static void assertMatrix(double[][] expected, RealMatrix actual, String what) {
        double scale = 0;
        for (double[] row : expected) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        assertEquals(expected.length, actual.getRowDimension(), what + " rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual.getColumnDimension(), what + " columns");
            for (int j = 0; j < expected[i].length; j++) {
                double a = actual.getEntry(i, j);
                if (!(Math.abs(a - expected[i][j]) <= GOLDEN * scale)) {
                    throw new AssertionError(what + "[" + i + "][" + j + "]: expected " + expected[i][j] + " but was "
                            + a + " (scale " + scale + ")");
                }
            }
        }
    }

    /** The loss within 1e-12 relative, or 1e-12 absolute below 1: the engine takes log ŷ from ŷ (DD002), exact to ε·max(L, 1). */
    static void assertLoss(double expected, double actual, String what) {
        assertClose(expected, actual, GOLDEN * Math.max(1, 1 / Math.abs(expected)), what);
    }
}
