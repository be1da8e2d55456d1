package com.backproplab.explorer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

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
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        String text = magnitude >= 1e-4 && magnitude < 1e6
                ? rounded.stripTrailingZeros().toPlainString()
                : String.format(Locale.ROOT, "%." + (digits - 1) + "e", value)
                        .replaceFirst("\\.?0+e", "e")
                        .replaceFirst("e([+-])0*(\\d)", "e$1$2");
        return text.replace('-', '−');
    }
}
