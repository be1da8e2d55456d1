package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.TableId;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class MatrixViewTest {

    private static RealMatrix filled(int rows, int cols) {
        RealMatrix m = MatrixUtils.createRealMatrix(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.setEntry(r, c, r + c / 8.0);
            }
        }
        return m;
    }

    /** What the element's {@code matrix} property holds, as the page receives it. */
    private static JsonNode sent(MatrixView v) {
        return new ObjectMapper()
                .readTree(v.getElement().getPropertyRaw("matrix").toString());
    }

    @Test
    void a_table_of_2500_cells_is_sent_with_every_value_wherever_it_is() {
        MatrixView v = new MatrixView(TableId.weight(2), "W2");
        v.setMatrix(filled(50, 50), false);
        JsonNode data = sent(v);
        assertFalse(data.has("deferred"));
        String[] values = data.get("packed").asString().split(" ");
        assertEquals(2500, values.length);
        assertEquals(Double.toString(49 + 49 / 8.0), values[2499]);
    }

    @Test
    void a_larger_table_gets_its_values_only_while_the_page_says_it_is_near_the_window() {
        MatrixView v = new MatrixView(TableId.weight(2), "W2");
        v.setMatrix(filled(64, 64), false);
        JsonNode away = sent(v);
        assertTrue(away.get("deferred").asBoolean());
        assertFalse(away.has("packed"));
        assertEquals(64, away.get("rows").asInt());
        assertEquals(64, away.get("cols").asInt());

        v.nearWindow(true);
        JsonNode near = sent(v);
        assertFalse(near.has("deferred"));
        String[] values = near.get("packed").asString().split(" ");
        assertEquals(64 * 64, values.length);
        assertEquals("0.125", values[1]);

        v.setMatrix(filled(64, 64).scalarMultiply(2), false);
        assertEquals("0.25", sent(v).get("packed").asString().split(" ")[1]);

        v.nearWindow(false);
        assertTrue(sent(v).get("deferred").asBoolean(), "the values leave the session when the table leaves");
    }

    @Test
    void a_table_past_the_page_s_limit_is_windowed_and_says_so_and_comes_back_whole_when_the_limit_rises() {
        MatrixView v = new MatrixView(TableId.weight(2), "W2");
        v.setMatrix(filled(16, 16), false);
        assertFalse(sent(v).get("windowed").asBoolean());
        assertFalse(v.getElement().hasAttribute("data-windowed"));

        v.drawWholeUpTo(64);
        JsonNode windowed = sent(v);
        assertTrue(windowed.get("windowed").asBoolean());
        assertTrue(windowed.get("deferred").asBoolean(), "away from the window: no values");
        assertTrue(v.getElement().hasAttribute("data-windowed"));

        v.drawWholeUpTo(256);
        JsonNode whole = sent(v);
        assertFalse(whole.get("windowed").asBoolean());
        assertEquals(256, whole.get("packed").asString().split(" ").length);
        assertFalse(v.getElement().hasAttribute("data-windowed"));
    }
}
