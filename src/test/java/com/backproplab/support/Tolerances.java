package com.backproplab.support;

/**
 * The tolerances of the tests, one per kind of comparison, each with the reason for its value. A test that
 * needs another kind says why beside it.
 */
public final class Tolerances {

    /**
     * Two routes that do the same floating-point operations in the same order: the fast trainer and the
     * readable trace, the parallel and the serial rows of a product, a number written into a link and read
     * back. They must agree bit for bit, so any difference is a bug.
     */
    public static final double BITWISE = 0.0;

    /**
     * Relative, against an independent float64 engine (the PyTorch golden file, the exported NumPy script):
     * the same sums in another order differ by a few ulps per term, about 1e−14 for layers of up to 64
     * units; 1e−12 is the agreement the product promises.
     */
    public static final double GOLDEN = 1e-12;

    /**
     * The absolute floor under {@link #GOLDEN}, for values that should be 0: a sum that cancels (db1 of the
     * spirals, by symmetry) ends at about ε times its terms, which are of order 1e−2 to 1 in the gallery, so
     * at 1e−18 in the engine and 2e−18 in NumPy. It is {@link #GOLDEN} times {@link Close#FLOOR_SCALE}.
     */
    public static final double GOLDEN_ZERO = GOLDEN * Close.FLOOR_SCALE;

    /**
     * Relative, of a finite difference against the analytic gradient, away from kinks: the fourth-order
     * stencil with h = 1e−3 has a truncation error of about h⁴·f⁽⁵⁾/30 ≈ 3e−14·f⁽⁵⁾ and a rounding error of
     * about ε·|L|/h ≈ 2e−13, both relative to gradients of 1e−3 and more; 1e−6 leaves room for the larger
     * curvature of random networks and still catches a derivative that is off by 1e−5 (the "fine" verdict).
     */
    public static final double FINITE_DIFFERENCE = 1e-6;

    /**
     * Absolute, for a hand-derived case: its numbers are chosen so that every product and sum is exact in
     * binary, or one rounding from it for log 2 and similar, so the engine must hit them to a few ulps of
     * numbers of order 1.
     */
    public static final double HAND_DERIVED = 1e-15;

    private Tolerances() {}
}
