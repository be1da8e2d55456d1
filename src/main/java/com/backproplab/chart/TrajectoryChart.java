package com.backproplab.chart;

import tools.jackson.databind.node.ObjectNode;

/** The chosen parameter over the steps of the last training run. */
public final class TrajectoryChart {

    private TrajectoryChart() {}

    public static ObjectNode option(String name, double[] steps, double[] values) {
        ObjectNode o = Options.base(name + " over the training steps");
        ObjectNode xAxis = Options.axis("step", false);
        xAxis.put("scale", false);
        o.set("xAxis", xAxis);
        o.set("yAxis", Options.yAxis(name, false));
        o.putArray("series").add(Options.line(name, steps, values));
        return o;
    }
}
