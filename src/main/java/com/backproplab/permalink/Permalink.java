package com.backproplab.permalink;

import com.backproplab.scenario.Scenario;

/**
 * Everything a link reproduces: the scenario, exactly, the view state that matters and the exercise, if
 * any ({@link PracticePlan#NONE} otherwise).
 */
public record Permalink(Scenario scenario, ViewState view, PracticePlan practice) {

    /** A link with no exercise. */
    public Permalink(Scenario scenario, ViewState view) {
        this(scenario, view, PracticePlan.NONE);
    }

    /** The same link with the exercise {@code p}. */
    public Permalink withPractice(PracticePlan p) {
        return new Permalink(scenario, view, p);
    }
}
