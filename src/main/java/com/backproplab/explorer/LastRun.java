package com.backproplab.explorer;

import com.backproplab.math.Training;
import java.util.Arrays;

/**
 * What the charts keep of the last training run: the loss each step minimised and the full-batch loss after
 * the last one, the chosen parameter's value at some of the steps, and, with mini-batches, the full-batch loss
 * at the start of each epoch.
 *
 * @param lossHistory the loss before each step (its batch's) and after the last one (the whole batch's)
 * @param parameter the chosen parameter as the page names it, e.g. {@code W2[1,0]}
 * @param at the steps at which the parameter was recorded
 * @param values the parameter's value at those steps
 * @param epochs with mini-batches, the full-batch loss where each epoch started; none for full-batch steps
 */
public record LastRun(double[] lossHistory, String parameter, double[] at, double[] values, Training.Epochs epochs) {

    /** No run yet. */
    public static final LastRun NONE = new LastRun(new double[0], "The chosen weight", new double[0], new double[0]);

    public LastRun {
        lossHistory = lossHistory.clone();
        at = at.clone();
        values = values.clone();
        if (at.length != values.length) {
            throw new IllegalArgumentException("at has " + at.length + " steps, values " + values.length);
        }
    }

    /** A run of full-batch steps, whose every loss is the whole batch's. */
    public LastRun(double[] lossHistory, String parameter, double[] at, double[] values) {
        this(lossHistory, parameter, at, values, Training.Epochs.NONE);
    }

    /** Whether the run took its steps on mini-batches, so that its losses per step are its batches'. */
    public boolean batched() {
        return epochs.steps().length > 0;
    }

    /** What its losses say about α: for mini-batches only whether they stayed finite (batches differ). */
    public LossWatch watch(double alpha) {
        LossWatch w = LossWatch.of(lossHistory, alpha);
        return batched() ? w.withoutRises() : w;
    }

    @Override
    public double[] lossHistory() {
        return lossHistory.clone();
    }

    @Override
    public double[] at() {
        return at.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * This run with {@code f}'s steps after it: the losses of its steps (its first step's batch loss in place
     * of this run's last, full-batch, loss), the parameter after each step and its epochs, at steps numbered
     * on from this run's last.
     */
    public LastRun extendedBy(Playback.Frame f) {
        double[] losses = f.losses();
        double[] frameValues = f.values();
        int n = Math.max(1, lossHistory.length);
        double[] h = Arrays.copyOf(lossHistory, n - 1 + losses.length);
        System.arraycopy(losses, 0, h, n - 1, losses.length);
        double[] a = Arrays.copyOf(at, at.length + frameValues.length);
        double[] v = Arrays.copyOf(values, a.length);
        for (int i = 0; i < frameValues.length; i++) {
            a[at.length + i] = n + i;
            v[at.length + i] = frameValues[i];
        }
        return new LastRun(h, parameter, a, v, appended(f.epochs(), n - 1));
    }

    private Training.Epochs appended(Training.Epochs more, int offset) {
        int[] s = epochs.steps();
        double[] l = epochs.loss();
        int[] moreSteps = more.steps();
        int[] steps = Arrays.copyOf(s, s.length + moreSteps.length);
        double[] loss = Arrays.copyOf(l, steps.length);
        System.arraycopy(more.loss(), 0, loss, s.length, moreSteps.length);
        for (int i = 0; i < moreSteps.length; i++) {
            steps[s.length + i] = offset + moreSteps[i];
        }
        return new Training.Epochs(steps, loss);
    }

    /** A run of no steps yet: the loss and the parameter's value where it starts. */
    public static LastRun startingAt(double loss, String parameter, double value) {
        return new LastRun(new double[] {loss}, parameter, new double[] {0}, new double[] {value});
    }

    /** Whether this run ended at {@code loss} with {@code parameter} at {@code value}: a playback goes on from it. */
    public boolean endsAt(double loss, String parameter, double value) {
        return lossHistory.length > 0
                && lossHistory[lossHistory.length - 1] == loss
                && this.parameter.equals(parameter)
                && values.length > 0
                && values[values.length - 1] == value;
    }

    /** Steps taken: one less than the losses recorded. */
    public int steps() {
        return Math.max(0, lossHistory.length - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LastRun r
                && Arrays.equals(lossHistory, r.lossHistory)
                && parameter.equals(r.parameter)
                && Arrays.equals(at, r.at)
                && Arrays.equals(values, r.values)
                && epochs.equals(r.epochs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(lossHistory) * 31 + parameter.hashCode();
    }

    @Override
    public String toString() {
        return "LastRun[" + steps() + " steps of " + parameter + "]";
    }
}
