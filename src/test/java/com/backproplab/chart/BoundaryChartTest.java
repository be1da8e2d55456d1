package com.backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Batch;
import com.backproplab.math.ForwardPass;
import com.backproplab.math.Matrices;
import com.backproplab.math.Training;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BoundaryChartTest {

    private final Scenario xor = Gallery.byId("xor").orElseThrow().scenario();

    @Test
    void it_applies_to_networks_with_two_inputs_only() {
        assertTrue(BoundaryChart.applies(xor.network()));
        assertFalse(BoundaryChart.applies(SeedExample.scenario().network()));
    }

    @Test
    void the_plane_is_a_grid_of_touching_cells_under_axes_of_the_same_extent_around_the_samples() {
        ObjectNode o = BoundaryChart.option(xor.network(), xor.batch());
        int g = BoundaryChart.GRID;
        assertEquals("heatmap", o.at("/series/0/type").stringValue());
        assertEquals(g * g, o.at("/series/0/data").size());
        assertEquals(g, o.at("/xAxis/0/data").size(), "one category per column: cells touch");
        assertEquals(g, o.at("/yAxis/0/data").size());
        // XOR's samples are 0 and 1 on both axes: a margin of 0.25 either side.
        assertEquals(-0.25, o.at("/xAxis/1/min").doubleValue(), 1e-12);
        assertEquals(1.25, o.at("/xAxis/1/max").doubleValue(), 1e-12);
        assertEquals(-0.25, o.at("/yAxis/1/min").doubleValue(), 1e-12);
        JsonNode samples = o.at("/series/2/data");
        assertEquals(4, samples.size());
        double[] e = BoundaryChart.extent(xor.batch().x());
        assertEquals(e[0] + 0.5 * (e[1] - e[0]) / g, BoundaryChart.centre(e[0], e[1], 0), 1e-15);
    }

    @Test
    void the_spirals_plane_covers_every_sample_with_a_margin() {
        Scenario spirals = Gallery.byId("spirals").orElseThrow().scenario();
        assertTrue(spirals.batch().size() >= 100, spirals.batch().size() + " samples");
        double[] e = BoundaryChart.extent(spirals.batch().x());
        for (int k = 0; k < spirals.batch().size(); k++) {
            double x0 = spirals.batch().x().getEntry(k, 0);
            double x1 = spirals.batch().x().getEntry(k, 1);
            assertTrue(x0 - e[0] >= 0.25 && e[1] - x0 >= 0.25 && x1 - e[2] >= 0.25 && e[3] - x1 >= 0.25);
        }
    }

    @Test
    void the_contour_lies_where_y_hat_is_one_half() {
        Training.Result trained = Training.run(xor.network(), xor.batch(), xor.learningRate(), 2000);
        ObjectNode o = BoundaryChart.option(trained.network(), xor.batch());
        assertEquals(
                "0.5",
                o.at("/visualMap/text/0").stringValue().replace("ŷ = 1", "0.5").substring(0, 3));
        JsonNode segments = o.at("/series/1/data");
        assertTrue(segments.size() > 10, segments.size() + " segments");
        for (JsonNode segment : segments) {
            JsonNode p = segment.get("coords").get(0);
            double[][] point = {{p.get(0).doubleValue(), p.get(1).doubleValue()}};
            double yHat = ForwardPass.of(trained.network(), new Batch(Matrices.wrap(point), Matrices.zeros(1, 1)))
                    .yHat()
                    .getEntry(0, 0);
            assertEquals(0.5, yHat, 0.03, "on the contour at " + p);
        }
    }

    @Test
    void softmax_cells_take_their_most_probable_class_and_a_band_of_its_probability() {
        Scenario two = ScenarioEditor.resized(SeedExample.scenario(), List.of(2, 4, 2), 2, FillRule.RANDOM, 7);
        ObjectNode o = BoundaryChart.option(two.network(), two.batch());
        assertEquals("piecewise", o.at("/visualMap/type").stringValue());
        assertEquals(6, o.at("/visualMap/pieces").size(), "2 classes × 3 bands");
        assertEquals("class 0, p ≥ 0.8", o.at("/visualMap/pieces/0/label").stringValue());
        for (JsonNode cell : o.at("/series/0/data")) {
            double v = cell.get(2).doubleValue();
            int c = (int) Math.floor(v);
            double band = (v - c) * 3;
            assertTrue(c == 0 || c == 1, "class " + c);
            assertEquals(Math.round(band), band, 1e-9, "a band 0, 1 or 2");
        }
    }
}
