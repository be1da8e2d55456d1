package com.backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.LossCurve;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TangentChartTest {

    private static final ParameterRef W2_1_0 = ParameterRef.weight(1, 1, 0);
    private final Scenario seed = SeedExample.scenario();

    private static BackpropTrace at(Scenario s, double alpha) {
        return ScenarioEditor.withLearningRate(s, alpha).trace();
    }

    /** The step's share of the zoomed view's width, as the chart's own axis and arrow give it. */
    private static double stepShare(ObjectNode o) {
        double min = o.at("/xAxis/min").doubleValue();
        double max = o.at("/xAxis/max").doubleValue();
        JsonNode arrow = o.at("/series/3/data/0/coords");
        return Math.abs(arrow.get(1).get(0).doubleValue() - arrow.get(0).get(0).doubleValue()) / (max - min);
    }

    @Test
    void the_step_has_the_analytic_slope_and_goes_downhill_to_w_old_minus_alpha_times_it() {
        BackpropTrace t = seed.trace();
        TangentChart.Step s = TangentChart.step(t, W2_1_0);
        assertEquals(t.backward().dW(1).getEntry(1, 0), s.slope());
        assertEquals(-0.0067974, s.wOld());
        assertEquals(-0.0067974 - 0.1 * s.slope(), s.wNew(), 1e-18);
        assertTrue(s.lossNew() < s.lossOld(), "a small step against the gradient lowers the loss");
        assertEquals(GradientCheck.numericDerivative(t.network(), t.batch(), W2_1_0), s.slope(), 1e-9);
    }

    @Test
    void the_tangent_is_the_line_through_w_old_with_the_analytic_slope() {
        BackpropTrace t = seed.trace();
        TangentChart.Step s = TangentChart.step(t, W2_1_0);
        ObjectNode o = TangentChart.option(t, W2_1_0);
        JsonNode tangent = o.at("/series/1/data");
        assertEquals(TangentChart.POINTS, tangent.size());
        for (JsonNode p : tangent) {
            double w = p.get(0).doubleValue();
            assertEquals(s.lossOld() + s.slope() * (w - s.wOld()), p.get(1).doubleValue(), 1e-15);
        }
        double[] curveAtOld = LossCurve.along(t.network(), t.batch(), W2_1_0, new double[] {s.wOld()});
        assertEquals(s.lossOld(), curveAtOld[0], 1e-15, "the curve passes through (w_old, L)");
    }

    @Test
    void at_the_default_alpha_and_at_any_other_the_step_spans_at_least_a_tenth_of_the_view() {
        for (double alpha : new double[] {0.001, 0.1, 5, 50}) {
            double share = stepShare(TangentChart.option(at(seed, alpha), W2_1_0));
            assertTrue(share >= 0.1, "α = " + alpha + ": the step spans " + share + " of the view");
        }
        double bias = stepShare(TangentChart.option(seed.trace(), ParameterRef.bias(0, 1)));
        assertTrue(bias >= 0.1, "db1[0,1] of 3e-7: " + bias);
        double seedShare = stepShare(TangentChart.option(seed.trace(), W2_1_0));
        // Five nearly equal steps along W2[1,0] with a margin of 15 % of their span either side: 1 / (5 · 1.3).
        assertEquals(1 / 6.5, seedShare, 1e-3, "the worked example's default");
    }

    @Test
    void the_next_steps_are_gradient_descent_along_this_one_weight() {
        BackpropTrace t = at(seed, 20);
        TangentChart.Step s = TangentChart.step(t, W2_1_0);
        double[] path = TangentChart.path(t, W2_1_0, s);
        assertTrue(path.length >= 3, path.length + " points");
        assertEquals(s.wOld(), path[0]);
        assertEquals(s.wNew(), path[1]);
        for (int k = 1; k + 1 < path.length; k++) {
            var moved = t.network().withParameter(W2_1_0, path[k]);
            double slope = GradientCheck.numericDerivative(moved, t.batch(), W2_1_0);
            assertEquals(path[k] - 20 * slope, path[k + 1], 1e-8, "step " + k);
        }
        double[] window = TangentChart.window(path);
        for (double w : path) {
            assertTrue(w > window[0] && w < window[1], "every step inside the view");
        }
    }

    @Test
    void a_zero_gradient_gets_a_view_around_w_and_no_further_steps() {
        Scenario dead = Gallery.byId("dead-relu").orElseThrow().scenario();
        ParameterRef w = ParameterRef.weight(0, 0, 0);
        BackpropTrace t = dead.trace();
        TangentChart.Step s = TangentChart.step(t, w);
        assertEquals(0.0, s.slope());
        assertArrayEquals(new double[] {s.wOld(), s.wOld()}, TangentChart.path(t, w, s));
        double[] window = TangentChart.window(TangentChart.path(t, w, s));
        assertTrue(window[0] < s.wOld() && s.wOld() < window[1]);
    }

    @Test
    void the_whole_valley_contains_the_zoomed_window_and_shades_it() {
        BackpropTrace t = seed.trace();
        ObjectNode zoom = TangentChart.option(t, W2_1_0);
        ObjectNode valley = TangentChart.valley(t, W2_1_0);
        double lo = zoom.at("/xAxis/min").doubleValue();
        double hi = zoom.at("/xAxis/max").doubleValue();
        assertTrue(valley.at("/xAxis/min").doubleValue() <= lo
                && valley.at("/xAxis/max").doubleValue() >= hi);
        JsonNode area = valley.at("/series/0/markArea/data/0");
        assertEquals(lo, area.get(0).get("xAxis").doubleValue());
        assertEquals(hi, area.get(1).get("xAxis").doubleValue());
        double reach = TangentChart.reach(t, W2_1_0, TangentChart.step(t, W2_1_0));
        assertTrue(hi - lo < reach, "the valley is wider than the zoom: " + (hi - lo) + " < " + reach);
    }

    @Test
    void the_valley_is_wide_enough_to_show_the_curve_leave_its_tangent() {
        BackpropTrace t = seed.trace();
        TangentChart.Step s = TangentChart.step(t, W2_1_0);
        double reach = TangentChart.reach(t, W2_1_0, s);
        assertTrue(reach >= 0.05, "reach " + reach);
        JsonNode curve = TangentChart.valley(t, W2_1_0).at("/series/0/data");
        int last = TangentChart.POINTS - 1;
        assertEquals(s.wOld() - reach, curve.get(0).get(0).doubleValue(), 1e-15);
        assertEquals(s.wOld() + reach, curve.get(last).get(0).doubleValue(), 1e-15);
        double[] ends =
                LossCurve.along(t.network(), t.batch(), W2_1_0, new double[] {s.wOld() - reach, s.wOld() + reach});
        assertEquals(ends[0], curve.get(0).get(1).doubleValue(), 1e-15, "the curve is L(w)");
        assertEquals(ends[1], curve.get(last).get(1).doubleValue(), 1e-15);
        double gap = Math.max(
                Math.abs(ends[0] - (s.lossOld() - s.slope() * reach)),
                Math.abs(ends[1] - (s.lossOld() + s.slope() * reach)));
        // The rule of reach(): the curve leaves its tangent by at least a fifth of the change drawn.
        assertTrue(gap >= 0.2 * (Math.abs(s.slope()) * reach + gap), "gap " + gap + " at reach " + reach);
    }

    @Test
    void the_page_s_picture_is_both_views_and_the_step_computed_once() {
        BackpropTrace t = at(seed, 5);
        TangentChart.Picture p = TangentChart.of(t, W2_1_0);
        assertEquals(TangentChart.step(t, W2_1_0), p.step());
        assertEquals(TangentChart.option(t, W2_1_0), p.zoomed());
        assertEquals(TangentChart.valley(t, W2_1_0), p.valley());
    }
}
