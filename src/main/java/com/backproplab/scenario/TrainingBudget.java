package com.backproplab.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a training run fits the limits, for the API and the page alike; checked before the run starts. */
public final class TrainingBudget {

    private final Limits limits;

    public TrainingBudget(Limits limits) {
        this.limits = limits;
    }

    /** The share of a run's budget one frame of a playback may use: a frame takes at most 1/100 of a run. */
    static final int FRAMES_PER_RUN_BUDGET = 100;

    /**
     * The most steps of {@code s} one frame of a playback may take: a hundredth of a run's budget (about 25 ms
     * at the default limits), and at least one step, which {@link #problem} checks before a playback starts.
     */
    public int stepsPerFrame(Scenario s) {
        double perStep = TrainingCost.perStep(
                s.network().architecture().sizes(), s.batch().size());
        double steps = limits.maxTrainingWork() / (double) FRAMES_PER_RUN_BUDGET / perStep;
        return (int) Math.max(1, Math.min(limits.maxSteps(), Math.floor(steps)));
    }

    /** Why {@code steps} steps of {@code s} may not run (the limit and the size asked for), or empty. */
    public Optional<String> problem(Scenario s, int steps) {
        if (steps < 1 || steps > limits.maxSteps()) {
            return Optional.of("expected 1 to " + limits.maxSteps() + ", got " + steps);
        }
        List<Integer> sizes = s.network().architecture().sizes();
        int m = s.batch().size();
        double cost = TrainingCost.of(sizes, m, steps);
        if (cost <= limits.maxTrainingWork()) {
            return Optional.empty();
        }
        long most = (long) Math.floor(limits.maxTrainingWork() / TrainingCost.perStep(sizes, m));
        return Optional.of(String.format(
                Locale.ROOT,
                "%d steps of a %s network on %d samples cost %.3g units, more than the limit of %.3g per run;"
                        + " this network can take at most %d steps",
                steps,
                LayerSizes.format(sizes),
                m,
                cost,
                (double) limits.maxTrainingWork(),
                most));
    }
}
