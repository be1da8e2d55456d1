package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finite differences against the analytic gradient, for every activation and every output with its loss. */
class GradientCheckTest {

    private static final double TOLERANCE = 1e-6;
    /** Samples whose hidden Z lie closer than this to 0 could put a ReLU kink inside the stencil. */
    private static final double KINK_MARGIN = 0.02;

    static Stream<Arguments> everyActivationWithEveryOutput() {
        List<Arguments> cases = new ArrayList<>();
        for (HiddenActivation hidden : HiddenActivation.values()) {
            for (OutputLayer output : RandomNetworks.outputLayers()) {
                for (int depth = 1; depth <= 3; depth++) {
                    cases.add(Arguments.of(hidden, output, depth));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1}, {2} hidden layers")
    @MethodSource("everyActivationWithEveryOutput")
    void finite_differences_agree_with_the_analytic_gradient(
            HiddenActivation hidden, OutputLayer output, int hiddenLayers) {
        Random random = new Random(31L * hidden.ordinal()
                + 7L * (output.activation().ordinal() * 2 + output.loss().ordinal())
                + hiddenLayers);
        Scenario scenario = randomScenarioAwayFromKinks(random, hidden, output, hiddenLayers);
        BackpropTrace trace = scenario.trace();
        for (GradientCheck.MatrixCheck check :
                GradientCheck.of(scenario.network(), scenario.batch(), trace.backward())) {
            assertTrue(
                    check.maxRelativeError() < TOLERANCE,
                    check.name() + ": relative error " + check.maxRelativeError() + "\nanalytic " + check.analytic()
                            + "\nnumeric " + check.numeric());
            assertEquals(GradientCheck.Verdict.FINE, check.verdict());
        }
    }

    private static Scenario randomScenarioAwayFromKinks(
            Random random, HiddenActivation hidden, OutputLayer output, int hiddenLayers) {
        while (true) {
            Architecture architecture = new Architecture(RandomNetworks.sizes(random, hiddenLayers), hidden, output);
            Network network = RandomNetworks.network(random, architecture);
            int m = 2 + random.nextInt(3);
            Batch batch = new Batch(
                    RandomNetworks.gaussian(random, m, architecture.inputs(), 1.0),
                    RandomNetworks.labels(random, output, m, architecture.outputs()));
            ForwardPass forward = ForwardPass.of(network, batch);
            if (RandomNetworks.smallestHiddenPreActivation(forward) > KINK_MARGIN) {
                return new Scenario(network, batch, 0.1);
            }
        }
    }

    @Test
    void the_seed_example_passes_its_gradient_check_even_for_the_tiny_db1() {
        Scenario seed = SeedExample.scenario();
        List<GradientCheck.MatrixCheck> checks =
                GradientCheck.of(seed.network(), seed.batch(), seed.trace().backward());
        assertEquals(
                List.of("W1", "b1", "W2", "b2"),
                checks.stream().map(GradientCheck.MatrixCheck::name).toList());
        for (GradientCheck.MatrixCheck check : checks) {
            assertTrue(check.maxRelativeError() < TOLERANCE, check.name() + ": " + check.maxRelativeError());
        }
    }

    @Test
    void the_relative_error_is_zero_when_both_gradients_are_zero_and_symmetric_otherwise() {
        assertEquals(0.0, GradientCheck.relativeError(0, 0));
        assertEquals(0.5, GradientCheck.relativeError(1, 2));
        assertEquals(0.5, GradientCheck.relativeError(2, 1));
        assertEquals(2.0, GradientCheck.relativeError(-1, 1));
        assertEquals(Double.POSITIVE_INFINITY, GradientCheck.relativeError(Double.NaN, 1));
    }

    @Test
    void a_wrong_gradient_is_called_wrong() {
        Scenario seed = SeedExample.scenario();
        BackpropTrace trace = seed.trace();
        BackwardPass doubled = new BackwardPass(
                trace.backward().dYHat(),
                trace.backward().softmaxJacobians(),
                trace.backward().dZChain(),
                trace.backward().dZFused(),
                trace.backward().layers().stream()
                        .map(g -> new LayerGradients(
                                g.dA(), g.activationDerivative(), g.dZ(), g.dW().scalarMultiply(2), g.db()))
                        .toList());
        GradientCheck.MatrixCheck w2 =
                GradientCheck.of(seed.network(), seed.batch(), doubled).get(2);
        assertEquals("W2", w2.name());
        assertEquals(GradientCheck.Verdict.WRONG, w2.verdict());
    }
}
