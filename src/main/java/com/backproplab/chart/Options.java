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
        grid.put("left", 72).put("right", 24).put("top", 72).put("bottom", 48);
        o.putObject("toolbox").putObject("feature").putObject("saveAsImage").put("title", "Save as PNG");
        o.put("animation", false);
        o.put("backgroundColor", "transparent");
        return o;
    }

    /**
     * A value axis named {@code name} (in the middle of the axis, clear of its labels); logarithmic when
     * {@code log}. Axes sit at the plot's edges, never through zero.
     */
    public static ObjectNode axis(String name, boolean log) {
        ObjectNode a = F.objectNode();
        a.put("type", log ? "log" : "value");
        a.put("name", name);
        a.put("scale", true);
        a.put("nameLocation", "middle");
        a.put("nameGap", 30);
        a.putObject("axisLine").put("onZero", false);
        return a;
    }

    /** An {@link #axis} from {@code min} to {@code max}, whose end labels (full-precision numbers) are left out. */
    public static ObjectNode axis(String name, double min, double max) {
        ObjectNode a = axis(name, false);
        a.put("min", min).put("max", max).put("scale", false);
        a.putObject("axisLabel").put("showMinLabel", false).put("showMaxLabel", false);
        return a;
    }

    /** A vertical {@link #axis}: its name turned along it, clear of the widest tick label. */
    public static ObjectNode yAxis(String name, boolean log) {
        return axis(name, log).put("nameGap", 56).put("nameRotate", 90);
    }

    /** A line series of [x, y] points. */
    public static ObjectNode line(String name, double[] x, double[] y) {
        ObjectNode s = F.objectNode();
        s.put("type", "line").put("name", name).put("showSymbol", x.length <= 1);
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

    /** Adds a one-line {@code text} in the middle of the plot, for a chart that has little to show yet. */
    public static void hint(ObjectNode option, String text) {
        option.putArray("graphic")
                .addObject()
                .put("type", "text")
                .put("left", "center")
                .put("top", "middle")
                .put("silent", true)
                .putObject("style")
                .put("text", text)
                .put("fill", "#8a94a6")
                .put("fontSize", 13)
                .put("lineHeight", 18)
                .put("align", "center")
                .put("width", 240)
                .put("overflow", "break");
    }

    public static ArrayNode array() {
        return F.arrayNode();
    }

    public static ObjectNode object() {
        return F.objectNode();
    }
}
