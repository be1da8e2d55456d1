package com.backproplab.explorer;

/**
 * When a learner's answer counts as correct: it agrees with the true value to the digits the page shows.
 * With d the digits shown and e = floor(log10 |true|), the answer may miss by half a unit in the last shown
 * significant digit, 0.5·10^(e−d+1), or by 1e-3 relative, whichever is larger. A true value of exactly 0
 * shows as {@code 0} at any digits and has no last significant digit: only 0 is correct there.
 */
public final class Tolerance {

    /** The relative tolerance that keeps many digits from asking for more precision than a hand sum gives. */
    static final double RELATIVE = 1e-3;

    private Tolerance() {}

    /** The largest |typed − truth| that is still correct, with {@code digits} significant digits shown. */
    public static double of(double truth, int digits) {
        if (truth == 0) {
            return 0;
        }
        double magnitude = Math.abs(truth);
        int e = (int) Math.floor(Math.log10(magnitude));
        // log10 can land one below an exact power of ten's exponent; correct it from the value itself.
        if (Math.pow(10, e + 1) <= magnitude) {
            e++;
        }
        return Math.max(0.5 * Math.pow(10, e - digits + 1), RELATIVE * magnitude);
    }

    /** Whether {@code typed} is correct for {@code truth} with {@code digits} significant digits shown. */
    public static boolean accepts(double typed, double truth, int digits) {
        if (!Double.isFinite(typed) || !Double.isFinite(truth)) {
            return typed == truth;
        }
        // The slack only absorbs the rounding of the decimal edge itself (1.55 − 1.5 is 0.05000000000000004).
        return Math.abs(typed - truth) <= of(truth, digits) * (1 + 1e-9);
    }
}
