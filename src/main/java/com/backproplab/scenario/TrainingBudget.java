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
