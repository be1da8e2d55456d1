package com.backproplab.explorer;

/**
 * What the losses of the last step or run say about α: the steps that raised the loss, and the step after
 * which it was no longer a finite number. Steps are numbered from 1; step s raised the loss when the loss
 * after it exceeds the loss before it by more than rounding (1e−12 of its size).
 *
 * @param steps the steps taken
 * @param alpha the learning rate of the steps
 * @param first the loss before the first step
 * @param last the loss after the last step
 * @param rises how many steps raised the loss
 * @param firstRise the first step that raised it, or 0
 * @param riseFrom the loss before that step
 * @param riseTo the loss after it
 * @param notFinite the first step after which the loss was NaN or infinite, or 0
 * @param beforeNotFinite the loss before that step
 * @param notFiniteValue the loss after it
 */
public record LossWatch(
        int steps,
        double alpha,
        double first,
        double last,
        int rises,
        int firstRise,
        double riseFrom,
        double riseTo,
        int notFinite,
        double beforeNotFinite,
        double notFiniteValue) {

    private static final double ROUNDING = 1e-12;

    /** From a loss history: {@code history[i]} is the loss before step i+1, the last one after the last step. */
    public static LossWatch of(double[] history, double alpha) {
        int rises = 0;
        int firstRise = 0;
        int notFinite = 0;
        for (int s = 1; s < history.length; s++) {
            double before = history[s - 1];
            double after = history[s];
            if (notFinite == 0 && Double.isFinite(before) && !Double.isFinite(after)) {
                notFinite = s;
            }
            if (after - before > ROUNDING * Math.max(Math.abs(before), Double.MIN_NORMAL)) {
                rises++;
                firstRise = firstRise == 0 ? s : firstRise;
            }
        }
        double nan = Double.NaN;
        return new LossWatch(
                history.length - 1,
                alpha,
                history.length == 0 ? nan : history[0],
                history.length == 0 ? nan : history[history.length - 1],
                rises,
                firstRise,
                firstRise == 0 ? nan : history[firstRise - 1],
                firstRise == 0 ? nan : history[firstRise],
                notFinite,
                notFinite == 0 ? nan : history[notFinite - 1],
                notFinite == 0 ? nan : history[notFinite]);
    }

    /**
     * This watch without its rises: for steps on different mini-batches, whose losses are not comparable, only
     * a loss that stopped being finite is worth saying.
     */
    public LossWatch withoutRises() {
        double nan = Double.NaN;
        return new LossWatch(steps, alpha, first, last, 0, 0, nan, nan, notFinite, beforeNotFinite, notFiniteValue);
    }

    /** Whether any step raised the loss or made it NaN or infinite. */
    public boolean worthSaying() {
        return rises > 0 || notFinite > 0;
    }
}
