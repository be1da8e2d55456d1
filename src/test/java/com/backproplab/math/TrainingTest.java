package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TrainingTest {

    private final Scenario seed = SeedExample.scenario();

    @Test
    void one_training_step_equals_the_next_state_of_the_trace() {
        Training.Result result = Training.run(seed.network(), seed.batch(), seed.learningRate(), 1);
        Network next = seed.trace().next();
        for (int l = 0; l < 2; l++) {
            assertEquals(
                    0,
                    Matrices.maxAbsDifference(next.weight(l), result.network().weight(l)));
            assertEquals(
                    0, Matrices.maxAbsDifference(next.bias(l), result.network().bias(l)));
        }
        assertEquals(2, result.lossHistory().length);
        assertEquals(seed.trace().forward().loss(), result.lossHistory()[0]);
    }

    @Test
    void the_history_has_one_loss_before_each_step_and_one_after_the_last() {
        Training.Result result = Training.run(seed.network(), seed.batch(), seed.learningRate(), 1000);
        double[] h = result.lossHistory();
        assertEquals(1001, h.length);
        assertEquals(ForwardPass.of(result.network(), seed.batch()).loss(), h[1000]);
        assertTrue(h[1000] < h[0] / 10, "1000 steps at α = 0.1 fit two samples: " + h[1000]);
    }

    /**
     * A snapshot of the engine's own output, not an oracle: the step was found by running it. It holds the
     * example the README tells of (descent is not monotone) still.
     */
    @Test
    @Tag("snapshot")
    void snapshot_the_worked_example_s_loss_rises_at_step_55_as_a_relu_unit_wakes_up() {
        double[] h = Training.run(seed.network(), seed.batch(), seed.learningRate(), 60)
                .lossHistory();
        assertTrue(h[55] > h[54], h[54] + " → " + h[55]);
        for (int i = 1; i < 55; i++) {
            assertTrue(h[i] <= h[i - 1], "falls until then: step " + i);
        }
    }

    @Test
    void every_step_of_the_trainer_equals_a_step_of_the_trace_bit_for_bit_for_every_activation_and_output() {
        Random random = new Random(11);
        for (HiddenActivation hidden : HiddenActivation.values()) {
            for (OutputLayer output : RandomNetworks.outputLayers()) {
                Architecture arch = new Architecture(RandomNetworks.sizes(random, 2), hidden, output);
                Network network = RandomNetworks.network(random, arch);
                Batch batch = new Batch(
                        RandomNetworks.gaussian(random, 5, arch.inputs(), 1),
                        RandomNetworks.labels(random, output, 5, arch.outputs()));
                TraceAgreement.assertTrainingEqualsTrace(network, batch, 0.05, 20, hidden + " " + output);
            }
        }
    }

    @Test
    void a_large_network_whose_element_wise_passes_split_over_threads_equals_the_trace_bit_for_bit() {
        Random random = new Random(12);
        // 128 samples × 300 units = 38,400 elements: over RowTrainer.PARALLEL_ELEMENTS; Z2 is 192,000
        // multiply-adds, under NativeProducts.WORK, so this is the row trainer on any machine.
        for (HiddenActivation hidden : HiddenActivation.values()) {
            Architecture arch = new Architecture(List.of(8, 300, 5), hidden, OutputLayer.softmaxCrossEntropy());
            assertTrue(128L * 300 >= RowTrainer.PARALLEL_ELEMENTS);
            Network network = RandomNetworks.network(random, arch);
            Batch batch = new Batch(
                    RandomNetworks.gaussian(random, 128, 8, 1), RandomNetworks.labels(random, arch.output(), 128, 5));
            assertInstanceOf(RowTrainer.class, Trainer.of(network, batch));
            TraceAgreement.assertTrainingEqualsTrace(network, batch, 0.05, 3, hidden.toString());
        }
    }

    @Test
    void an_observer_reads_single_parameters_of_the_current_state() {
        double[] seen = new double[1];
        Training.Result result =
                Training.run(seed.network(), seed.batch(), seed.learningRate(), 5, (step, loss, state) -> {
                    seen[0] = state.parameter(ParameterRef.weight(1, 3, 1));
                    return true;
                });
        assertEquals(result.network().weight(1).getEntry(3, 1), seen[0]);
    }

    @Test
    void an_observer_that_returns_false_stops_the_run_after_that_step() {
        Training.Result result =
                Training.run(seed.network(), seed.batch(), seed.learningRate(), 100, (step, loss, state) -> step < 3);
        assertEquals(3, result.stepsTaken());
        assertEquals(4, result.lossHistory().length);
    }

    @Test
    void epochs_are_equal_when_their_steps_and_losses_are_and_read_as_both() {
        Training.Epochs e = new Training.Epochs(new int[] {0, 2}, new double[] {0.5, 0.25});
        assertEquals(new Training.Epochs(new int[] {0, 2}, new double[] {0.5, 0.25}), e);
        assertEquals(new Training.Epochs(new int[] {0, 2}, new double[] {0.5, 0.25}).hashCode(), e.hashCode());
        assertNotEquals(new Training.Epochs(new int[] {0, 3}, new double[] {0.5, 0.25}), e);
        assertNotEquals(new Training.Epochs(new int[] {0, 2}, new double[] {0.5, 0.2}), e);
        assertNotEquals(Training.Epochs.NONE, e);
        assertNotEquals(Training.Epochs.NONE.hashCode(), e.hashCode());
        assertNotEquals("epochs", e);
        assertEquals("Epochs[0, 2][0.5, 0.25]", e.toString());
    }

    @Test
    void the_epochs_of_a_run_are_kept_per_epoch_not_per_step_and_batch() {
        // 1-1-1 on 1,000 samples in batches of one: 2,200,000 steps over 1,000 batches would be 2.2 billion
        // step-batch pairs (past the largest array); the run records one loss per epoch, at most 2,202.
        Architecture a = new Architecture(
                List.of(1, 1, 1), HiddenActivation.TANH, new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE));
        Network n = new Network(
                a,
                List.of(Matrices.of(new double[] {0.5}), Matrices.of(new double[] {0.5})),
                List.of(Matrices.zeros(1, 1), Matrices.zeros(1, 1)));
        double[][] x = new double[1000][];
        double[][] y = new double[1000][];
        for (int k = 0; k < 1000; k++) {
            x[k] = new double[] {k / 1000.0};
            y[k] = new double[] {0};
        }
        Optimization ones = new Optimization(Optimizer.gradientDescent(), 0, 1);
        Training.OptimizedResult r = Training.run(
                n,
                new Batch(Matrices.of(x), Matrices.of(y)),
                0.1,
                ones,
                OptimizerState.initial(ones.optimizer(), a),
                2_200_000,
                (step, loss, state) -> false);
        assertEquals(1, r.result().stepsTaken());
        assertArrayEquals(new int[] {0, 1}, r.epochStep(), "the epoch the step began, and the end of the run");
    }
}
