package com.backproplab.permalink;

import com.backproplab.scenario.Scenario;

/** Everything a link reproduces: the scenario, exactly, and the view state that matters. */
public record Permalink(Scenario scenario, ViewState view) {}
