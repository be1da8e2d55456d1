package com.backproplab.network.ui;

import java.math.BigDecimal;
import java.math.MathContext;

/** How the page writes numbers: to a number of significant digits, scientific when very small or large. */
final class Numbers {

    private Numbers() {}

    /** {@code value} to {@code digits} significant digits; ±∞ and NaN as symbols. */
    static String format(double value, int digits) {
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
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        String text = magnitude >= 1e-4 && magnitude < 1e6
                ? rounded.stripTrailingZeros().toPlainString()
                : String.format("%." + (digits - 1) + "e", value).replaceFirst("\\.?0+e", "e");
        return text.replace('-', '−');
    }
}
