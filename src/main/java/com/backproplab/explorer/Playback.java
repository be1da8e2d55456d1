package com.backproplab.explorer;

import com.backproplab.math.ParameterRef;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import java.util.List;

/**
 * Watchable training: gradient descent taken a few steps at a time, each group of steps one frame of the
 * page, so that the tables and charts can follow at a pace a class can watch.
 */
public final class Playback {

    /** The speeds a learner can choose, in steps per second; {@value #AS_FAST_AS_IT_GOES} means no pace. */
    public static final List<Integer> SPEEDS = List.of(1, 2, 5, 10, 30, 100, 1000, 0);

    /** The speed that takes as many steps each frame as the frame budget allows. */
    public static final int AS_FAST_AS_IT_GOES = 0;

    private Playback() {}

    /**
     * One frame: the network after its steps, and what they recorded.
     *
     * @param losses the loss before each step and after the last one (steps + 1 values)
     * @param values the charted parameter after each step (steps values)
     */
    public record Frame(Scenario after, double[] losses, double[] values) {
        public Frame {
            losses = losses.clone();
            values = values.clone();
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

    /** {@code steps} steps of full-batch gradient descent from {@code s}, recording {@code charted}. */
    public static Frame advance(Scenario s, ParameterRef charted, int steps) {
        double[] values = new double[steps];
        Training.Result r = Training.run(s.network(), s.batch(), s.learningRate(), steps, (step, lossBefore, state) -> {
            values[step - 1] = state.parameter(charted);
            return true;
        });
        return new Frame(new Scenario(r.network(), s.batch(), s.learningRate()), r.lossHistory(), values);
    }

    /** How a speed reads: "10 steps/s", or "full speed". */
    public static String label(int speed) {
        return speed == AS_FAST_AS_IT_GOES ? "full speed" : speed + (speed == 1 ? " step/s" : " steps/s");
    }
}
