package com.backproplab.permalink;

import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.Scenario;

/**
 * Everything a link reproduces: the scenario, exactly, the view state that matters, the exercise, if any
 * ({@link PracticePlan#NONE} otherwise), and the optimizer with its settings and state.
 */
public record Permalink(Scenario scenario, ViewState view, PracticePlan practice, OptimizerSettings optimizer) {

    /** A link with no exercise, of plain gradient descent, as every link was before both. */
    public Permalink(Scenario scenario, ViewState view) {
        this(scenario, view, PracticePlan.NONE, OptimizerSettings.PLAIN);
    }

    /** The same link with the exercise {@code p}. */
    public Permalink withPractice(PracticePlan p) {
        return new Permalink(scenario, view, p, optimizer);
    }
}
