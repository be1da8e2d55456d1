package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tolerance rule at its edges: half a unit in the last shown digit, or 1e-3 relative, whichever is larger. */
class ToleranceTest {

    /** A step well inside the rounding slack of the rule and well outside the slack of the decimals. */
    private static final double NUDGE = 1e-6;

    @ParameterizedTest(name = "{0} with {1} digits: tolerance {2}")
    @CsvSource({
        // d = 2: the last shown digit rules (0.05 > 1e-3·2.5)
        "2.5, 2, 0.05",
        "0.25019, 2, 0.005",
        "-0.012983, 2, 0.0005",
        // d = 3: 0.5·10^(0−3+1) = 0.005 against 1e-3·9.9 = 0.0099: the relative part rules
        "9.9, 3, 0.0099",
        // d = 5: the relative part always rules
        "-0.25019, 5, 0.00025019",
        "1234.5, 5, 1.2345",
        // an exact power of ten: e = 1 for 10, not 0
        "10, 2, 0.5",
        "0.001, 2, 0.00005",
    })
    void the_tolerance_is_the_larger_of_half_a_last_digit_and_a_thousandth(double truth, int digits, double expected) {
        assertEquals(expected, Tolerance.of(truth, digits), expected * 1e-12);
    }

    @ParameterizedTest(name = "{0} with {1} digits")
    @CsvSource({"2.5, 2", "0.25019, 2", "-0.012983, 2", "9.9, 3", "-0.25019, 5", "1234.5, 5", "10, 2", "1e-18, 5"})
    void an_answer_exactly_at_the_edge_is_correct_and_just_past_it_is_wrong(double truth, int digits) {
        double tol = Tolerance.of(truth, digits);
        for (double side : new double[] {-1, 1}) {
            assertTrue(Tolerance.accepts(truth + side * tol, truth, digits), "at the edge");
            assertTrue(Tolerance.accepts(truth + side * tol * (1 - NUDGE), truth, digits), "inside");
            assertFalse(Tolerance.accepts(truth + side * tol * (1 + NUDGE), truth, digits), "past the edge");
        }
    }

    @Test
    void five_significant_digits_of_the_worked_examples_dW2_are_correct() {
        // dW2[1,0] of the worked example is −0.012983… (golden file); typed as the page shows it.
        assertTrue(Tolerance.accepts(-0.012983, -0.0129834, 5));
        assertFalse(Tolerance.accepts(-0.013, -0.0129834, 5), "three digits are off by 1.3e-3 relative");
        assertTrue(Tolerance.accepts(-0.013, -0.0129834, 2), "but right to the two digits shown");
    }

    @Test
    void a_true_value_of_exactly_zero_takes_only_zero() {
        assertEquals(0, Tolerance.of(0, 5));
        assertTrue(Tolerance.accepts(0, 0, 5));
        assertTrue(Tolerance.accepts(-0.0, 0, 2));
        assertFalse(Tolerance.accepts(1e-300, 0, 2));
        assertFalse(Tolerance.accepts(0, 1e-18, 5), "a tiny true value is no zero");
    }

    @Test
    void values_that_are_not_finite_are_correct_only_when_equal() {
        assertFalse(Tolerance.accepts(Double.NaN, 1, 5));
        assertFalse(Tolerance.accepts(1, Double.NaN, 5));
        assertTrue(Tolerance.accepts(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 5));
    }

    @Test
    void a_subnormal_power_of_ten_whose_log10_lands_one_below_keeps_its_own_exponent() {
        // log10 of this 1e−320 is −320.000004834948, so the floor says −321; the correction makes it −320.
        double truth = Math.pow(10, -320);
        assertEquals(0.5 * Math.pow(10, -320), Tolerance.of(truth, 1));
        assertEquals(0.5 * Math.pow(10, -320), Tolerance.of(-truth, 1));
    }
}
