package com.backproplab.chart;

import java.util.Arrays;
import tools.jackson.databind.node.ObjectNode;

/**
 * The loss over training steps, at most {@value #MAX_POINTS} points a series, optionally on a log scale. With
 * mini-batches it draws two series: each step's batch loss, and the full-batch loss once per epoch (and after
 * the last step).
 */
public final class LossChart {

    static final int MAX_POINTS = 2000;

    /** The name of the series of each step's loss on its mini-batch. */
    public static final String BATCH_LOSS = "batch loss";

    /** The name of the series of the full-batch loss once per epoch. */
    public static final String EPOCH_LOSS = "full-batch loss, once per epoch";

    private LossChart() {}

    /** The loss of full-batch steps: {@code history[i]} before step i+1, the last after the last step. */
    public static ObjectNode option(double[] history, boolean log) {
        return option(history, new int[0], new double[0], log);
    }

    /**
     * The losses of a run: {@code history[i]} the loss step i+1 minimised and the last the full-batch loss after
     * the last step; with mini-batches {@code epochSteps} and {@code epochLoss} the full-batch loss where each
     * epoch started (none for full-batch steps).
     */
    public static ObjectNode option(double[] history, int[] epochSteps, double[] epochLoss, boolean log) {
        ObjectNode o = Options.base("Loss over training steps");
        ObjectNode xAxis = Options.axis("step", false);
        xAxis.put("scale", false);
        if (history.length > 1) {
            xAxis.put("max", "dataMax");
        }
        o.set("xAxis", xAxis);
        o.set("yAxis", Options.yAxis("L", log));
        if (epochSteps.length == 0) {
            double[][] all = thinned(history, history.length);
            o.putArray("series").add(Options.line("L", all[0], all[1]));
        } else {
            o.putObject("legend").put("top", 30);
            double[][] batches = thinned(history, history.length - 1);
            double[] x = new double[epochSteps.length + 1];
            double[] y = new double[x.length];
            for (int i = 0; i < epochSteps.length; i++) {
                x[i] = epochSteps[i];
                y[i] = epochLoss[i];
            }
            x[epochSteps.length] = history.length - 1;
            y[epochSteps.length] = history[history.length - 1];
            double[][] epochs = thinned(x, y);
            ObjectNode perEpoch = Options.line(EPOCH_LOSS, epochs[0], epochs[1]);
            perEpoch.put("showSymbol", true).put("symbolSize", 6);
            perEpoch.putObject("lineStyle").put("width", 2.5);
            ObjectNode perBatch = Options.line(BATCH_LOSS, batches[0], batches[1]);
            perBatch.putObject("lineStyle").put("width", 1).put("opacity", 0.6);
            o.putArray("series").add(perBatch).add(perEpoch);
        }
        return o;
    }

    /** Every stride-th of the first {@code n} losses, and the last of them, as [steps, losses]. */
    private static double[][] thinned(double[] history, int n) {
        double[] steps = new double[n];
        for (int i = 0; i < n; i++) {
            steps[i] = i;
        }
        return thinned(steps, Arrays.copyOf(history, n));
    }

    /** At most {@value #MAX_POINTS} of the points (x, y): every stride-th, and the last one. */
    private static double[][] thinned(double[] x, double[] y) {
        int stride = Math.max(1, (int) Math.ceil(x.length / (double) MAX_POINTS));
        int n = (x.length + stride - 1) / stride;
        double[] tx = new double[n];
        double[] ty = new double[n];
        for (int i = 0; i < n; i++) {
            int k = Math.min(x.length - 1, i * stride);
            tx[i] = x[k];
            ty[i] = y[k];
        }
        if (n > 0) {
            tx[n - 1] = x[x.length - 1];
            ty[n - 1] = y[y.length - 1];
        }
        return new double[][] {tx, ty};
    }
}
