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

    @Test
    void with_mini_batches_the_loss_chart_draws_each_steps_batch_loss_and_the_full_batch_loss_per_epoch() {
        double[] history = {0.9, 0.5, 0.8, 0.4, 0.7, 0.6};
        ObjectNode o = LossChart.option(history, new int[] {0, 2, 4}, new double[] {0.85, 0.65, 0.62}, false);
        assertEquals(LossChart.BATCH_LOSS, o.at("/series/0/name").stringValue());
        assertEquals(
                "[[0.0,0.9],[1.0,0.5],[2.0,0.8],[3.0,0.4],[4.0,0.7]]",
                o.at("/series/0/data").toString());
        assertEquals(LossChart.EPOCH_LOSS, o.at("/series/1/name").stringValue());
        assertEquals(
                "[[0.0,0.85],[2.0,0.65],[4.0,0.62],[5.0,0.6]]",
                o.at("/series/1/data").toString(),
                "the epochs' starts, then the whole batch's loss after the last step");
        assertTrue(o.at("/series/1/showSymbol").booleanValue());
        assertEquals(1, LossChart.option(history, false).at("/series").size(), "full-batch steps: one series");
    }
}
