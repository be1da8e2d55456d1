package com.backproplab.explorer;

import java.util.Arrays;

/**
 * What the charts keep of the last training run: the loss before each step and after the last one, and the
 * chosen parameter's value at some of the steps.
 *
 * @param parameter the chosen parameter as the page names it, e.g. {@code W2[1,0]}
 * @param at the steps at which the parameter was recorded
 * @param values the parameter's value at those steps
 */
public record LastRun(double[] lossHistory, String parameter, double[] at, double[] values) {

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
     * This run with {@code f}'s steps after it: its losses after each step, and the parameter after each
     * step (at steps numbered on from this run's last).
     */
    public LastRun extendedBy(Playback.Frame f) {
        double[] losses = f.losses();
        double[] frameValues = f.values();
        int n = lossHistory.length;
        double[] h = Arrays.copyOf(lossHistory, n + frameValues.length);
        System.arraycopy(losses, 1, h, n, frameValues.length);
        double[] a = Arrays.copyOf(at, at.length + frameValues.length);
        double[] v = Arrays.copyOf(values, a.length);
        for (int i = 0; i < frameValues.length; i++) {
            a[at.length + i] = n + i;
            v[at.length + i] = frameValues[i];
        }
        return new LastRun(h, parameter, a, v);
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
                && Arrays.equals(values, r.values);
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
