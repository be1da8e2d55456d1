package com.backproplab.explorer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the page writes numbers: to a number of significant digits, scientific when very small or large,
 * with a typographic minus; the same rules as the page's script ({@code bpl-format.ts}).
 */
public final class Numbers {

    private Numbers() {}

    /** {@code value} to {@code digits} significant digits; ±∞ and NaN as symbols. */
    public static String format(double value, int digits) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        // The exact binary value rounded half away from zero, as JavaScript's toPrecision and toExponential do
        // (String.format would round the shortest decimal instead, and differ on near-ties).
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_UP));
        String text = magnitude >= 1e-4 && magnitude < 1e6
                ? rounded.stripTrailingZeros().toPlainString()
                : scientific(rounded.stripTrailingZeros());
        return text.replace('-', '−');
    }

    /** {@code d.ddde±x}: the digits of {@code v} (no trailing zeros) with one before the point. */
    private static String scientific(BigDecimal v) {
        String digits = v.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - v.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (v.signum() < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }
}
