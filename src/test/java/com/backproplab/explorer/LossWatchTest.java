package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossWatchTest {

    @Test
    void a_falling_loss_is_not_worth_a_word() {
        LossWatch w = LossWatch.of(new double[] {1, 0.5, 0.25}, 0.1);
        assertEquals(2, w.steps());
        assertEquals(1.0, w.first());
        assertEquals(0.25, w.last());
        assertEquals(0, w.rises());
        assertFalse(w.worthSaying());
    }

    @Test
    void a_rise_beyond_rounding_is_counted_from_its_first_step() {
        LossWatch w = LossWatch.of(new double[] {1, 0.5, 0.75, 0.6, 0.9}, 3);
        assertEquals(2, w.rises());
        assertEquals(2, w.firstRise());
        assertEquals(0.5, w.riseFrom());
        assertEquals(0.75, w.riseTo());
        assertEquals(0, w.notFinite());
        assertTrue(w.worthSaying());
    }

    @Test
    void a_rise_within_rounding_of_the_loss_is_no_rise() {
        double loss = 0.5;
        assertEquals(
                0, LossWatch.of(new double[] {loss, loss + 0.4e-12 * loss}, 0.1).rises());
        assertEquals(
                1, LossWatch.of(new double[] {loss, loss + 2e-12 * loss}, 0.1).rises());
        assertEquals(0, LossWatch.of(new double[] {loss, loss}, 0.1).rises());
        assertEquals(1, LossWatch.of(new double[] {0, 1e-300}, 0.1).rises(), "from 0 any rise counts");
    }

    @Test
    void a_loss_that_stops_being_finite_is_named_with_its_step() {
        LossWatch w = LossWatch.of(new double[] {1, 2, Double.POSITIVE_INFINITY, Double.NaN}, 10);
        assertEquals(2, w.notFinite());
        assertEquals(2.0, w.beforeNotFinite());
        assertEquals(Double.POSITIVE_INFINITY, w.notFiniteValue());
        assertEquals(2, w.rises(), "1 → 2 and 2 → ∞");
        assertTrue(w.worthSaying());
        LossWatch nan = LossWatch.of(new double[] {1, Double.NaN}, 10);
        assertEquals(1, nan.notFinite());
        assertEquals(0, nan.rises());
        assertTrue(nan.worthSaying(), "NaN alone is worth a word");
    }

    @Test
    void no_history_has_no_first_or_last_loss() {
        LossWatch w = LossWatch.of(new double[0], 0.1);
        assertTrue(Double.isNaN(w.first()));
        assertTrue(Double.isNaN(w.riseFrom()));
    }

    @Test
    void a_rise_of_exactly_the_rounding_allowance_is_no_rise() {
        // 1e−12 · 1e12 is exactly 1, and 1e12 + 1 is exact: a rise of exactly 1e−12 of the loss.
        assertEquals(0, LossWatch.of(new double[] {1e12, 1e12 + 1}, 0.1).rises());
        assertEquals(1, LossWatch.of(new double[] {1e12, 1e12 + 2}, 0.1).rises());
    }
}
