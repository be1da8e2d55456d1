package com.backproplab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * Comparisons to a relative tolerance, with an absolute floor for values that should be 0: |a − e| ≤
 * tol·max(|e|, |a|) + tol·{@link #FLOOR_SCALE}. A tolerance of 0 compares bits (and −0 equals 0).
 */
public final class Close {

    /**
     * Magnitudes below this count as "should be 0" for the floor: the golden values of interest are 1e−3 and
     * more, and a cancelled sum ends near 1e−18 (see {@link Tolerances#GOLDEN_ZERO}).
     */
    public static final double FLOOR_SCALE = 1e-3;

    private Close() {}

    /** Whether {@code actual} is within {@code tol} of {@code expected}, as the class comment says. */
    public static boolean isClose(double expected, double actual, double tol) {
        if (expected == actual) {
            return true;
        }
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        return Math.abs(expected - actual) <= tol * scale + tol * FLOOR_SCALE;
    }

    /** Fails unless {@link #isClose}; NaN is close to nothing. */
    public static void assertClose(double expected, double actual, double tol, String what) {
        if (!isClose(expected, actual, tol)) {
            fail(what + ": expected " + expected + " but was " + actual + " (tolerance " + tol + ")");
        }
    }

    /** Every element of {@code actual} is close to {@code expected}, and the shapes agree. */
    public static void assertClose(double[][] expected, RealMatrix actual, double tol, String what) {
        assertEquals(expected.length, actual.getRowDimension(), what + " rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual.getColumnDimension(), what + " columns");
            for (int j = 0; j < expected[i].length; j++) {
                assertClose(expected[i][j], actual.getEntry(i, j), tol, what + "[" + i + "][" + j + "]");
            }
        }
    }
}
