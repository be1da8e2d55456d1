package com.backproplab.chart;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.LossCurve;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.CellRef;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * the worked example's picture of gradient descent for one weight or bias w: the curve L(w) with every other
 * parameter fixed, the tangent at w_old whose slope is the analytic dL/dw, and the step to
 * w_new = w_old − α·dL/dw.
 */
public final class TangentChart {

    /** Points of the curve. */
    static final int POINTS = 81;

    private TangentChart() {}

    /** The picture's numbers: where the step starts and ends, and the slope of the tangent. */
    public record Step(double wOld, double lossOld, double slope, double wNew, double lossNew) {}

    /** The step of {@code ref} in {@code t}. */
    public static Step step(BackpropTrace t, ParameterRef ref) {
        double w = t.network().parameter(ref);
        double g = (ref.bias() ? t.backward().db(ref.layer()) : t.backward().dW(ref.layer()))
                .getEntry(ref.row(), ref.col());
        double wNew = w - t.learningRate() * g;
        double lossNew = LossCurve.along(t.network(), t.batch(), ref, new double[] {wNew})[0];
        return new Step(w, t.forward().loss(), g, wNew, lossNew);
    }

    /**
     * How far either side of w_old to draw: wide enough that the curve visibly leaves its tangent (doubling
     * from three steps' length until the gap is a fifth of the change), so the picture shows curvature.
     */
    static double reach(BackpropTrace t, ParameterRef ref, Step s) {
        double r = Math.max(3 * Math.abs(s.wNew() - s.wOld()), 0.05);
        for (int i = 0; i < 24; i++) {
            double[] ends = LossCurve.along(t.network(), t.batch(), ref, new double[] {s.wOld() - r, s.wOld() + r});
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

    /** The chart option for {@code ref}. */
    public static ObjectNode option(BackpropTrace t, ParameterRef ref) {
        Step s = step(t, ref);
        double reach = reach(t, ref, s);
        double[] w = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            w[i] = s.wOld() - reach + 2 * reach * i / (POINTS - 1);
        }
        double[] loss = LossCurve.along(t.network(), t.batch(), ref, w);
        double[] tangent = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            tangent[i] = s.lossOld() + s.slope() * (w[i] - s.wOld());
        }
        String name = CellRef.of(ref).label();
        ObjectNode o = Options.base("L(w) along w = " + name);
        o.set("xAxis", Options.axis("w", false));
        o.set("yAxis", Options.axis("L", false));
        o.putObject("legend").put("top", 30);
        ArrayNode series = o.putArray("series");
        series.add(Options.line("L(w)", w, loss).put("smooth", true));
        ObjectNode tan = Options.line("tangent, slope dL/dw", w, tangent);
        tan.putObject("lineStyle").put("type", "dashed");
        series.add(tan);
        ObjectNode points = Options.object();
        points.put("type", "scatter").put("name", "w_old → w_new").put("symbolSize", 10);
        ArrayNode data = points.putArray("data");
        data.addArray().add(s.wOld()).add(s.lossOld());
        data.addArray().add(s.wNew()).add(s.lossNew());
        series.add(points);
        ObjectNode arrow = Options.object();
        arrow.put("type", "lines").put("name", "the step").put("coordinateSystem", "cartesian2d");
        arrow.putObject("lineStyle").put("width", 2);
        arrow.putArray("symbol").add("none").add("arrow");
        arrow.putArray("data")
                .addObject()
                .set("coords", Options.points(new double[] {s.wOld(), s.wNew()}, new double[] {s.lossOld(), s.lossNew()
                }));
        ObjectNode marks = Options.object();
        marks.put("symbol", "none").put("silent", true);
        marks.putObject("lineStyle").put("type", "dotted");
        ArrayNode lines = marks.putArray("data");
        lines.addObject().put("xAxis", s.wOld()).putObject("label").put("formatter", "w_old");
        lines.addObject().put("xAxis", s.wNew()).putObject("label").put("formatter", "w_new");
        arrow.set("markLine", marks);
        series.add(arrow);
        return o;
    }
}
