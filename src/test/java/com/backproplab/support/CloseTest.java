package com.backproplab.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The comparison itself: relative where values are large, the absolute floor near 0, bits at 0. */
class CloseTest {

    @Test
    void relative_for_values_of_order_one_and_more() {
        assertTrue(Close.isClose(1000, 1000 * (1 + 0.9e-12), 1e-12));
        assertFalse(Close.isClose(1000, 1000 * (1 + 2e-12), 1e-12));
    }

    @Test
    void an_absolute_floor_for_values_that_should_be_0() {
        assertTrue(Close.isClose(0, 2e-18, Tolerances.GOLDEN), "a cancelled sum is 0");
        assertTrue(Close.isClose(1e-18, -1e-18, Tolerances.GOLDEN));
        assertFalse(Close.isClose(0, 2e-15, Tolerances.GOLDEN), "but 2e-15 is not");
        assertFalse(Close.isClose(3.7e-6, 3.7e-6 + 1e-14, Tolerances.GOLDEN));
    }

    @Test
    void a_tolerance_of_0_compares_bits_and_nan_is_close_to_nothing() {
        assertTrue(Close.isClose(0.1, 0.1, Tolerances.BITWISE));
        assertTrue(Close.isClose(0.0, -0.0, Tolerances.BITWISE));
        assertFalse(Close.isClose(0.1, Math.nextUp(0.1), Tolerances.BITWISE));
        assertFalse(Close.isClose(0, 1e-300, Tolerances.BITWISE));
        assertFalse(Close.isClose(Double.NaN, Double.NaN, 1));
        assertFalse(Close.isClose(1, Double.NaN, 1));
    }

    @Test
    void a_failure_names_what_was_compared_and_both_values() {
        AssertionFailedError e =
                assertThrows(AssertionFailedError.class, () -> Close.assertClose(1, 2, Tolerances.GOLDEN, "dW1[0][0]"));
        assertTrue(e.getMessage().startsWith("dW1[0][0]: expected 1.0 but was 2.0"), e.getMessage());
    }
}
