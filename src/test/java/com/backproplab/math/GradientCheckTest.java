package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.GradientCheck.Kink;
import com.backproplab.math.GradientCheck.MatrixCheck;
import com.backproplab.math.GradientCheck.Verdict;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.Tolerances;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Finite differences against the analytic gradient, for every activation and every output with its loss. */
class GradientCheckTest {

    private static final double TOLERANCE = Tolerances.FINITE_DIFFERENCE;
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

    /** The trace's backward pass with every dW multiplied by {@code factor}: a gradient known to be off. */
    private static BackwardPass withDWTimes(BackpropTrace trace, double factor) {
        BackwardPass b = trace.backward();
        return new BackwardPass(
                b.dYHat(),
                b.softmaxJacobians(),
                b.dZChain(),
                b.dZFused(),
                b.layers().stream()
                        .map(g -> new LayerGradients(
                                g.dA(), g.activationDerivative(), g.dZ(), g.dW().scalarMultiply(factor), g.db()))
                        .toList());
    }

    @Test
    void a_wrong_gradient_is_called_wrong() {
        Scenario seed = SeedExample.scenario();
        BackpropTrace trace = seed.trace();
        BackwardPass doubled = withDWTimes(trace, 2);
        GradientCheck.MatrixCheck w2 =
                GradientCheck.of(seed.network(), seed.batch(), doubled).get(2);
        assertEquals("W2", w2.name());
        assertEquals(GradientCheck.Verdict.WRONG, w2.verdict());
    }

    private static List<MatrixCheck> check(Scenario s) {
        return GradientCheck.of(s.network(), s.batch(), s.trace().backward());
    }

    private static MatrixCheck named(List<MatrixCheck> checks, String name) {
        return checks.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /** 1-1-1, ReLU, linear output with mse, x = 1, y = 0: Z1 = W1 + b1 = w, Ŷ = Z1 and dL/dW1 = dL/db1 = w. */
    private static Scenario tiny(double w) {
        Architecture a = new Architecture(
                List.of(1, 1, 1), HiddenActivation.RELU, new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE));
        Network n = new Network(
                a,
                List.of(Matrices.of(new double[] {w}), Matrices.of(new double[] {1})),
                List.of(Matrices.of(new double[] {0}), Matrices.of(new double[] {0})));
        return new Scenario(n, new Batch(Matrices.of(new double[] {1}), Matrices.of(new double[] {0})), 0.1);
    }

    @Test
    void a_kink_inside_the_stencil_is_called_a_kink_and_names_the_z_that_crosses() {
        // Z1 = 0.0005 lies within 2h = 0.002 of ReLU's kink: the stencil on W1 spans Z1 from −0.0015 to 0.0025.
        List<MatrixCheck> checks = check(tiny(0.0005));
        MatrixCheck w1 = named(checks, "W1");
        assertEquals(Verdict.KINK, w1.cell(0, 0).verdict());
        assertEquals(Verdict.KINK, w1.verdict(), "no element of W1 could be compared");
        Kink k = w1.cell(0, 0).kink().orElseThrow();
        assertEquals("Z1[0,0]", k.name());
        assertEquals(0.0005, k.z());
        assertEquals(0.0005 - 2 * GradientCheck.STEP, k.zBelow(), 1e-15);
        assertEquals(0.0005 + 2 * GradientCheck.STEP, k.zAbove(), 1e-15);
        assertEquals(1, k.crossings());
        // Above w no Z crosses and L = w²/2 there, so the three-point one-sided difference is exact.
        GradientCheck.OneSided above = k.oneSided().orElseThrow();
        assertTrue(above.fromAbove());
        assertEquals(0.0005, above.value(), 1e-12);
        assertEquals(Verdict.KINK, named(checks, "b1").verdict());
        assertEquals(Verdict.FINE, named(checks, "W2").verdict());
        assertEquals(Verdict.FINE, named(checks, "b2").verdict());
    }

    @Test
    void a_pre_activation_near_zero_that_the_stencil_does_not_reach_is_compared_as_usual() {
        // Z1 = 0.0025: the stencil moves it down to 0.0005 at most, still on ReLU's linear branch.
        MatrixCheck w1 = named(check(tiny(0.0025)), "W1");
        assertEquals(Verdict.FINE, w1.cell(0, 0).verdict());
        assertEquals(0, w1.count(Verdict.KINK));
        assertEquals(0.0025, w1.numeric().getEntry(0, 0), 1e-12);
    }

    @Test
    void the_binary_example_s_pre_activations_of_exactly_zero_are_kinks_and_no_gradient_is_wrong() {
        List<MatrixCheck> checks = check(Gallery.byId("binary").orElseThrow().scenario());
        MatrixCheck b1 = named(checks, "b1");
        assertEquals(Verdict.KINK, b1.cell(0, 1).verdict());
        Kink k = b1.cell(0, 1).kink().orElseThrow();
        assertEquals(0.0, k.z());
        assertEquals(Verdict.KINK, named(checks, "W1").cell(1, 1).verdict());
        assertTrue(named(checks, "W1").maxRelativeError() > 0.5, "the raw difference is far off at the kink");
        for (MatrixCheck c : checks) {
            assertEquals(Verdict.FINE, c.verdict(), c.name());
        }
    }

    @Test
    void after_1000_steps_the_seed_s_z1_1_3_near_the_kink_is_named_and_the_one_sided_difference_agrees() {
        Scenario seed = SeedExample.scenario();
        Network trained = Training.run(seed.network(), seed.batch(), seed.learningRate(), 1000)
                .network();
        Scenario s = new Scenario(trained, seed.batch(), seed.learningRate());
        List<MatrixCheck> checks = check(s);
        GradientCheck.Cell cell = named(checks, "b1").cell(0, 3);
        assertEquals(Verdict.KINK, cell.verdict());
        Kink k = cell.kink().orElseThrow();
        assertEquals("Z1[1,3]", k.name());
        assertEquals(s.trace().forward().z().getFirst().getEntry(1, 3), k.z());
        GradientCheck.OneSided below = k.oneSided().orElseThrow();
        assertFalse(below.fromAbove(), "Z1[1,3] < 0 crosses above w, so the difference comes from below");
        double analytic = named(checks, "b1").analytic().getEntry(0, 3);
        assertTrue(GradientCheck.relativeError(analytic, below.value()) < 1e-4, below + " vs " + analytic);
        for (MatrixCheck c : checks) {
            assertEquals(Verdict.FINE, c.verdict(), c.name());
        }
    }

    @Test
    void random_relu_networks_with_pre_activations_at_zero_get_kinks_and_never_a_wrong_verdict() {
        int kinks = 0;
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            HiddenActivation hidden = seed % 2 == 0 ? HiddenActivation.RELU : HiddenActivation.LEAKY_RELU;
            List<OutputLayer> outputs = RandomNetworks.outputLayers();
            Architecture a = new Architecture(
                    RandomNetworks.sizes(random, 1 + seed % 3), hidden, outputs.get(seed % outputs.size()));
            Network n = RandomNetworks.network(random, a);
            int m = 2 + random.nextInt(3);
            Batch batch = new Batch(
                    RandomNetworks.gaussian(random, m, a.inputs(), 1.0),
                    RandomNetworks.labels(random, a.output(), m, a.outputs()));
            // b1 = −x_0·W1 puts every Z1 of sample 0 on (or within rounding of) the kink.
            RealMatrix z0 = Matrices.mult(batch.x().getRowMatrix(0), n.weight(0));
            for (int j = 0; j < a.sizes().get(1); j++) {
                n = n.withParameter(ParameterRef.bias(0, j), -z0.getEntry(0, j));
            }
            for (MatrixCheck c : GradientCheck.of(n, batch, BackwardPass.of(n, batch, ForwardPass.of(n, batch)))) {
                kinks += c.count(Verdict.KINK);
                assertEquals(0, c.count(Verdict.WRONG) + c.count(Verdict.SUSPICIOUS), "seed " + seed + " " + c.name());
            }
        }
        assertTrue(kinks > 100, "kinks found: " + kinks);
    }

    @Test
    void gradients_that_are_zero_by_symmetry_agree_below_the_noise() {
        // The spirals are symmetric under x → −x with the labels swapped, so db of every layer is 0; the
        // analytic one rounds to about 1e−18 and the difference to about 1e−13.
        List<MatrixCheck> checks = check(Gallery.byId("spirals").orElseThrow().scenario());
        for (String name : List.of("b1", "b2", "b3")) {
            MatrixCheck b = named(checks, name);
            assertEquals(b.cells().size(), b.count(Verdict.BELOW_NOISE), name);
            assertEquals(Verdict.FINE, b.verdict(), name);
        }
        MatrixCheck b1 = named(checks, "b1");
        assertTrue(b1.maxRelativeError() > 0.99, "the relative error alone calls them wrong");
        double tau = GradientCheck.noiseTolerance(0.7287100893003395);
        assertEquals(tau, b1.noiseTolerance(), 1e-24);
    }

    @Test
    void the_noise_tolerance_is_ten_times_epsilon_times_the_loss_or_one_over_h() {
        double epsilon = Math.ulp(1.0);
        assertEquals(10 * epsilon / 1e-3, GradientCheck.noiseTolerance(0.5), 1e-25);
        assertEquals(40 * epsilon / 1e-3, GradientCheck.noiseTolerance(4), 1e-25);
        assertEquals(10 * epsilon / 1e-3, GradientCheck.noiseTolerance(Double.NaN), 1e-25);
    }

    @ParameterizedTest(name = "a = {0}, n = {1}: {2}")
    @CsvSource(textBlock = """
            3.5e-18,   -9.3e-15,   BELOW_NOISE
            0,          0,         BELOW_NOISE
            5e-12,      3e-12,     FINE
            1,          1.000000001, FINE
            1,          1.001,     SUSPICIOUS
            1,          1.1,       WRONG
            1e-6,       0,         WRONG
            1e-11,     -1e-11,     WRONG
            NaN,        1,         WRONG
            """)
    void each_element_is_below_noise_fine_suspicious_or_wrong_by_its_error_beyond_the_noise(
            double analytic, double numeric, Verdict expected) {
        assertEquals(
                expected,
                GradientCheck.judge(analytic, numeric, GradientCheck.noiseTolerance(0.7))
                        .verdict());
    }

    @Test
    void a_gradient_off_by_a_tenth_of_a_percent_is_suspicious() {
        Scenario seed = SeedExample.scenario();
        BackpropTrace trace = seed.trace();
        BackwardPass nudged = withDWTimes(trace, 1.001);
        MatrixCheck w2 = GradientCheck.of(seed.network(), seed.batch(), nudged).get(2);
        assertEquals("W2", w2.name());
        assertEquals(Verdict.SUSPICIOUS, w2.verdict());
    }

    @Test
    void an_engine_whose_tanh_derivative_is_off_by_ten_percent_is_called_wrong() {
        Scenario xor = Gallery.byId("xor").orElseThrow().scenario();
        List<MatrixCheck> checks =
                GradientCheck.of(xor.network(), xor.batch(), BrokenEngine.backward(xor.network(), xor.batch(), 1.1));
        assertEquals(Verdict.WRONG, named(checks, "W1").verdict());
        assertEquals(Verdict.WRONG, named(checks, "b1").verdict());
        assertEquals(Verdict.FINE, named(checks, "W2").verdict(), "the output layer does not use the hidden f'");
        assertEquals(Verdict.FINE, named(checks, "b2").verdict());
    }

    @Test
    void an_engine_whose_relu_derivative_is_off_by_ten_percent_is_called_wrong_despite_the_kink_rule() {
        Scenario seed = SeedExample.scenario();
        List<MatrixCheck> checks = GradientCheck.of(
                seed.network(), seed.batch(), BrokenEngine.backward(seed.network(), seed.batch(), 0.9));
        assertEquals(Verdict.WRONG, named(checks, "W1").verdict());
        assertEquals(Verdict.WRONG, named(checks, "b1").verdict());
        assertEquals(0, named(checks, "W1").count(Verdict.KINK));
    }

    @Test
    void the_check_costs_four_forward_passes_per_parameter() {
        Scenario seed = SeedExample.scenario();
        // One forward pass of the worked example: 2·3·4 + 2·4·2 = 40 multiply-adds; 26 parameters.
        assertEquals(4.0 * 26 * 40, GradientCheck.cost(seed.network(), seed.batch()));
    }

    @Test
    void the_verdicts_change_at_1e_5_and_1e_2_exactly() {
        assertEquals(Verdict.FINE, Verdict.of(0));
        assertEquals(Verdict.FINE, Verdict.of(Math.nextDown(1e-5)));
        assertEquals(Verdict.SUSPICIOUS, Verdict.of(1e-5));
        assertEquals(Verdict.SUSPICIOUS, Verdict.of(Math.nextDown(1e-2)));
        assertEquals(Verdict.WRONG, Verdict.of(1e-2));
        assertEquals("below_noise", Verdict.BELOW_NOISE.id());
    }

    @Test
    void judge_calls_both_values_within_the_noise_below_noise_including_the_edge() {
        assertEquals(
                Verdict.BELOW_NOISE, GradientCheck.judge(1e-12, -1e-12, 1e-12).verdict());
        assertEquals(
                Verdict.WRONG,
                GradientCheck.judge(1e-12, Math.nextUp(1e-12) * 3, 1e-12).verdict());
        assertEquals(
                Verdict.WRONG,
                GradientCheck.judge(Math.nextUp(1e-12) * 3, 1e-12, 1e-12).verdict());
        GradientCheck.Cell cell = GradientCheck.judge(1.0, 1.0 + 2e-6, 1e-6);
        assertEquals(1e-6 / (1.0 + 2e-6), cell.error(), 1e-16);
        assertEquals(Verdict.FINE, cell.verdict());
        assertEquals(
                Double.POSITIVE_INFINITY,
                GradientCheck.judge(1.0, Double.NaN, 1e-12).error());
    }

    @Test
    void a_matrix_is_as_bad_as_its_worst_compared_element_and_a_kink_when_none_was_compared() {
        RealMatrix one = Matrices.zeros(1, 2);
        GradientCheck.Cell kink = new GradientCheck.Cell(Verdict.KINK, Double.NaN, java.util.Optional.empty());
        GradientCheck.Cell noise = new GradientCheck.Cell(Verdict.BELOW_NOISE, 0, java.util.Optional.empty());
        GradientCheck.Cell odd = new GradientCheck.Cell(Verdict.SUSPICIOUS, 3e-4, java.util.Optional.empty());
        GradientCheck.Cell fine = new GradientCheck.Cell(Verdict.FINE, 2e-7, java.util.Optional.empty());
        MatrixCheck kinks = new MatrixCheck(true, 0, one, one, one, 0, 1e-12, List.of(kink, kink));
        MatrixCheck mixed = new MatrixCheck(false, 1, one, one, one, 0, 1e-12, List.of(kink, odd));
        MatrixCheck quiet = new MatrixCheck(false, 1, one, one, one, 0, 1e-12, List.of(noise, kink));
        MatrixCheck both = new MatrixCheck(false, 1, one, one, one, 0, 1e-12, List.of(odd, fine));
        assertEquals(Verdict.KINK, kinks.verdict());
        assertEquals(0.0, kinks.maxError());
        assertEquals(Verdict.SUSPICIOUS, mixed.verdict());
        assertEquals(3e-4, mixed.maxError());
        assertEquals(Verdict.FINE, quiet.verdict());
        assertEquals(Verdict.SUSPICIOUS, both.verdict());
        assertEquals(3e-4, both.maxError());
        assertEquals("b1", kinks.name());
        assertEquals("W2", mixed.name());
    }

    @Test
    void the_numeric_derivative_of_one_parameter_is_the_one_the_check_shows() {
        Scenario seed = SeedExample.scenario();
        BackpropTrace t = seed.trace();
        MatrixCheck w2 =
                GradientCheck.of(seed.network(), seed.batch(), t.backward()).get(2);
        assertEquals("W2", w2.name());
        double n = GradientCheck.numericDerivative(seed.network(), seed.batch(), new ParameterRef(false, 1, 3, 1));
        assertEquals(w2.numeric().getEntry(3, 1), n, 0.0);
        assertEquals(t.backward().dW(1).getEntry(3, 1), n, 1e-10);
    }

    @Test
    void the_two_routes_to_dZ_agree_where_there_is_a_fused_form() {
        Scenario seed = SeedExample.scenario();
        BackwardPass b = seed.trace().backward();
        double difference = b.routesMaxDifference().orElseThrow();
        assertEquals(Matrices.maxAbsDifference(b.dZChain(), b.dZFused().orElseThrow()), difference, 0.0);
        assertTrue(difference > 0 && difference < 1e-16, "chain and fused differ by a few ulps: " + difference);
    }

    @Test
    void with_weight_decay_the_noise_tolerance_follows_the_penalised_loss() {
        // λ = 2000 makes (λ/2)·ΣW² about 1.3, so L + penalty is above 1 and sets τ; L − penalty would not.
        Scenario seed = SeedExample.scenario();
        Optimization decay = new Optimization(Optimizer.gradientDescent(), 2000, 0);
        double penalised = seed.trace().forward().loss() + decay.penalty(seed.network());
        assertTrue(penalised > 1.5, "L + penalty = " + penalised);
        List<MatrixCheck> checks =
                GradientCheck.of(seed.network(), seed.batch(), seed.trace().backward(), decay);
        double tau = GradientCheck.noiseTolerance(penalised);
        assertEquals(tau, checks.getFirst().noiseTolerance(), tau * 1e-12);
    }
}
