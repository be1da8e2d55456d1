package com.backproplab.chart;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.LossCurve;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.CellRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worked example's picture of gradient descent for one weight or bias w: the curve L(w) with every other
 * parameter fixed, the tangent at w_old whose slope is the analytic dL/dw, and the step to
 * w_new = w_old − α·dL/dw. The main view is zoomed on the step and the next few steps along this one weight,
 * so the step spans at least a tenth of its width at any α; a second view shows the whole valley around it.
 */
public final class TangentChart {

    /** Points of each curve. */
    static final int POINTS = 81;

    /** The most steps along this weight drawn after the first. */
    static final int NEXT_STEPS = 4;

    /** The zoomed view holds further steps only while they span at most this many first steps. */
    static final double MOST_STEPS_WIDE = 7;

    /** The margin either side of the steps, as a share of their span. */
    static final double MARGIN = 0.15;

    /** The step's colour: visible on light and dark cards alike. */
    static final String STEP_COLOUR = "#e8590c";

    private TangentChart() {}

    /** The picture's numbers: where the step starts and ends, and the slope of the tangent. */
    public record Step(double wOld, double lossOld, double slope, double wNew, double lossNew) {}

    /** The step of {@code ref} in {@code t}. */
    public static Step step(BackpropTrace t, ParameterRef ref) {
        return step(t, ref, curve(t, ref));
    }

    private static Step step(BackpropTrace t, ParameterRef ref, LossCurve curve) {
        double w = t.network().parameter(ref);
        double g = gradient(t, ref);
        double wNew = w - t.learningRate() * g;
        return new Step(w, t.forward().loss(), g, wNew, curve.at(wNew));
    }

    /** L(w) of {@code ref} through the trace's network: one forward pass, then each point only what it moves. */
    private static LossCurve curve(BackpropTrace t, ParameterRef ref) {
        return LossCurve.of(t.network(), t.batch(), ref);
    }

    private static double gradient(BackpropTrace t, ParameterRef ref) {
        return (ref.bias() ? t.backward().db(ref.layer()) : t.backward().dW(ref.layer()))
                .getEntry(ref.row(), ref.col());
    }

    /**
     * w_old, w_new and the next steps of gradient descent along this one weight (every other parameter
     * fixed): w_{k+1} = w_k − α·dL/dw(w_k), as long as they span at most {@value #MOST_STEPS_WIDE} first steps.
     */
    static double[] path(BackpropTrace t, ParameterRef ref, Step s) {
        return path(t, curve(t, ref), s);
    }

    private static double[] path(BackpropTrace t, LossCurve curve, Step s) {
        List<Double> w = new ArrayList<>(List.of(s.wOld(), s.wNew()));
        double first = Math.abs(s.wNew() - s.wOld());
        double lo = Math.min(s.wOld(), s.wNew());
        double hi = Math.max(s.wOld(), s.wNew());
        double current = s.wNew();
        for (int k = 0; k < NEXT_STEPS && first > 0; k++) {
            double g = curve.slopeAt(current);
            double next = current - t.learningRate() * g;
            if (!Double.isFinite(next) || Math.max(hi, next) - Math.min(lo, next) > MOST_STEPS_WIDE * first) {
                break;
            }
            lo = Math.min(lo, next);
            hi = Math.max(hi, next);
            w.add(next);
            current = next;
        }
        return w.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The zoomed view's horizontal range [lo, hi]: the path with a margin either side. */
    static double[] window(double[] path) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double w : path) {
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        double span = hi - lo;
        if (span == 0) {
            span = Math.max(0.1 * Math.abs(lo), 0.05);
            return new double[] {lo - span, hi + span};
        }
        return new double[] {lo - MARGIN * span, hi + MARGIN * span};
    }

    /**
     * How far either side of w_old the whole valley goes: wide enough that the curve visibly leaves its
     * tangent (doubling from three steps' length until the gap is a fifth of the change).
     */
    static double reach(BackpropTrace t, ParameterRef ref, Step s) {
        return reach(curve(t, ref), s);
    }

    private static double reach(LossCurve curve, Step s) {
        double r = Math.max(3 * Math.abs(s.wNew() - s.wOld()), 0.05);
        for (int i = 0; i < 24; i++) {
            double[] ends = curve.at(new double[] {s.wOld() - r, s.wOld() + r});
            double gap = Math.max(
                    Math.abs(ends[0] - (s.lossOld() - s.slope() * r)),
                    Math.abs(ends[1] - (s.lossOld() + s.slope() * r)));
            if (!Double.isFinite(gap) || gap >= 0.2 * (Math.abs(s.slope()) * r + gap)) {
                break;
            }
            r *= 2;
        }
        return r;
    }

    /** The main view for {@code ref}: zoomed on the step and the next steps along this weight. */
    public static ObjectNode option(BackpropTrace t, ParameterRef ref) {
        LossCurve curve = curve(t, ref);
        Step s = step(t, ref, curve);
        return zoomed(curve, ref, s, path(t, curve, s));
    }

    /** Both views of {@code ref} and the step they show, with the step and its path computed once. */
    public record Picture(Step step, ObjectNode zoomed, ObjectNode valley) {}

    /** Both views of {@code ref}: what the page draws. */
    public static Picture of(BackpropTrace t, ParameterRef ref) {
        LossCurve curve = curve(t, ref);
        Step s = step(t, ref, curve);
        double[] path = path(t, curve, s);
        return new Picture(s, zoomed(curve, ref, s, path), valley(curve, ref, s, path));
    }

    private static ObjectNode zoomed(LossCurve curve, ParameterRef ref, Step s, double[] path) {
        double[] window = window(path);
        double[] w = spaced(window[0], window[1]);
        double[] loss = curve.at(w);
        double[] tangent = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            tangent[i] = s.lossOld() + s.slope() * (w[i] - s.wOld());
        }
        String name = CellRef.of(ref).label();
        ObjectNode o = Options.base("One step of " + name + ", zoomed");
        o.set("xAxis", Options.axis(name, window[0], window[1]));
        o.set("yAxis", Options.yAxis("L", false));
        o.putObject("legend").put("top", 30);
        ArrayNode series = o.putArray("series");
        series.add(Options.line("L(w)", w, loss).put("smooth", true));
        ObjectNode tan = Options.line("tangent at w_old", w, tangent);
        tan.putObject("lineStyle").put("type", "dashed");
        series.add(tan);
        double[] pathLoss = curve.at(path);
        if (path.length > 2) {
            double[] rest = Arrays.copyOfRange(path, 1, path.length);
            double[] restLoss = Arrays.copyOfRange(pathLoss, 1, path.length);
            ObjectNode next = Options.line("next steps along " + name, rest, restLoss);
            next.put("showSymbol", true).put("symbolSize", 6);
            next.putObject("lineStyle").put("width", 1).put("type", "dotted");
            series.add(next);
        }
        series.add(arrow(s)).add(ends(s));
        return o;
    }

    /** The step as a thick arrow from w_old to w_new. */
    private static ObjectNode arrow(Step s) {
        ObjectNode arrow = Options.object();
        arrow.put("type", "lines").put("name", "the step").put("coordinateSystem", "cartesian2d");
        arrow.put("z", 5);
        arrow.putObject("lineStyle").put("width", 3).put("color", STEP_COLOUR).put("opacity", 1);
        arrow.putObject("itemStyle").put("color", STEP_COLOUR);
        arrow.putArray("symbol").add("circle").add("arrow");
        arrow.putArray("symbolSize").add(8).add(14);
        arrow.putArray("data")
                .addObject()
                .set("coords", Options.points(new double[] {s.wOld(), s.wNew()}, new double[] {s.lossOld(), s.lossNew()
                }));
        return arrow;
    }

    /** The two ends of the step, each labelled on its own side so the labels never overlap. */
    private static ObjectNode ends(Step s) {
        ObjectNode ends = Options.object();
        ends.put("type", "scatter").put("name", "the step").put("symbolSize", 1).put("silent", true);
        ends.putObject("itemStyle").put("color", STEP_COLOUR);
        ArrayNode data = ends.putArray("data");
        boolean rightward = s.wNew() >= s.wOld();
        data.add(labelled(s.wOld(), s.lossOld(), "w_old", rightward ? "left" : "right"));
        data.add(labelled(s.wNew(), s.lossNew(), "w_new", rightward ? "right" : "left"));
        return ends;
    }

    private static ObjectNode labelled(double x, double y, String text, String position) {
        ObjectNode p = Options.object();
        p.putArray("value").add(x).add(y);
        p.putObject("label")
                .put("show", true)
                .put("formatter", text)
                .put("position", position)
                .put("fontWeight", "bold")
                .put("color", STEP_COLOUR);
        return p;
    }

    /** The whole valley around w_old, with the zoomed window shaded. */
    public static ObjectNode valley(BackpropTrace t, ParameterRef ref) {
        LossCurve curve = curve(t, ref);
        Step s = step(t, ref, curve);
        return valley(curve, ref, s, path(t, curve, s));
    }

    private static ObjectNode valley(LossCurve curve, ParameterRef ref, Step s, double[] path) {
        double reach = reach(curve, s);
        double[] window = window(path);
        double lo = Math.min(s.wOld() - reach, window[0]);
        double hi = Math.max(s.wOld() + reach, window[1]);
        double[] w = spaced(lo, hi);
        double[] loss = curve.at(w);
        String name = CellRef.of(ref).label();
        ObjectNode o = Options.base("The whole valley of " + name);
        o.remove("legend");
        o.set("xAxis", Options.axis(name, lo, hi));
        o.set("yAxis", Options.yAxis("L", false));
        ((ObjectNode) o.get("grid")).put("top", 44);
        ObjectNode line = Options.line("L(w)", w, loss).put("smooth", true);
        ObjectNode area = Options.object();
        area.put("silent", true);
        area.putObject("itemStyle").put("color", STEP_COLOUR).put("opacity", 0.18);
        area.putArray("data")
                .addArray()
                .add(Options.object().put("xAxis", window[0]))
                .add(Options.object().put("xAxis", window[1]));
        line.set("markArea", area);
        ObjectNode here = Options.object();
        here.put("type", "scatter").put("name", "w_old").put("symbolSize", 9);
        here.putObject("itemStyle").put("color", STEP_COLOUR);
        here.putArray("data").addArray().add(s.wOld()).add(s.lossOld());
        o.putArray("series").add(line).add(here);
        return o;
    }

    private static double[] spaced(double lo, double hi) {
        double[] w = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            w[i] = lo + (hi - lo) * i / (POINTS - 1);
        }
        return w;
    }
}
