package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The boundary check on its own: the worked example passes, and every rejection names its field. */
class ScenarioValidatorTest {

    private static final ScenarioValidator VALIDATOR = new ScenarioValidator(Limits.DEFAULT);

    private static final double[][] W1 = {
        {-0.00885127, -0.00528875, -0.00062892, 0.01330022},
        {0.00045693, 0.00057812, 0.00184987, 0.00878082},
        {-0.00098337, 0.01788674, -0.00878302, 0.00338431}
    };
    private static final double[][] W2 = {
        {0.00263928, -0.00881749}, {-0.0067974, -0.00869512}, {-0.00402919, 0.01688775}, {-0.01814645, -0.00337234}
    };

    private static double[][] copy(double[][] rows) {
        return Arrays.stream(rows).map(double[]::clone).toArray(double[][]::new);
    }

    /** The worked example as a client would write it (fresh arrays each time). */
    private static ScenarioInput worked() {
        return new ScenarioInput(
                List.of(3, 4, 2),
                "relu",
                "softmax",
                "cross_entropy",
                0.1,
                new double[][] {{2, 8, 6}, {1, 2, 3}},
                new double[][] {{1, 0}, {0, 1}},
                List.<double[][]>of(copy(W1), copy(W2)),
                List.<double[][]>of(new double[][] {{0, 0, 0, 0}}, new double[][] {{0, 0}}));
    }

    private static ScenarioInput layers(List<Integer> layers) {
        ScenarioInput s = worked();
        return new ScenarioInput(
                layers,
                s.hiddenActivation(),
                s.outputActivation(),
                s.loss(),
                s.learningRate(),
                s.x(),
                s.y(),
                s.weights(),
                s.biases());
    }

    private static ScenarioInput names(String hidden, String output, String loss) {
        ScenarioInput s = worked();
        return new ScenarioInput(
                s.layers(), hidden, output, loss, s.learningRate(), s.x(), s.y(), s.weights(), s.biases());
    }

    private static ScenarioInput alpha(Double alpha) {
        ScenarioInput s = worked();
        return new ScenarioInput(
                s.layers(),
                s.hiddenActivation(),
                s.outputActivation(),
                s.loss(),
                alpha,
                s.x(),
                s.y(),
                s.weights(),
                s.biases());
    }

    private static ScenarioInput data(double[][] x, double[][] y) {
        ScenarioInput s = worked();
        return new ScenarioInput(
                s.layers(),
                s.hiddenActivation(),
                s.outputActivation(),
                s.loss(),
                s.learningRate(),
                x,
                y,
                s.weights(),
                s.biases());
    }

    private static ScenarioInput parameters(List<double[][]> weights, List<double[][]> biases) {
        ScenarioInput s = worked();
        return new ScenarioInput(
                s.layers(),
                s.hiddenActivation(),
                s.outputActivation(),
                s.loss(),
                s.learningRate(),
                s.x(),
                s.y(),
                weights,
                biases);
    }

    private static List<Integer> withNull(Integer... sizes) {
        return new ArrayList<>(Arrays.asList(sizes));
    }

    private static List<double[][]> listWithNull(double[][] first) {
        List<double[][]> list = new ArrayList<>();
        list.add(first);
        list.add(null);
        return list;
    }

    static Stream<Arguments> rejections() {
        double[][] y = worked().y();
        double[][] x = worked().x();
        List<double[][]> b = worked().biases();
        List<double[][]> w = worked().weights();
        return Stream.of(
                Arguments.of(layers(null), "layers", "missing"),
                Arguments.of(
                        layers(List.of(3, 2)),
                        "layers",
                        "expected inputs, 1 to 6 hidden layers and outputs, got [3, 2]"),
                Arguments.of(
                        layers(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1)),
                        "layers",
                        "expected inputs, 1 to 6 hidden layers and outputs, got [1, 1, 1, 1, 1, 1, 1, 1, 1]"),
                Arguments.of(layers(List.of(3, 0, 2)), "layers[1]", "expected 1 to 64 units, got 0"),
                Arguments.of(layers(List.of(3, 4, 65)), "layers[2]", "expected 1 to 64 units, got 65"),
                Arguments.of(layers(withNull(null, 4, 2)), "layers[0]", "expected 1 to 64 units, got null"),
                Arguments.of(names(null, "softmax", "cross_entropy"), "hiddenActivation", "missing"),
                Arguments.of(
                        names("gelu", "softmax", "cross_entropy"),
                        "hiddenActivation",
                        "unknown name 'gelu'; allowed: relu, leaky_relu, sigmoid, tanh, linear"),
                Arguments.of(names("relu", null, "cross_entropy"), "outputActivation", "missing"),
                Arguments.of(
                        names("relu", "softplus", "cross_entropy"),
                        "outputActivation",
                        "unknown name 'softplus'; allowed: softmax, sigmoid, linear"),
                Arguments.of(names("relu", "softmax", null), "loss", "missing"),
                Arguments.of(
                        names("relu", "softmax", "hinge"), "loss", "unknown name 'hinge'; allowed: cross_entropy, mse"),
                Arguments.of(
                        names("relu", "linear", "cross_entropy"),
                        "loss",
                        "a linear output with cross_entropy is not allowed: cross-entropy takes probabilities in"
                                + " (0, 1), and a linear output can be any real number; use softmax or sigmoid"
                                + " with cross_entropy, or linear with mse"),
                Arguments.of(data(null, y), "x", "missing"),
                Arguments.of(data(new double[0][], y), "x", "expected 1 to 10000 samples (rows), got 0"),
                Arguments.of(data(new double[10_001][3], y), "x", "expected 1 to 10000 samples (rows), got 10001"),
                Arguments.of(
                        data(new double[][] {{2, 8, 6}, {1, 2}}, y),
                        "x",
                        "expected 2×3, but row 1 has 2 values, not 3"),
                Arguments.of(
                        data(new double[][] {{2, 8, 6}, null}, y), "x", "expected 2×3, but row 1 has 0 values, not 3"),
                Arguments.of(data(new double[][] {{2, 8}, {1, 2}}, y), "x", "expected 2×3, got 2×2"),
                Arguments.of(data(new double[][] {null, null}, y), "x", "expected 2×3, got 2×0"),
                Arguments.of(
                        data(new double[][] {{2, 8, 6}, {1, Double.NaN, 3}}, y),
                        "x[1][1]",
                        "not a finite number (NaN)"),
                Arguments.of(
                        data(new double[][] {{Double.NEGATIVE_INFINITY, 8, 6}, {1, 2, 3}}, y),
                        "x[0][0]",
                        "not a finite number (-Infinity)"),
                Arguments.of(data(x, null), "y", "missing"),
                Arguments.of(data(x, new double[][] {{1, 0}}), "y", "expected 2×2, got 1×2"),
                Arguments.of(
                        data(x, new double[][] {{1, 0}, {0, Double.POSITIVE_INFINITY}}),
                        "y[1][1]",
                        "not a finite number (Infinity)"),
                Arguments.of(parameters(null, b), "weights", "missing"),
                Arguments.of(parameters(w, null), "biases", "missing"),
                Arguments.of(
                        parameters(List.<double[][]>of(W1), b), "weights", "expected 2 matrices, one per layer, got 1"),
                Arguments.of(
                        parameters(w, List.<double[][]>of(b.get(0))),
                        "biases",
                        "expected 2 matrices, one per layer, got 1"),
                Arguments.of(parameters(listWithNull(W1), b), "weights[1]", "missing"),
                Arguments.of(parameters(w, listWithNull(b.get(0))), "biases[1]", "missing"),
                Arguments.of(parameters(List.<double[][]>of(W1, W1), b), "weights[1]", "expected 4×2, got 3×4"),
                Arguments.of(parameters(List.<double[][]>of(W2, W2), b), "weights[0]", "expected 3×4, got 4×2"),
                Arguments.of(
                        parameters(w, List.<double[][]>of(new double[][] {{0, 0, 0}}, b.get(1))),
                        "biases[0]",
                        "expected 1×4, got 1×3"),
                Arguments.of(
                        parameters(w, List.<double[][]>of(new double[][] {{0, 0, 0, 0}, {0, 0, 0, 0}}, b.get(1))),
                        "biases[0]",
                        "expected 1×4, got 2×4"),
                Arguments.of(
                        parameters(w, List.<double[][]>of(b.get(0), new double[][] {{0, Double.NaN}})),
                        "biases[1][0][1]",
                        "not a finite number (NaN)"),
                Arguments.of(alpha(null), "learningRate", "missing"),
                Arguments.of(alpha(-0.1), "learningRate", "expected a finite number ≥ 0, got -0.1"),
                Arguments.of(alpha(Double.NaN), "learningRate", "expected a finite number ≥ 0, got NaN"),
                Arguments.of(
                        alpha(Double.POSITIVE_INFINITY), "learningRate", "expected a finite number ≥ 0, got Infinity"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("rejections")
    void every_rejection_names_its_field_and_says_what_is_wrong(ScenarioInput input, String field, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> VALIDATOR.validate(input));
        assertEquals(field, e.field());
        assertEquals(field + ": " + problem, e.getMessage());
    }

    @Test
    void the_worked_example_passes_into_the_scenario_it_describes() {
        Scenario s = VALIDATOR.validate(worked());
        assertEquals(SeedExample.scenario(), s);
        assertEquals(List.of(3, 4, 2), s.network().architecture().sizes());
        assertEquals(HiddenActivation.RELU, s.network().architecture().hidden());
        assertEquals(
                OutputActivation.SOFTMAX, s.network().architecture().output().activation());
        assertEquals(
                LossFunction.CROSS_ENTROPY, s.network().architecture().output().loss());
        assertEquals(0.1, s.learningRate());
        assertArrayEquals(worked().x(), s.batch().x().getData());
        assertArrayEquals(W2, s.network().weight(1).getData());
    }

    @Test
    void the_limits_at_their_edges_pass() {
        assertEquals(0.0, VALIDATOR.validate(alpha(0.0)).learningRate());
        Scenario wide = VALIDATOR.validate(new ScenarioInput(
                List.of(1, 64, 1, 1, 1, 1, 1, 1),
                "tanh",
                "linear",
                "mse",
                1.0,
                new double[1][1],
                new double[1][1],
                List.of(
                        new double[1][64],
                        new double[64][1],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1]),
                List.of(
                        new double[1][64],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1],
                        new double[1][1])));
        assertEquals(7, wide.network().architecture().depth());
        assertEquals(
                1,
                VALIDATOR
                        .validate(data(new double[][] {{2, 8, 6}}, new double[][] {{1, 0}}))
                        .batch()
                        .size());
    }

    @Test
    void the_scenario_keeps_copies_so_later_changes_to_the_input_do_not_reach_it() {
        ScenarioInput input = worked();
        Scenario s = VALIDATOR.validate(input);
        input.x()[0][0] = 99;
        input.weights().get(0)[0][0] = 99;
        assertEquals(2.0, s.batch().x().getEntry(0, 0));
        assertEquals(-0.00885127, s.network().weight(0).getEntry(0, 0));
        assertNotSame(input.y(), s.batch().y().getData());
    }

    @Test
    void a_training_run_needs_its_steps_within_the_limits_and_the_budget() {
        Scenario s = VALIDATOR.validate(worked());
        VALIDATOR.requireTrainable(s, 1);
        VALIDATOR.requireTrainable(s, 100_000);
        assertEquals(
                "steps: missing",
                assertThrows(InvalidInputException.class, () -> VALIDATOR.requireTrainable(s, null))
                        .getMessage());
        InvalidInputException zero = assertThrows(InvalidInputException.class, () -> VALIDATOR.requireTrainable(s, 0));
        assertEquals("steps", zero.field());
        assertEquals("steps: expected 1 to 100000, got 0", zero.getMessage());
        ScenarioValidator tight = new ScenarioValidator(Limits.with(Map.of("max-training-work", "1000")));
        InvalidInputException costly = assertThrows(InvalidInputException.class, () -> tight.requireTrainable(s, 1000));
        assertEquals("steps", costly.field());
    }

    @Test
    void the_most_samples_pass_and_echo_writes_null_as_null() {
        double[][] x = new double[10_000][3];
        double[][] y = new double[10_000][2];
        for (double[] row : y) {
            row[0] = 1;
        }
        assertEquals(10_000, VALIDATOR.validate(data(x, y)).batch().size());
        assertEquals("null", Echo.of(null));
    }
}
