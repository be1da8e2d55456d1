package com.backproplab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.apache.commons.math3.linear.RealMatrix;

/** Comparisons to a relative tolerance, with an absolute floor for values that should be 0. */
public final class Close {

    /** The agreement the product promises with PyTorch. */
    public static final double PYTORCH_TOLERANCE = 1e-12;

    private Close() {}

    /** |a − e| ≤ tol·max(|e|, 1e-300) or both are (signed) zero; tol is relative. */
    public static void assertClose(double expected, double actual, double tol, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        if (expected == actual || Math.abs(expected - actual) <= tol * scale) {
            return;
        }
        fail(what + ": expected " + expected + " but was " + actual);
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
