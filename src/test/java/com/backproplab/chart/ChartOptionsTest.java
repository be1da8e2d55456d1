package com.backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.LossCurve;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.SeedExample;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChartOptionsTest {

    private final BackpropTrace seed = SeedExample.scenario().trace();

    @Test
    void the_tangent_touches_the_curve_at_w_old_with_the_analytic_slope_and_the_step_goes_downhill() {
        ParameterRef w = ParameterRef.weight(1, 1, 0);
        TangentChart.Step s = TangentChart.step(seed, w);
        assertEquals(seed.backward().dW(1).getEntry(1, 0), s.slope());
        assertEquals(-0.0067974, s.wOld());
        assertEquals(-0.0067974 - 0.1 * s.slope(), s.wNew(), 1e-18);
        assertTrue(s.lossNew() < s.lossOld(), "a small step against the gradient lowers the loss");
        double numeric = GradientCheck.numericDerivative(seed.network(), seed.batch(), w);
        assertEquals(numeric, s.slope(), 1e-9);
        ObjectNode o = TangentChart.option(seed, w);
        JsonNode curve = o.at("/series/0/data");
        JsonNode tangent = o.at("/series/1/data");
        assertEquals(TangentChart.POINTS, curve.size());
        int mid = TangentChart.POINTS / 2;
        assertEquals(s.wOld(), curve.get(mid).get(0).doubleValue(), 1e-15);
        assertEquals(
                curve.get(mid).get(1).doubleValue(), tangent.get(mid).get(1).doubleValue(), 1e-15);
        assertEquals(
                "saveAsImage",
                o.at("/toolbox/feature").propertyNames().iterator().next());
    }

    @Test
    void the_range_is_wide_enough_to_show_the_curve_leave_its_tangent() {
        ParameterRef w = ParameterRef.weight(1, 1, 0);
        TangentChart.Step s = TangentChart.step(seed, w);
        double reach = TangentChart.reach(seed, w, s);
        assertTrue(reach >= 0.05, "reach " + reach);
        ObjectNode o = TangentChart.option(seed, w);
        JsonNode curve = o.at("/series/0/data");
        JsonNode tangent = o.at("/series/1/data");
        int last = TangentChart.POINTS - 1;
        assertEquals(s.wOld() - reach, curve.get(0).get(0).doubleValue(), 1e-15);
        assertEquals(s.wOld() + reach, curve.get(last).get(0).doubleValue(), 1e-15);
        double[] ends =
                LossCurve.along(seed.network(), seed.batch(), w, new double[] {s.wOld() - reach, s.wOld() + reach});
        assertEquals(ends[0], curve.get(0).get(1).doubleValue(), 1e-15, "the curve is L(w)");
        assertEquals(ends[1], curve.get(last).get(1).doubleValue(), 1e-15);
        assertEquals(s.lossOld() - s.slope() * reach, tangent.get(0).get(1).doubleValue(), 1e-15, "the tangent line");
        assertEquals(s.lossOld() + s.slope() * reach, tangent.get(last).get(1).doubleValue(), 1e-15);
        double gap = Math.max(
                Math.abs(curve.get(0).get(1).doubleValue()
                        - tangent.get(0).get(1).doubleValue()),
                Math.abs(curve.get(last).get(1).doubleValue()
                        - tangent.get(last).get(1).doubleValue()));
        // The rule of reach(): the curve leaves its tangent by at least a fifth of the change drawn.
        assertTrue(gap >= 0.2 * (Math.abs(s.slope()) * reach + gap), "gap " + gap + " at reach " + reach);
    }

    @Test
    void the_loss_chart_keeps_at_most_two_thousand_points_and_always_the_last_step() {
        double[] history = new double[100_001];
        for (int i = 0; i < history.length; i++) {
            history[i] = 1.0 / (1 + i);
        }
        ObjectNode o = LossChart.option(history, true);
        JsonNode data = o.at("/series/0/data");
        assertTrue(data.size() <= LossChart.MAX_POINTS, data.size() + " points");
        assertEquals(100_000, data.get(data.size() - 1).get(0).intValue());
        assertEquals("log", o.at("/yAxis/type").stringValue());
    }

    @Test
    void the_boundary_applies_to_two_inputs_only_and_covers_its_grid() {
        var xor = Gallery.byId("xor").orElseThrow().scenario();
        assertTrue(BoundaryChart.applies(xor.network()));
        assertEquals(false, BoundaryChart.applies(seed.network()));
        ObjectNode o = BoundaryChart.option(xor.network(), xor.batch());
        assertEquals(
                BoundaryChart.GRID * BoundaryChart.GRID, o.at("/series/0/data").size());
        assertEquals(4, o.at("/series/1/data").size());
    }
}
