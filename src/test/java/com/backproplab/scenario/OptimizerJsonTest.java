package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Architecture;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.Matrices;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.OutputLayer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The optimizer fields of a request read on their own (the API tests read them through HTTP): PyTorch's
 * defaults for absent settings, every rejection with the field it names, and the state written back.
 * The network is 2-3-1, so W1 is 2×3, b1 1×3, W2 3×1 and b2 1×1: no two shapes of a buffer are alike.
 */
class OptimizerJsonTest {

    private static final Architecture ARCH =
            new Architecture(List.of(2, 3, 1), HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());

    /** A buffer of the 2-3-1 network with every element 0. */
    private static final String ZEROS =
            "{\"weights\": [[[0,0,0],[0,0,0]], [[0],[0],[0]]], \"biases\": [[[0,0,0]], [[0]]]}";

    private static JsonNode json(String text) {
        return ScenarioJson.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static OptimizerSettings read(String body) {
        return OptimizerJson.read(json(body), ARCH);
    }

    private static Optimizer optimizer(String settings) {
        return read("{\"optimizer\": " + settings + "}").optimization().optimizer();
    }

    private static InvalidInputException refused(String body) {
        return assertThrows(InvalidInputException.class, () -> read(body));
    }

    @Test
    void a_body_names_optimizer_fields_when_it_has_any_of_the_four() {
        for (String field : List.of("optimizer", "weightDecay", "batchSize", "optimizerState")) {
            assertTrue(OptimizerJson.given(json("{\"" + field + "\": null}")), field);
        }
        assertFalse(OptimizerJson.given(json("{\"layers\": [3, 4, 2], \"learningRate\": 0.1}")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "{}",
                "{\"optimizer\": null, \"weightDecay\": null, \"batchSize\": null, \"optimizerState\": null}"
            })
    void absent_or_null_fields_mean_plain_full_batch_gradient_descent_from_a_fresh_state(String body) {
        OptimizerSettings s = read(body);
        assertEquals(Optimization.PLAIN, s.optimization());
        assertTrue(s.state().isEmpty());
        assertEquals(0, s.stateFor(ARCH).t());
    }

    @Test
    void each_optimizer_without_settings_gets_pytorchs_defaults() {
        assertEquals(Optimizer.gradientDescent(), optimizer("{\"name\": \"gd\"}"));
        assertEquals(new Optimizer.Momentum(0.9, false), optimizer("{\"name\": \"momentum\"}"));
        assertEquals(new Optimizer.RmsProp(0.99, 1e-8), optimizer("{\"name\": \"rmsprop\"}"));
        assertEquals(new Optimizer.Adam(0.9, 0.999, 1e-8), optimizer("{\"name\": \"adam\"}"));
        assertEquals(
                new Optimizer.Adam(0.9, 0.999, 1e-8),
                optimizer("{\"name\": \"adam\", \"beta1\": null, \"beta2\": null, \"epsilon\": null}"));
    }

    @Test
    void given_settings_are_read_each_into_its_own_place() {
        assertEquals(
                new Optimizer.Adam(0.5, 0.75, 1e-6),
                optimizer("{\"name\": \"adam\", \"beta1\": 0.5, \"beta2\": 0.75, \"epsilon\": 1e-6}"));
        assertEquals(
                new Optimizer.RmsProp(0.5, 0.001),
                optimizer("{\"name\": \"rmsprop\", \"alpha\": 0.5, \"epsilon\": 0.001}"));
        assertEquals(
                new Optimizer.Momentum(0.5, true),
                optimizer("{\"name\": \"momentum\", \"momentum\": 0.5, \"nesterov\": true}"));
        assertEquals(
                new Optimizer.Momentum(0.25, false),
                optimizer("{\"name\": \"momentum\", \"momentum\": 0.25, \"nesterov\": false}"));
        assertEquals(new Optimizer.Momentum(0.9, false), optimizer("{\"name\": \"momentum\", \"nesterov\": null}"));
    }

    @Test
    void a_setting_in_zero_to_one_takes_both_ends_but_not_one() {
        assertEquals(new Optimizer.Momentum(0, false), optimizer("{\"name\": \"momentum\", \"momentum\": 0}"));
        assertEquals(new Optimizer.Adam(0.9, 0.999999, 1e-8), optimizer("{\"name\": \"adam\", \"beta2\": 0.999999}"));
        assertEquals(new Optimizer.RmsProp(0.99, 1e-300), optimizer("{\"name\": \"rmsprop\", \"epsilon\": 1e-300}"));
    }

    @Test
    void weight_decay_and_batch_size_are_read_beside_the_optimizer() {
        Optimization o = read("{\"optimizer\": {\"name\": \"adam\"}, \"weightDecay\": 0.01, \"batchSize\": 2}")
                .optimization();
        assertEquals(new Optimization(new Optimizer.Adam(0.9, 0.999, 1e-8), 0.01, 2), o);
        assertEquals(
                new Optimization(Optimizer.gradientDescent(), 0, 1),
                read("{\"batchSize\": 1}").optimization());
        assertEquals(
                new Optimization(Optimizer.gradientDescent(), 0, 0),
                read("{\"weightDecay\": 0}").optimization());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "optimizer": "adam"                                       | optimizer: expected an object such as {"name": "adam"}, got "adam"
            "optimizer": [1]                                          | optimizer: expected an object such as {"name": "adam"}, got [1]
            "optimizer": {"beta1": 0.9}                               | optimizer.name: missing; expected gd, momentum, rmsprop or adam
            "optimizer": {"name": 1}                                  | optimizer.name: missing; expected gd, momentum, rmsprop or adam
            "optimizer": {"name": "sgd"}                              | optimizer.name: unknown name 'sgd'; allowed: gd, momentum, rmsprop, adam
            "optimizer": {"name": "gd", "momentum": 0.9}              | optimizer.momentum: not a setting of gd; its settings are none
            "optimizer": {"name": "momentum", "beta1": 0.9}           | optimizer.beta1: not a setting of momentum; its settings are momentum, nesterov
            "optimizer": {"name": "rmsprop", "beta1": 0.9}            | optimizer.beta1: not a setting of rmsprop; its settings are alpha, epsilon
            "optimizer": {"name": "adam", "alpha": 0.9}               | optimizer.alpha: not a setting of adam; its settings are beta1, beta2, epsilon
            "optimizer": {"name": "adam", "beta1": 1}                 | optimizer.beta1: expected a number from 0 to below 1, got 1.0
            "optimizer": {"name": "adam", "beta2": -0.1}              | optimizer.beta2: expected a number from 0 to below 1, got -0.1
            "optimizer": {"name": "adam", "beta1": "high"}            | optimizer.beta1: expected a number, got "high"
            "optimizer": {"name": "adam", "epsilon": 0}               | optimizer.epsilon: expected a finite number above 0, got 0.0
            "optimizer": {"name": "adam", "epsilon": -1e-8}           | optimizer.epsilon: expected a finite number above 0, got -1.0E-8
            "optimizer": {"name": "rmsprop", "epsilon": 1e400}        | optimizer.epsilon: expected a finite number above 0, got Infinity
            "optimizer": {"name": "rmsprop", "alpha": 2}              | optimizer.alpha: expected a number from 0 to below 1, got 2.0
            "optimizer": {"name": "momentum", "momentum": 1.5}        | optimizer.momentum: expected a number from 0 to below 1, got 1.5
            "optimizer": {"name": "momentum", "nesterov": "yes"}      | optimizer.nesterov: expected true or false, got "yes"
            "optimizer": {"name": "momentum", "momentum": 0, "nesterov": true} | optimizer.nesterov: Nesterov needs a momentum above 0
            "weightDecay": -0.1                                       | weightDecay: expected a finite number ≥ 0, got -0.1
            "weightDecay": "0.1"                                      | weightDecay: expected a finite number ≥ 0, got "0.1"
            "batchSize": 0                                            | batchSize: expected a whole number ≥ 1, got 0
            "batchSize": -2                                           | batchSize: expected a whole number ≥ 1, got -2
            "batchSize": 1.5                                          | batchSize: expected a whole number, got 1.5
            """)
    void a_bad_setting_is_refused_naming_its_field_and_what_it_takes(String fields, String message) {
        InvalidInputException e = refused("{" + fields + "}");
        assertEquals(message, e.getMessage());
        assertEquals(message.substring(0, message.indexOf(':')), e.field());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gd       | {"t": 1, "v": {}}     | optimizerState.v: not a buffer of gd; its state is t
            momentum | {"t": 1, "m": {}}     | optimizerState.m: not a buffer of momentum; its state is t, v
            rmsprop  | {"t": 1, "v": {}}     | optimizerState.v: not a buffer of rmsprop; its state is t, s
            adam     | {"t": 1, "s": {}}     | optimizerState.s: not a buffer of adam; its state is t, m, v
            adam     | []                    | optimizerState: expected an object with t and the buffers
            gd       | {}                    | optimizerState.t: expected a whole number ≥ 0, got null
            gd       | {"t": -1}             | optimizerState.t: expected a whole number ≥ 0, got -1
            gd       | {"t": 1.5}            | optimizerState.t: expected a whole number ≥ 0, got 1.5
            gd       | {"t": "2"}            | optimizerState.t: expected a whole number ≥ 0, got "2"
            gd       | {"t": 3000000000}     | optimizerState.t: expected a whole number ≥ 0, got 3000000000
            adam     | {"t": 1}              | optimizerState.m: missing; expected {"weights": [...], "biases": [...]}
            momentum | {"t": 1, "v": []}     | optimizerState.v: missing; expected {"weights": [...], "biases": [...]}
            momentum | {"t": 1, "v": {"weights": [], "biases": [], "w": []}} | optimizerState.v.w: not a field; expected weights and biases
            momentum | {"t": 1, "v": {"biases": []}}                         | optimizerState.v.weights: expected a list of 2 matrices, one per layer
            momentum | {"t": 1, "v": {"weights": {}, "biases": []}}          | optimizerState.v.weights: expected a list of 2 matrices, one per layer
            momentum | {"t": 1, "v": {"weights": [[[0,0,0],[0,0,0]]], "biases": []}} | optimizerState.v.weights: expected a list of 2 matrices, one per layer
            momentum | {"t": 1, "v": {"weights": [[[0,0,0],[0,0,0]], [[0],[0],[0]]], "biases": [[[0,0,0]]]}} | optimizerState.v.biases: expected a list of 2 matrices, one per layer
            """)
    void a_bad_state_is_refused_naming_the_buffer_or_field(String name, String state, String message) {
        InvalidInputException e =
                refused("{\"optimizer\": {\"name\": \"" + name + "\"}, \"optimizerState\": " + state + "}");
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [[[0,0,0]], [[0],[0],[0]]]                 | [[[0,0,0]], [[0]]] | optimizerState.v.weights[0]: expected 2×3 like its parameter
            [7, [[0],[0],[0]]]                         | [[[0,0,0]], [[0]]] | optimizerState.v.weights[0]: expected 2×3 like its parameter
            [[[0,0,0],[0,0]], [[0],[0],[0]]]           | [[[0,0,0]], [[0]]] | optimizerState.v.weights[0]: expected 2×3 like its parameter
            [[[0,0,0],5], [[0],[0],[0]]]               | [[[0,0,0]], [[0]]] | optimizerState.v.weights[0]: expected 2×3 like its parameter
            [[[0,0,0],[0,0,0]], [[0],[0]]]             | [[[0,0,0]], [[0]]] | optimizerState.v.weights[1]: expected 3×1 like its parameter
            [[[0,0,0],[0,0,0]], [[0,0,0]]]             | [[[0,0,0]], [[0]]] | optimizerState.v.weights[1]: expected 3×1 like its parameter
            [[[0,0,0],[0,0,0]], [[0],[0],[0]]]         | [[[0,0]], [[0]]]   | optimizerState.v.biases[0]: expected 1×3 like its parameter
            [[[0,0,0],[0,0,0]], [[0],[0],[0]]]         | [[[0,0,0]], [[0],[0]]] | optimizerState.v.biases[1]: expected 1×1 like its parameter
            [[[0,0,0],[0,0,"a"]], [[0],[0],[0]]]       | [[[0,0,0]], [[0]]] | optimizerState.v.weights[0][1][2]: not a finite number: "a"
            [[[0,0,0],[0,0,0]], [[0],[null],[0]]]      | [[[0,0,0]], [[0]]] | optimizerState.v.weights[1][1][0]: not a finite number: null
            """)
    void a_buffer_of_the_wrong_shape_or_with_a_bad_number_is_refused_naming_the_matrix_or_cell(
            String weights, String biases, String message) {
        String state = "{\"t\": 1, \"v\": {\"weights\": " + weights + ", \"biases\": " + biases + "}}";
        InvalidInputException e =
                refused("{\"optimizer\": {\"name\": \"momentum\"}, \"optimizerState\": " + state + "}");
        assertEquals(message, e.getMessage());
    }

    @Test
    void a_second_buffer_of_mean_squares_refuses_a_negative_number_that_a_first_buffer_takes() {
        String negative = "{\"weights\": [[[0,0,0],[0,0,0]], [[0],[0],[0]]], \"biases\": [[[0,0,0]], [[-1]]]}";
        InvalidInputException e = refused("{\"optimizer\": {\"name\": \"adam\"}, \"optimizerState\": {\"t\": 1, \"m\": "
                + ZEROS + ", \"v\": " + negative + "}}");
        assertEquals(
                "optimizerState.v.biases[1][0][0]: expected a finite number ≥ 0 (a mean of squares), got -1",
                e.getMessage());
        OptimizerState s = read("{\"optimizer\": {\"name\": \"adam\"}, \"optimizerState\": {\"t\": 1, \"m\": "
                        + negative + ", \"v\": " + ZEROS + "}}")
                .state()
                .orElseThrow();
        assertEquals(-1, s.first().get(3).getEntry(0, 0));
    }

    @Test
    void a_state_is_read_into_its_buffers_in_the_order_w1_b1_w2_b2() {
        String m = "{\"weights\": [[[1,2,3],[4,5,6]], [[7],[8],[9]]], \"biases\": [[[10,11,12]], [[13]]]}";
        String v =
                "{\"weights\": [[[0.1,0.2,0.3],[0.4,0.5,0.6]], [[0.7],[0.8],[0.9]]], \"biases\": [[[0,0,0]], [[0]]]}";
        OptimizerSettings s = read("{\"optimizer\": {\"name\": \"adam\"}, \"optimizerState\": {\"t\": 5, \"m\": " + m
                + ", \"v\": " + v + "}}");
        OptimizerState state = s.state().orElseThrow();
        assertEquals(5, state.t());
        assertEquals(4, state.first().size());
        assertArrayEquals(
                new double[][] {{1, 2, 3}, {4, 5, 6}}, state.first().get(0).getData());
        assertArrayEquals(new double[][] {{10, 11, 12}}, state.first().get(1).getData());
        assertArrayEquals(new double[][] {{7}, {8}, {9}}, state.first().get(2).getData());
        assertArrayEquals(new double[][] {{13}}, state.first().get(3).getData());
        assertArrayEquals(
                new double[][] {{0.7}, {0.8}, {0.9}}, state.second().get(2).getData());
        assertArrayEquals(new double[][] {{0, 0, 0}}, state.second().get(1).getData());
        assertTrue(state.fits(s.optimization().optimizer(), ARCH));
    }

    @Test
    void a_state_keeps_only_the_buffers_its_optimizer_uses() {
        OptimizerState gd = read("{\"optimizer\": {\"name\": \"gd\"}, \"optimizerState\": {\"t\": 0}}")
                .state()
                .orElseThrow();
        assertEquals(new OptimizerState(0, List.of(), List.of()).toString(), gd.toString());
        OptimizerState momentum =
                read("{\"optimizer\": {\"name\": \"momentum\"}, \"optimizerState\": {\"t\": 2, \"v\": " + ZEROS + "}}")
                        .state()
                        .orElseThrow();
        assertEquals(4, momentum.first().size());
        assertTrue(momentum.second().isEmpty());
        OptimizerState rmsprop = read("{\"optimizer\": {\"name\": \"rmsprop\"}, \"optimizerState\": {\"t\": 2, \"s\": "
                        + ZEROS + "}}")
                .state()
                .orElseThrow();
        assertTrue(rmsprop.first().isEmpty());
        assertEquals(4, rmsprop.second().size());
    }

    @Test
    void the_buffer_names_are_v_s_and_m_then_v() {
        assertEquals(List.of(), OptimizerStateJson.bufferNames(Optimizer.gradientDescent()));
        assertEquals(List.of("v"), OptimizerStateJson.bufferNames(new Optimizer.Momentum(0.9, true)));
        assertEquals(List.of("s"), OptimizerStateJson.bufferNames(new Optimizer.RmsProp(0.99, 1e-8)));
        assertEquals(List.of("m", "v"), OptimizerStateJson.bufferNames(new Optimizer.Adam(0.9, 0.999, 1e-8)));
    }

    private static List<RealMatrix> buffer(double first) {
        return List.of(
                Matrices.of(new double[] {first, 2, 3}, new double[] {4, 5, 6}),
                Matrices.of(new double[] {-0.5, 0, 0.25}),
                Matrices.of(new double[] {7}, new double[] {8}, new double[] {9}),
                Matrices.of(new double[] {-1}));
    }

    @Test
    void a_state_is_written_as_weights_and_biases_per_buffer() {
        assertEquals(
                "{\"t\":3}",
                OptimizerStateJson.write(new OptimizerState(3, List.of(), List.of()), Optimizer.gradientDescent())
                        .toString());
        String momentum = OptimizerStateJson.write(
                        new OptimizerState(2, buffer(1), List.of()), new Optimizer.Momentum(0.9, false))
                .toString();
        assertEquals(
                "{\"t\":2,\"v\":{\"weights\":[[[1.0,2.0,3.0],[4.0,5.0,6.0]],[[7.0],[8.0],[9.0]]],"
                        + "\"biases\":[[[-0.5,0.0,0.25]],[[-1.0]]]}}",
                momentum);
        String rmsprop = OptimizerStateJson.write(
                        new OptimizerState(2, List.of(), buffer(0.5)), new Optimizer.RmsProp(0.99, 1e-8))
                .toString();
        assertEquals(
                "{\"t\":2,\"s\":{\"weights\":[[[0.5,2.0,3.0],[4.0,5.0,6.0]],[[7.0],[8.0],[9.0]]],"
                        + "\"biases\":[[[-0.5,0.0,0.25]],[[-1.0]]]}}",
                rmsprop);
    }

    @Test
    void a_written_adam_state_reads_back_to_the_same_numbers() {
        OptimizerState state = new OptimizerState(
                4,
                buffer(-2),
                List.of(
                        Matrices.of(new double[] {0.5, 2, 3}, new double[] {4, 5, 6}),
                        Matrices.of(new double[] {0.5, 0, 0.25}),
                        Matrices.of(new double[] {7}, new double[] {8}, new double[] {9}),
                        Matrices.of(new double[] {1e-300})));
        Optimizer adam = new Optimizer.Adam(0.9, 0.999, 1e-8);
        var body = json("{\"optimizer\": {\"name\": \"adam\"}}");
        ((tools.jackson.databind.node.ObjectNode) body).set("optimizerState", OptimizerStateJson.write(state, adam));
        OptimizerState back = OptimizerJson.read(body, ARCH).state().orElseThrow();
        assertEquals(4, back.t());
        for (int p = 0; p < 4; p++) {
            assertArrayEquals(
                    state.first().get(p).getData(), back.first().get(p).getData(), "m " + p);
            assertArrayEquals(
                    state.second().get(p).getData(), back.second().get(p).getData(), "v " + p);
        }
    }

    @Test
    void a_number_too_large_for_a_double_is_refused_naming_its_field() {
        assertEquals("weightDecay", refused("{\"weightDecay\": 1e400}").field());
        String state = "{\"t\": 1, \"v\": {\"weights\": [[[0,0,0],[0,0,0]], [[0],[0],[0]]],"
                + " \"biases\": [[[0,1e400,0]], [[0]]]}}";
        assertEquals(
                "optimizerState.v.biases[0][0][1]",
                refused("{\"optimizer\": {\"name\": \"momentum\"}, \"optimizerState\": " + state + "}")
                        .field());
    }
}
