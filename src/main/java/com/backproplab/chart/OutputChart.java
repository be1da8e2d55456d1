package com.backproplab.chart;

import com.backproplab.math.BackpropTrace;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Ŷ of each sample as bars, with its label beside it as a marker. */
public final class OutputChart {

    private OutputChart() {}

    public static ObjectNode option(BackpropTrace t) {
        RealMatrix yHat = t.forward().yHat();
        RealMatrix y = t.batch().y();
        ObjectNode o = Options.base("Outputs Ŷ and labels Y of each sample");
        ArrayNode categories = Options.array();
        for (int k = 0; k < yHat.getRowDimension(); k++) {
            categories.add("sample " + k);
        }
        ObjectNode xAxis = Options.object();
        xAxis.put("type", "category");
        xAxis.set("data", categories);
        o.set("xAxis", xAxis);
        o.set("yAxis", Options.yAxis("value", false));
        o.putObject("legend").put("top", 30).put("type", "scroll");
        ArrayNode series = o.putArray("series");
        for (int j = 0; j < yHat.getColumnDimension(); j++) {
            ObjectNode bars = Options.object();
            bars.put("type", "bar").put("name", "ŷ class " + j);
            ArrayNode data = bars.putArray("data");
            ObjectNode labels = Options.object();
            labels.put("type", "scatter")
                    .put("name", "y class " + j)
                    .put("symbol", "diamond")
                    .put("symbolSize", 12);
            ArrayNode labelData = labels.putArray("data");
            for (int k = 0; k < yHat.getRowDimension(); k++) {
                data.add(yHat.getEntry(k, j));
                labelData.add(y.getEntry(k, j));
            }
            series.add(bars);
            series.add(labels);
        }
        return o;
    }
}
