package com.backproplab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.SeedExample;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ChartOptionsTest {

    private final BackpropTrace seed = SeedExample.scenario().trace();

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
}
