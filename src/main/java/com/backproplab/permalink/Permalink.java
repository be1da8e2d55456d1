package com.backproplab.permalink;

import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.Scenario;

/**
 * Everything a link reproduces: the scenario, exactly, the view state that matters, and the optimizer with
 * its settings and state.
 */
public record Permalink(Scenario scenario, ViewState view, OptimizerSettings optimizer) {

    /** A link of plain gradient descent, as every link was before optimizers. */
    public Permalink(Scenario scenario, ViewState view) {
        this(scenario, view, OptimizerSettings.PLAIN);
    }
}
