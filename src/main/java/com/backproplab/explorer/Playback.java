package com.backproplab.explorer;

import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import java.util.Arrays;
import java.util.List;

/**
 * Watchable training: the page's optimizer taken a few steps at a time, each group of steps one frame of the
 * page, so that the tables and charts can follow at a pace a class can watch.
 */
public final class Playback {

    /** The speeds a learner can choose, in steps per second; {@value #AS_FAST_AS_IT_GOES} means no pace. */
    public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 30, 100, 1000, 0);

    /** The speed that takes as many steps each frame as the frame budget allows. */
    public static final int AS_FAST_AS_IT_GOES = 0;

    private Playback() {}

    /**
     * One frame: the network and the optimizer's state after its steps, and what they recorded.
     *
     * @param losses the loss each step minimised (its batch's, with the penalty) and the full-batch loss after
     *     the last one (steps + 1 values)
     * @param values the charted parameter after each step (steps values)
     * @param state the optimizer's state after the frame
     * @param epochs with mini-batches, the full-batch loss at each epoch that starts in the frame (steps counted
     *     from the frame's first); none for full-batch steps, whose losses are already full-batch
     */
    public record Frame(
            Scenario after, double[] losses, double[] values, OptimizerState state, Training.Epochs epochs) {
        public Frame {
            losses = losses.clone();
            values = values.clone();
            if (losses.length != values.length + 1) {
                throw new IllegalArgumentException(losses.length + " losses for " + values.length + " steps");
            }
        }

        /** Steps taken in this frame. */
        public int steps() {
            return values.length;
        }

        @Override
        public double[] losses() {
            return losses.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** {@code steps} steps of {@code stepping}'s optimizer from {@code s}, recording {@code charted}. */
    public static Frame advance(Scenario s, Stepping stepping, ParameterRef charted, int steps) {
        double[] values = new double[steps];
        Training.OptimizedResult run = stepping.run(s, steps, (step, lossBefore, state) -> {
            values[step - 1] = state.parameter(charted);
            return true;
        });
        Training.Result r = run.result();
        return new Frame(
                new Scenario(r.network(), s.batch(), s.learningRate()),
                r.lossHistory(),
                values,
                run.state(),
                stepping.batched(s) ? epochStarts(run.epochStep(), run.epochLoss()) : Training.Epochs.NONE);
    }

    /** The epochs of a run without its last entry, the loss after its last step (which starts no epoch). */
    static Training.Epochs epochStarts(int[] steps, double[] loss) {
        int n = Math.max(0, steps.length - 1);
        return new Training.Epochs(Arrays.copyOf(steps, n), Arrays.copyOf(loss, n));
    }

    /** How a speed reads: "10 steps/s", or "full speed". */
    public static String label(int speed) {
        return speed == AS_FAST_AS_IT_GOES ? "full speed" : speed + (speed == 1 ? " step/s" : " steps/s");
    }
}
