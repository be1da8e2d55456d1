package com.backproplab.chart;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Typed pieces of ECharts options, as Jackson nodes. */
public final class Options {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private Options() {}

    /** An option with a title, an axis tooltip, a grid and the save-as-PNG toolbox. */
    public static ObjectNode base(String title) {
        ObjectNode o = F.objectNode();
        o.putObject("title")
                .put("text", title)
                .put("left", "left")
                .putObject("textStyle")
                .put("fontSize", 14);
        o.putObject("tooltip").put("trigger", "axis");
        ObjectNode grid = o.putObject("grid");
        grid.put("left", 64).put("right", 56).put("top", 72).put("bottom", 40);
        o.putObject("toolbox").putObject("feature").putObject("saveAsImage").put("title", "Save as PNG");
        o.put("animation", false);
        return o;
    }

    /** A value axis named {@code name}; logarithmic when {@code log}. */
    public static ObjectNode axis(String name, boolean log) {
        ObjectNode a = F.objectNode();
        a.put("type", log ? "log" : "value");
        a.put("name", name);
        a.put("scale", true);
        a.put("nameLocation", "end");
        a.put("nameGap", 12);
        return a;
    }

    /** A line series of [x, y] points. */
    public static ObjectNode line(String name, double[] x, double[] y) {
        ObjectNode s = F.objectNode();
        s.put("type", "line").put("name", name).put("showSymbol", false);
        s.set("data", points(x, y));
        return s;
    }

    /** [[x0, y0], [x1, y1], …], skipping points that are not finite. */
    public static ArrayNode points(double[] x, double[] y) {
        ArrayNode data = F.arrayNode();
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                data.addArray().add(x[i]).add(y[i]);
            }
        }
        return data;
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static ObjectNode object() {
        return F.objectNode();
    }
}
