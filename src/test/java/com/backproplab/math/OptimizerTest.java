package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class OptimizerTest {

    private static final List<Optimizer> OPTIMIZERS = List.of(
            Optimizer.gradientDescent(),
            Optimizer.momentum(),
            new Optimizer.Momentum(0.8, true),
            Optimizer.rmsProp(),
            Optimizer.adam());

    private final Scenario seed = SeedExample.scenario();

    @Test
    void every_step_of_the_trainer_equals_a_step_of_the_readable_trace_bit_for_bit() {
        Random random = new Random(5);
        for (HiddenActivation hidden : HiddenActivation.values()) {
            for (Optimizer optimizer : OPTIMIZERS) {
                for (Optimization optimization : List.of(
                        new Optimization(optimizer, 0, 0),
                        new Optimization(optimizer, 0.05, 2),
                        new Optimization(optimizer, 0.01, 3))) {
                    OutputLayer output = RandomNetworks.outputLayers().get(random.nextInt(5));
                    Architecture arch = new Architecture(RandomNetworks.sizes(random, 2), hidden, output);
                    Network network = RandomNetworks.network(random, arch);
                    Batch batch = new Batch(
                            RandomNetworks.gaussian(random, 5, arch.inputs(), 1),
                            RandomNetworks.labels(random, output, 5, arch.outputs()));
                    OptimizerState start = OptimizerState.initial(optimizer, arch);
                    Training.OptimizedResult fast =
                            Training.run(network, batch, 0.05, optimization, start, 12, Training.Observer.none());
                    Network traced = network;
                    OptimizerState state = start;
                    String what = hidden + " " + optimization;
                    for (int i = 0; i < 12; i++) {
                        StepTrace t = StepTrace.of(traced, batch, 0.05, optimization, state, false);
                        assertEquals(t.loss(), fast.result().lossHistory()[i], what + " step " + i);
                        traced = t.next();
                        state = t.step().after();
                    }
                    assertSame(traced, fast.result().network(), what);
                    assertEquals(state.t(), fast.state().t());
                    assertSameList(state.first(), fast.state().first(), what + " first");
                    assertSameList(state.second(), fast.state().second(), what + " second");
                }
            }
        }
    }

    @Test
    void plain_full_batch_gradient_descent_is_the_worked_example_step_bit_for_bit() {
        BackpropTrace plain = seed.trace();
        StepTrace step = StepTrace.of(
                seed.network(),
                seed.batch(),
                seed.learningRate(),
                Optimization.PLAIN,
                OptimizerState.initial(
                        Optimizer.gradientDescent(), seed.network().architecture()),
                true);
        assertEquals(plain.forward().loss(), step.loss());
        assertSame(plain.next(), step.next(), "W − α·dW");
        assertEquals(
                0,
                Matrices.maxAbsDifference(
                        plain.backward().dW(1), step.step().weight(1).g()));
        Training.Result old = Training.run(seed.network(), seed.batch(), seed.learningRate(), 30);
        Training.OptimizedResult run = Training.run(
                seed.network(),
                seed.batch(),
                seed.learningRate(),
                Optimization.PLAIN,
                OptimizerState.initial(
                        Optimizer.gradientDescent(), seed.network().architecture()),
                30,
                Training.Observer.none());
        assertEquals(
                List.of(boxed(old.lossHistory())), List.of(boxed(run.result().lossHistory())));
        assertSame(old.network(), run.result().network(), "30 steps");
    }

    @Test
    void the_first_steps_follow_the_formulas_by_hand() {
        Network n = seed.network();
        double g = seed.trace().backward().dW(1).getEntry(0, 0);
        double alpha = 0.1;
        StepTrace adam = StepTrace.of(
                n, seed.batch(), alpha, new Optimization(Optimizer.adam(), 0, 0), initial(Optimizer.adam()), false);
        ParameterUpdate w2 = adam.step().weight(1);
        // Step 1: m̂ = g and v̂ = g², so the update is α·g/(|g| + ε).
        assertEquals(g, w2.firstHat().orElseThrow().getEntry(0, 0), 1e-18);
        assertEquals(g * g, w2.secondHat().orElseThrow().getEntry(0, 0), 1e-20);
        assertEquals(alpha * g / (Math.abs(g) + 1e-8), w2.update().getEntry(0, 0), 1e-15);
        assertEquals(1, adam.step().after().t());
        Optimizer mu = new Optimizer.Momentum(0.5, false);
        StepTrace first = StepTrace.of(n, seed.batch(), alpha, new Optimization(mu, 0, 0), initial(mu), false);
        assertEquals(g, first.step().weight(1).firstNext().orElseThrow().getEntry(0, 0), "v1 = g");
        StepTrace second = StepTrace.of(
                first.next(),
                seed.batch(),
                alpha,
                new Optimization(mu, 0, 0),
                first.step().after(),
                false);
        double g2 = second.step().weight(1).g().getEntry(0, 0);
        assertEquals(
                0.5 * g + g2, second.step().weight(1).firstNext().orElseThrow().getEntry(0, 0), "v2 = μ·v1 + g2");
    }

    @Test
    void weight_decay_adds_lambda_w_to_the_weights_only_and_its_penalty_to_the_loss() {
        Optimization decay = new Optimization(Optimizer.gradientDescent(), 0.5, 0);
        StepTrace t =
                StepTrace.of(seed.network(), seed.batch(), 0.1, decay, initial(Optimizer.gradientDescent()), false);
        RealMatrix w1 = seed.network().weight(0);
        double dw = seed.trace().backward().dW(0).getEntry(2, 1);
        assertEquals(dw + 0.5 * w1.getEntry(2, 1), t.step().weight(0).g().getEntry(2, 1));
        assertEquals(
                0,
                Matrices.maxAbsDifference(
                        seed.trace().backward().db(0), t.step().bias(0).g()),
                "no decay on b");
        double squares = 0;
        for (RealMatrix w : seed.network().weights()) {
            for (double[] row : w.getData()) {
                for (double v : row) {
                    squares += v * v;
                }
            }
        }
        assertEquals(0.25 * squares, t.penalty(), 1e-18);
        assertEquals(seed.trace().forward().loss() + t.penalty(), t.loss());
    }

    @Test
    void the_gradient_check_of_the_penalised_loss_finds_the_decay_term() {
        Random random = new Random(3);
        Architecture arch =
                new Architecture(List.of(3, 5, 2), HiddenActivation.TANH, OutputLayer.softmaxCrossEntropy());
        Network network = RandomNetworks.network(random, arch);
        Batch batch =
                new Batch(RandomNetworks.gaussian(random, 4, 3, 1), RandomNetworks.labels(random, arch.output(), 4, 2));
        BackwardPass backward = BackwardPass.of(network, batch, ForwardPass.of(network, batch));
        Optimization decay = new Optimization(Optimizer.adam(), 0.3, 0);
        List<GradientCheck.MatrixCheck> checks = GradientCheck.of(network, batch, backward, decay);
        for (GradientCheck.MatrixCheck check : checks) {
            assertEquals(GradientCheck.Verdict.FINE, check.verdict(), check.name());
        }
        // The numeric gradient of W1 differs from the plain dW1 by λ·W1: the stencil saw the penalty.
        RealMatrix numeric = checks.getFirst().numeric();
        assertEquals(dw(backward, 0, 1, 3) + 0.3 * network.weight(0).getEntry(1, 3), numeric.getEntry(1, 3), 1e-9);
        // Without the decay term in the analytic gradient, the check of the penalised loss calls W1 wrong.
        Optimization.Rows rows = decay.rows(4, 0);
        assertTrue(rows.whole(4));
        GradientCheck.Cell plain =
                GradientCheck.judge(dw(backward, 0, 1, 3), numeric.getEntry(1, 3), GradientCheck.noiseTolerance(1));
        assertEquals(GradientCheck.Verdict.WRONG, plain.verdict());
    }

    private static double dw(BackwardPass backward, int l, int r, int c) {
        return backward.dW(l).getEntry(r, c);
    }

    @Test
    void mini_batches_are_consecutive_rows_in_order_with_the_last_one_smaller() {
        Optimization b2 = new Optimization(Optimizer.adam(), 0, 2);
        assertEquals(3, b2.batches(5));
        assertEquals(new Optimization.Rows(0, 3, 0, 2), b2.rows(5, 0));
        assertEquals(new Optimization.Rows(1, 3, 2, 4), b2.rows(5, 1));
        assertEquals(new Optimization.Rows(2, 3, 4, 5), b2.rows(5, 2));
        assertEquals(new Optimization.Rows(0, 3, 0, 2), b2.rows(5, 3), "step t uses batch t mod ⌈m/b⌉");
        assertEquals(new Optimization.Rows(0, 1, 0, 5), new Optimization(Optimizer.adam(), 0, 0).rows(5, 7));
        assertEquals(new Optimization.Rows(0, 1, 0, 5), new Optimization(Optimizer.adam(), 0, 9).rows(5, 7));
        Batch batch = b2.batch(seedRows(5), 2);
        assertEquals(1, batch.size());
        assertEquals(4.0, batch.x().getEntry(0, 0));
    }

    private static Batch seedRows(int m) {
        double[][] x = new double[m][1];
        double[][] y = new double[m][1];
        for (int k = 0; k < m; k++) {
            x[k][0] = k;
        }
        return new Batch(Matrices.of(x), Matrices.of(y));
    }

    @Test
    void a_negative_or_not_finite_decay_a_negative_batch_size_or_step_count_is_refused() {
        Optimizer gd = Optimizer.gradientDescent();
        assertTrue(assertThrows(InvalidNetworkException.class, () -> new Optimization(gd, -0.1, 0))
                .getMessage()
                .startsWith("weightDecay"));
        assertThrows(InvalidNetworkException.class, () -> new Optimization(gd, Double.NaN, 0));
        assertThrows(InvalidNetworkException.class, () -> new Optimization(gd, Double.POSITIVE_INFINITY, 0));
        assertTrue(assertThrows(InvalidNetworkException.class, () -> new Optimization(gd, 0, -1))
                .getMessage()
                .startsWith("batchSize"));
        assertThrows(InvalidNetworkException.class, () -> new OptimizerState(-1, List.of(), List.of()));
    }

    @Test
    void a_state_fits_only_its_optimizer_and_network() {
        Architecture arch = seed.network().architecture();
        OptimizerState adam = initial(Optimizer.adam());
        assertTrue(adam.fits(Optimizer.adam(), arch));
        assertFalse(adam.fits(Optimizer.momentum(), arch), "momentum keeps no second buffer");
        assertFalse(initial(Optimizer.momentum()).fits(Optimizer.adam(), arch));
        Architecture other = new Architecture(List.of(3, 5, 2), arch.hidden(), arch.output());
        assertFalse(adam.fits(Optimizer.adam(), other));
        assertThrows(
                InvalidNetworkException.class,
                () -> Training.run(
                        seed.network(),
                        seed.batch(),
                        0.1,
                        new Optimization(Optimizer.momentum(), 0, 0),
                        adam,
                        1,
                        Training.Observer.none()));
    }

    private OptimizerState initial(Optimizer optimizer) {
        return OptimizerState.initial(optimizer, seed.network().architecture());
    }

    private static Double[] boxed(double[] values) {
        Double[] out = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    private static void assertSame(Network expected, Network actual, String what) {
        for (int l = 0; l < expected.architecture().depth(); l++) {
            assertEquals(0.0, Matrices.maxAbsDifference(expected.weight(l), actual.weight(l)), what + " W" + (l + 1));
            assertEquals(0.0, Matrices.maxAbsDifference(expected.bias(l), actual.bias(l)), what + " b" + (l + 1));
        }
    }

    private static void assertSameList(List<RealMatrix> expected, List<RealMatrix> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int p = 0; p < expected.size(); p++) {
            assertEquals(0.0, Matrices.maxAbsDifference(expected.get(p), actual.get(p)), what + " " + p);
        }
    }

    @Test
    void an_observer_reads_the_optimizers_state_and_the_epochs_so_far_as_a_shorter_run_ends_with_them() {
        Optimization batches = new Optimization(Optimizer.adam(), 0.01, 1);
        OptimizerState fresh = initial(Optimizer.adam());
        OptimizerState[] atFive = new OptimizerState[1];
        Training.Epochs[] epochsAtFive = new Training.Epochs[1];
        Training.run(seed.network(), seed.batch(), 0.1, batches, fresh, 9, (step, loss, state) -> {
            if (step == 5) {
                atFive[0] = state.optimizerState();
                epochsAtFive[0] = state.epochs();
            }
            return true;
        });
        Training.OptimizedResult five =
                Training.run(seed.network(), seed.batch(), 0.1, batches, fresh, 5, Training.Observer.none());
        assertEquals(five.state(), atFive[0]);
        assertEquals(
                List.of(0, 2, 4, 5), Arrays.stream(five.epochStep()).boxed().toList(), "epoch starts, then the end");
        assertEquals(
                new Training.Epochs(new int[] {0, 2, 4}, Arrays.copyOf(five.epochLoss(), 3)),
                epochsAtFive[0],
                "during the run: the epochs started so far");
        int[] observed = {0};
        Training.run(seed.network(), seed.batch(), 0.1, 3, (step, loss, state) -> {
            assertEquals(step, state.optimizerState().t(), "plain descent: t is the steps taken");
            assertEquals(Training.Epochs.NONE, state.epochs());
            observed[0]++;
            return true;
        });
        assertEquals(3, observed[0]);
    }

    /** The penalised loss L + (λ/2)·ΣW² of {@code network} on every sample of the worked example. */
    private double fullLoss(Network network, Optimization o) {
        return new Scenario(network, seed.batch(), seed.learningRate())
                        .trace()
                        .forward()
                        .loss()
                + o.penalty(network);
    }

    private Training.OptimizedResult run(Optimization o, int steps) {
        return Training.run(
                seed.network(),
                seed.batch(),
                seed.learningRate(),
                o,
                initial(o.optimizer()),
                steps,
                Training.Observer.none());
    }

    @Test
    void a_full_batch_run_records_each_steps_penalised_loss_as_an_epoch() {
        Optimization decay = new Optimization(Optimizer.gradientDescent(), 0.1, 0);
        Training.OptimizedResult r = run(decay, 3);
        assertArrayEquals(new int[] {0, 1, 2, 3}, r.epochStep());
        assertArrayEquals(r.result().lossHistory(), r.epochLoss());
        assertEquals(fullLoss(seed.network(), decay), r.epochLoss()[0], 1e-15);
        assertEquals(fullLoss(r.result().network(), decay), r.epochLoss()[3], 1e-15);
    }

    @Test
    void a_mini_batch_run_records_the_full_penalised_loss_at_the_start_of_each_epoch() {
        // Two samples in batches of one: an epoch is two steps.
        Optimization batches = new Optimization(Optimizer.gradientDescent(), 0.1, 1);
        Training.OptimizedResult r = run(batches, 4);
        assertArrayEquals(new int[] {0, 2, 4}, r.epochStep());
        assertEquals(fullLoss(seed.network(), batches), r.epochLoss()[0], 1e-15);
        assertEquals(fullLoss(run(batches, 2).result().network(), batches), r.epochLoss()[1], 1e-15);
        assertEquals(fullLoss(r.result().network(), batches), r.epochLoss()[2], 1e-15);
    }

    @Test
    void the_factories_give_pytorchs_defaults_and_our_momentum_of_0_9() {
        assertEquals(new Optimizer.GradientDescent(), Optimizer.gradientDescent());
        assertEquals(new Optimizer.Momentum(0.9, false), Optimizer.momentum());
        assertEquals(new Optimizer.RmsProp(0.99, 1e-8), Optimizer.rmsProp());
        assertEquals(new Optimizer.Adam(0.9, 0.999, 1e-8), Optimizer.adam());
    }

    @Test
    void a_steps_trace_is_the_forward_and_backward_of_its_batch_with_the_optimizers_next_network() {
        Optimization o = new Optimization(Optimizer.adam(), 0.01, 1);
        StepTrace step =
                StepTrace.of(seed.network(), seed.batch(), seed.learningRate(), o, initial(o.optimizer()), false);
        BackpropTrace t = step.trace();
        org.junit.jupiter.api.Assertions.assertSame(seed.network(), t.network());
        org.junit.jupiter.api.Assertions.assertSame(step.batch(), t.batch());
        assertEquals(1, t.batch().size(), "the first mini-batch of one row");
        org.junit.jupiter.api.Assertions.assertSame(step.forward(), t.forward());
        org.junit.jupiter.api.Assertions.assertSame(step.backward(), t.backward());
        org.junit.jupiter.api.Assertions.assertSame(step.next(), t.next());
        assertEquals(seed.learningRate(), t.learningRate());
    }
}
