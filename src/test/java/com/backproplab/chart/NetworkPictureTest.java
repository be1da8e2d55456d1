package com.backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class NetworkPictureTest {

    private final BackpropTrace seed = SeedExample.scenario().trace();

    @Test
    void each_weight_is_an_edge_and_each_bias_the_fill_of_its_unit() {
        ObjectNode p = NetworkPicture.of(seed, false, null);
        assertEquals(3, p.at("/layers").size());
        assertEquals(
                List.of(3, 4, 2),
                List.of(
                        p.at("/layers/0/size").intValue(),
                        p.at("/layers/1/size").intValue(),
                        p.at("/layers/2/size").intValue()));
        assertEquals("b1", p.at("/layers/1/cell").stringValue());
        assertEquals(12, p.at("/edges/0/shown").size(), "every weight of W1");
        assertEquals("W2", p.at("/edges/1/table").stringValue());
        for (JsonNode e : p.at("/edges/0/shown")) {
            double w = seed.network()
                    .weight(0)
                    .getEntry(e.get(0).intValue(), e.get(1).intValue());
            assertEquals((float) w, e.get(2).floatValue());
        }
        assertEquals(
                (float) seed.network().bias(1).getEntry(0, 1),
                p.at("/layers/2/bias/1").floatValue());
    }

    @Test
    void the_gradient_view_shows_dW_and_db() {
        ObjectNode p = NetworkPicture.of(seed, true, null);
        assertEquals("dW1", p.at("/edges/0/table").stringValue());
        assertEquals("db2", p.at("/layers/2/cell").stringValue());
        JsonNode e = p.at("/edges/1/shown/2");
        double g = seed.backward().dW(1).getEntry(e.get(0).intValue(), e.get(1).intValue());
        assertEquals((float) g, e.get(2).floatValue());
    }

    @Test
    void the_selected_cell_marks_its_edge_or_its_unit() {
        assertEquals(
                "[2,1,0]",
                NetworkPicture.of(seed, false, CellRef.of("W2", 1, 0))
                        .get("edge")
                        .toString());
        assertEquals(
                "[1,0,3]",
                NetworkPicture.of(seed, false, CellRef.of("dW1", 0, 3))
                        .get("edge")
                        .toString());
        assertEquals(
                "[1,3]",
                NetworkPicture.of(seed, false, CellRef.of("Z1", 1, 3))
                        .get("unit")
                        .toString());
        assertEquals(
                "[1,2]",
                NetworkPicture.of(seed, false, CellRef.of("b1", 0, 2))
                        .get("unit")
                        .toString());
        assertEquals(
                "[0,1]",
                NetworkPicture.of(seed, false, CellRef.of("X", 0, 1))
                        .get("unit")
                        .toString());
        assertEquals(
                "[2,1]",
                NetworkPicture.of(seed, false, CellRef.of("Y", 1, 1))
                        .get("unit")
                        .toString());
        ObjectNode loss = NetworkPicture.of(seed, false, CellRef.of("loss", 0, 0));
        assertFalse(loss.has("edge") || loss.has("unit"), "the loss belongs to no unit");
    }

    @Test
    void a_layer_pair_of_64_by_64_shows_its_512_largest_weights() {
        var wide = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 64, 64, 2), 2, FillRule.RANDOM, 3);
        BackpropTrace t = wide.trace();
        ObjectNode p = NetworkPicture.of(t, false, null);
        JsonNode middle = p.at("/edges/1");
        assertEquals(4096, middle.get("total").intValue());
        assertEquals(NetworkPicture.MOST_EDGES, middle.get("shown").size());
        double smallestShown = Double.POSITIVE_INFINITY;
        for (JsonNode e : middle.get("shown")) {
            smallestShown = Math.min(smallestShown, Math.abs(e.get(2).doubleValue()));
        }
        int larger = 0;
        for (double[] row : t.network().weight(1).getData()) {
            for (double w : row) {
                larger += Math.abs((float) w) > smallestShown ? 1 : 0;
            }
        }
        assertTrue(larger <= NetworkPicture.MOST_EDGES, "no weight left out is larger than one shown: " + larger);
    }

    @Test
    void the_largest_weights_come_largest_first_with_ties_in_row_order_and_nan_last() {
        Random random = new Random(14);
        for (int trial = 0; trial < 200; trial++) {
            int rows = 1 + random.nextInt(70);
            int cols = 1 + random.nextInt(70);
            RealMatrix w = MatrixUtils.createRealMatrix(rows, cols);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    // Few distinct values, so that many tie at the cut; now and then a NaN or ±0.
                    int kind = random.nextInt(40);
                    w.setEntry(i, j, kind == 0 ? Double.NaN : kind == 1 ? -0.0 : (random.nextInt(9) - 4) * 0.25);
                }
            }
            List<int[]> expected = allSortedByMagnitude(w);
            List<int[]> actual = NetworkPicture.largest(w);
            assertEquals(Math.min(rows * cols, NetworkPicture.MOST_EDGES), actual.size());
            for (int k = 0; k < actual.size(); k++) {
                assertEquals(
                        List.of(expected.get(k)[0], expected.get(k)[1]), List.of(actual.get(k)[0], actual.get(k)[1]));
            }
        }
    }

    /** Every entry, by |w| from the largest (a stable sort: ties in row order; NaN after every number). */
    private static List<int[]> allSortedByMagnitude(RealMatrix w) {
        List<int[]> all = new ArrayList<>();
        for (int i = 0; i < w.getRowDimension(); i++) {
            for (int j = 0; j < w.getColumnDimension(); j++) {
                all.add(new int[] {i, j});
            }
        }
        if (all.size() <= NetworkPicture.MOST_EDGES) {
            return all;
        }
        all.sort(Comparator.comparingDouble((int[] e) -> -Math.abs(w.getEntry(e[0], e[1]))));
        return all;
    }
}
