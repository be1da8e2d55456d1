package com.backproplab.scenario;

import java.util.regex.Pattern;

/**
 * Reads what a user typed into a cell as a finite double, or says in plain words why it is not one.
 * Accepts an optional sign (also the typographic minus −), digits with a decimal point, and an exponent.
 */
public final class CellParser {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private CellParser() {}

    /** The outcome: a value, or the reason there is none. */
    public sealed interface Result {
        /** A finite number. */
        record Value(double value) implements Result {}

        /** Not a finite number, with the reason. */
        record Invalid(String reason) implements Result {}
    }

    /** Parses {@code text}, ignoring surrounding blanks. */
    public static Result parse(String text) {
        String t = text == null ? "" : text.strip().replace('−', '-');
        if (t.isEmpty()) {
            return new Result.Invalid("empty: type a number");
        }
        if (DECIMAL_COMMA.matcher(t).matches()) {
            return new Result.Invalid("'" + Echo.of(text.strip()) + "' uses a comma: write the decimal point as '.'");
        }
        if (!NUMBER.matcher(t).matches()) {
            return new Result.Invalid("'" + Echo.of(text.strip()) + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (Double.isInfinite(v)) {
            return new Result.Invalid("'" + Echo.of(text.strip()) + "' is too large for a double (over 1.8e308)");
        }
        return new Result.Value(v);
    }
}
