package com.backproplab.chart;

import tools.jackson.databind.node.ObjectNode;

/** The loss over training steps, at most {@value #MAX_POINTS} points, optionally on a log scale. */
public final class LossChart {

    static final int MAX_POINTS = 2000;

    private LossChart() {}

    public static ObjectNode option(double[] history, boolean log) {
        int stride = Math.max(1, (int) Math.ceil(history.length / (double) MAX_POINTS));
        int n = (history.length + stride - 1) / stride;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            int step = Math.min(history.length - 1, i * stride);
            x[i] = step;
            y[i] = history[step];
        }
        if (n > 0) {
            x[n - 1] = history.length - 1;
            y[n - 1] = history[history.length - 1];
        }
        ObjectNode o = Options.base("Loss over training steps");
        ObjectNode xAxis = Options.axis("step", false);
        xAxis.put("scale", false);
        if (history.length > 1) {
            xAxis.put("max", "dataMax");
        }
        o.set("xAxis", xAxis);
        o.set("yAxis", Options.yAxis("L", log));
        o.putArray("series").add(Options.line("L", x, y));
        return o;
    }
}
