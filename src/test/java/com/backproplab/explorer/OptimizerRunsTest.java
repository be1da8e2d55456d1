package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.ForwardPass;
import com.backproplab.math.Network;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.StepTrace;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Play, Step and Run steps take the page's optimizer, on its mini-batches, from its state: the oracle is the
 * readable step ({@link StepTrace}) applied one at a time, which the golden tests hold to PyTorch.
 */
class OptimizerRunsTest {

    private static final ParameterRef W2_10 = ParameterRef.weight(1, 1, 0);

    private final Scenario seed = SeedExample.scenario();

    /** Adam with decay on batches of one sample: the worked example's two samples are two batches. */
    private final Optimization adam = new Optimization(Optimizer.adam(), 0.01, 1);

    private ExplorerState with(Optimization o) {
        ExplorerState s = ExplorerState.of(seed);
        return s.stepping().with(o, s.draft().architecture()).applyTo(s);
    }

    /** {@code steps} readable steps of {@code o} from a fresh state: the networks after each, and the last state. */
    private record Stepped(List<Network> networks, List<Double> losses, OptimizerState state) {}

    private Stepped readable(Optimization o, int steps) {
        Network n = seed.network();
        OptimizerState state = OptimizerState.initial(o.optimizer(), n.architecture());
        List<Network> networks = new ArrayList<>(List.of(n));
        List<Double> losses = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            StepTrace t = StepTrace.of(n, seed.batch(), seed.learningRate(), o, state, false);
            losses.add(t.loss());
            n = t.next();
            state = t.step().after();
            networks.add(n);
        }
        return new Stepped(networks, losses, state);
    }

    private double fullLoss(Optimization o, Network n) {
        return ForwardPass.of(n, seed.batch()).loss() + o.penalty(n);
    }

    @Test
    void a_playback_takes_the_optimizers_steps_on_its_batches_and_carries_t_and_the_buffers() {
        ExplorerState playing = with(adam).runs().play("10 steps/s", 100);
        ExplorerState three =
                playing.runs().played(Playback.advance(playing.scenario(), playing.stepping(), W2_10, 3), "10 steps/s");
        ExplorerState five =
                three.runs().played(Playback.advance(three.scenario(), three.stepping(), W2_10, 2), "10 steps/s");
        Stepped expected = readable(adam, 5);
        assertEquals(expected.networks().get(5), five.scenario().network(), "bit for bit");
        assertEquals(5, five.stepping().state().t());
        assertEquals(expected.state(), five.stepping().state());
        double[] losses = five.training().lastRun().lossHistory();
        for (int i = 0; i < 5; i++) {
            assertEquals(expected.losses().get(i), losses[i], "the loss step " + (i + 1) + " minimised, its batch's");
        }
        assertEquals(fullLoss(adam, expected.networks().get(5)), losses[5], "the whole batch's after the last");
    }

    @Test
    void the_full_batch_loss_is_kept_once_per_epoch_across_frames() {
        ExplorerState playing = with(adam).runs().play("10 steps/s", 100);
        ExplorerState three =
                playing.runs().played(Playback.advance(playing.scenario(), playing.stepping(), W2_10, 3), "x");
        ExplorerState five = three.runs().played(Playback.advance(three.scenario(), three.stepping(), W2_10, 2), "x");
        Stepped expected = readable(adam, 5);
        Training.Epochs epochs = five.training().lastRun().epochs();
        assertArrayEquals(new int[] {0, 2, 4}, epochs.steps(), "two batches an epoch: epochs start at 0, 2 and 4");
        for (int i = 0; i < 3; i++) {
            int step = epochs.steps()[i];
            assertEquals(fullLoss(adam, expected.networks().get(step)), epochs.loss()[i], "epoch at step " + step);
        }
        assertTrue(five.training().lastRun().batched());
    }

    @Test
    void one_undo_returns_the_network_and_the_optimizers_state_to_before_the_playback() {
        ExplorerState before = with(adam).applyStep();
        ExplorerState playing = before.runs().play("10 steps/s", 100);
        ExplorerState three =
                playing.runs().played(Playback.advance(playing.scenario(), playing.stepping(), W2_10, 3), "x");
        ExplorerState five = three.runs().played(Playback.advance(three.scenario(), three.stepping(), W2_10, 2), "x");
        assertEquals(6, five.stepping().state().t());
        ExplorerState undone = five.undo();
        assertEquals(before.scenario(), undone.scenario());
        assertSame(before.stepping().state(), undone.stepping().state());
        assertSame(five.stepping().state(), undone.redo().stepping().state());
    }

    @Test
    void step_takes_one_step_of_the_optimizer_and_its_undo_restores_t() {
        ExplorerState s = with(adam);
        ExplorerState one = s.runs().played(Playback.advance(s.scenario(), s.stepping(), W2_10, 1), "");
        assertEquals(readable(adam, 1).networks().get(1), one.scenario().network());
        assertEquals(1, one.stepping().state().t());
        ExplorerState two = one.runs().played(Playback.advance(one.scenario(), one.stepping(), W2_10, 1), "");
        assertEquals(readable(adam, 2).state(), two.stepping().state());
        assertEquals(1, two.undo().stepping().state().t(), "each Step is its own undo");
        assertEquals(
                "Took one step: 2 steps in this run.",
                two.training().message(),
                "the run ended at the loss with its decay penalty, so the second Step goes on from it");
    }

    @Test
    void a_fast_run_ends_with_the_optimizers_state_and_its_undo_goes_back_to_before_it() {
        ExplorerState s = with(adam);
        TrainingRunTest.Recorder r = new TrainingRunTest.Recorder();
        new TrainingRun(s.scenario(), s.stepping(), 7, W2_10, "W2[1,0]", r).run();
        Stepped expected = readable(adam, 7);
        assertEquals(expected.networks().get(7), r.outcome.trained());
        assertEquals(expected.state(), r.outcome.state());
        assertArrayEquals(new int[] {0, 2, 4, 6}, r.outcome.lastRun().epochs().steps());
        ExplorerState done = s.runs().started(7, 0).runs().finished(r.outcome);
        assertEquals(expected.networks().get(7), done.scenario().network());
        assertEquals(7, done.stepping().state().t());
        assertEquals(0, done.undo().stepping().state().t());
        assertEquals(seed, done.undo().scenario());
    }

    @Test
    void a_runs_progress_carries_the_optimizers_state_at_that_step() {
        List<OptimizerState> states = new ArrayList<>();
        List<LastRun> runs = new ArrayList<>();
        TrainingRun[] run = new TrainingRun[1];
        TrainingRunTest.Recorder r = new TrainingRunTest.Recorder() {
            @Override
            public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
                states.add(state);
                runs.add(soFar);
                run[0].heartbeat();
            }
        };
        long[] clock = {0};
        ExplorerState s = with(adam);
        run[0] = new TrainingRun(s.scenario(), s.stepping(), 5, W2_10, "W2[1,0]", r, () -> clock[0] += 1_000_000_000L);
        run[0].run();
        assertEquals(readable(adam, 3).state(), states.get(2), "reported after step 3");
        assertArrayEquals(new int[] {0, 2}, runs.get(2).epochs().steps(), "the epochs started so far");
        ExplorerState at3 = s.runs()
                .started(5, 0)
                .runs()
                .progress(3, 5, readable(adam, 3).networks().get(3), states.get(2), runs.get(2));
        assertEquals(3, at3.stepping().state().t());
        assertEquals(0, at3.undo().stepping().state().t());
    }

    @Test
    void full_batch_steps_keep_no_epochs_and_watch_every_rise() {
        Optimization momentum = new Optimization(Optimizer.momentum(), 0, 0);
        ExplorerState s = with(momentum);
        ExplorerState one = s.runs().played(Playback.advance(s.scenario(), s.stepping(), W2_10, 4), "");
        assertFalse(one.training().lastRun().batched());
        assertEquals(0, one.training().lastRun().epochs().steps().length);
        assertEquals(readable(momentum, 4).networks().get(4), one.scenario().network());
    }

    @Test
    void steps_on_different_batches_are_not_called_rises_of_the_loss() {
        double[] batchLosses = {0.5, 0.9, 0.4};
        LastRun batched = new LastRun(
                batchLosses, "W", new double[0], new double[0], new Training.Epochs(new int[] {0}, new double[] {0.6}));
        assertEquals(
                1,
                new LastRun(batchLosses, "W", new double[0], new double[0])
                        .watch(0.1)
                        .rises());
        assertEquals(0, batched.watch(0.1).rises(), "0.5 and 0.9 are losses of different batches");
        double[] overflow = {0.5, Double.POSITIVE_INFINITY};
        LastRun blewUp = new LastRun(
                overflow, "W", new double[0], new double[0], new Training.Epochs(new int[] {0}, new double[] {0.6}));
        assertEquals(1, blewUp.watch(0.1).notFinite(), "a loss that overflowed is still said");
    }
}
