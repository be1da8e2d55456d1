package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * New cells' values: a link carries only the seed, so the value of each cell must stay what it always was.
 * The rule is restated here as the contract: the cell's seed mixes the page seed with the hash of the table's
 * public name, the row and the column; X draws N(0, 1), every other table N(0, 0.1²).
 */
class FillRuleTest {

    private static double expected(long seed, String name, int r, int c, double scale) {
        long cellSeed = seed * 0x9E3779B97F4A7C15L + 31L * (31L * name.hashCode() + r) + c;
        return scale * new SplittableRandom(cellSeed).nextGaussian();
    }

    @Test
    void zeros_fills_zeros() {
        assertEquals(0.0, FillRule.ZEROS.value(42, TableId.weight(1), 3, 2));
    }

    @Test
    void random_values_follow_the_seed_the_table_and_the_cell() {
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(expected(42, "W2", r, c, 0.1), FillRule.RANDOM.value(42, TableId.weight(2), r, c));
                assertEquals(expected(-7, "X", r, c, 1.0), FillRule.RANDOM.value(-7, TableId.X, r, c));
                assertEquals(expected(0, "b1", r, c, 0.1), FillRule.RANDOM.value(0, TableId.bias(1), r, c));
            }
        }
        assertNotEquals(
                FillRule.RANDOM.value(42, TableId.weight(2), 0, 1), FillRule.RANDOM.value(42, TableId.weight(2), 1, 0));
        assertNotEquals(
                FillRule.RANDOM.value(42, TableId.weight(2), 0, 0), FillRule.RANDOM.value(43, TableId.weight(2), 0, 0));
    }
}
