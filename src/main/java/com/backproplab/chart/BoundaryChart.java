package com.backproplab.chart;

import com.backproplab.math.Batch;
import com.backproplab.math.ForwardPass;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For networks with 2 inputs: the predicted class (softmax), probability (one sigmoid output) or output
 * over the input plane, with the samples drawn on it, as TensorFlow Playground does.
 */
public final class BoundaryChart {

    static final int GRID = 41;

    private BoundaryChart() {}

    /** Whether the picture applies: exactly two inputs. */
    public static boolean applies(Network n) {
        return n.architecture().inputs() == 2;
    }

    public static ObjectNode option(Network n, Batch batch) {
        RealMatrix x = batch.x();
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int k = 0; k < x.getRowDimension(); k++) {
            for (int d = 0; d < 2; d++) {
                lo[d] = Math.min(lo[d], x.getEntry(k, d));
                hi[d] = Math.max(hi[d], x.getEntry(k, d));
            }
        }
        double[][] grid = new double[GRID * GRID][];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                grid[i * GRID + j] = new double[] {at(lo[0], hi[0], i), at(lo[1], hi[1], j)};
            }
        }
        RealMatrix yHat = ForwardPass.of(
                        n,
                        new Batch(
                                Matrices.wrap(grid),
                                Matrices.zeros(grid.length, n.architecture().outputs())))
                .yHat();
        boolean classes = n.architecture().output().activation() == OutputActivation.SOFTMAX;
        ObjectNode o = Options.base(classes ? "Predicted class over the input plane" : "Output ŷ over the input plane");
        o.remove("tooltip");
        o.putObject("tooltip").put("trigger", "item");
        o.set("xAxis", Options.axis("x₀", false));
        o.set("yAxis", Options.axis("x₁", false));
        ObjectNode map = o.putObject("visualMap");
        map.put("seriesIndex", 0)
                .put("calculable", false)
                .put("orient", "horizontal")
                .put("right", 10)
                .put("top", 0);
        map.put("min", 0).put("max", classes ? n.architecture().outputs() - 1 : 1);
        map.putObject("inRange").putArray("color").add("#3b82f6").add("#f8fafc").add("#ef4444");
        ArrayNode series = o.putArray("series");
        ObjectNode cells = series.addObject();
        cells.put("type", "scatter")
                .put("name", "prediction")
                .put("symbol", "rect")
                .put("symbolSize", 9);
        cells.put("silent", true);
        ArrayNode data = cells.putArray("data");
        for (int p = 0; p < grid.length; p++) {
            data.addArray().add(grid[p][0]).add(grid[p][1]).add(classes ? argmax(yHat.getRow(p)) : yHat.getEntry(p, 0));
        }
        ObjectNode samples = series.addObject();
        samples.put("type", "scatter").put("name", "samples").put("symbolSize", 12);
        samples.putObject("itemStyle").put("borderColor", "#111").put("borderWidth", 1.5);
        ArrayNode points = samples.putArray("data");
        for (int k = 0; k < x.getRowDimension(); k++) {
            double label = classes ? argmax(batch.y().getRow(k)) : batch.y().getEntry(k, 0);
            ObjectNode point = points.addObject();
            point.putArray("value").add(x.getEntry(k, 0)).add(x.getEntry(k, 1)).add(label);
            point.putObject("itemStyle").put("color", label >= 0.5 ? "#ef4444" : "#3b82f6");
        }
        return o;
    }

    private static double at(double lo, double hi, int i) {
        double margin = Math.max(0.25 * (hi - lo), 0.5);
        return lo - margin + (hi - lo + 2 * margin) * i / (GRID - 1);
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            best = row[j] > row[best] ? j : best;
        }
        return best;
    }
}
