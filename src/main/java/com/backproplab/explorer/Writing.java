package com.backproplab.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** How explanations write numbers: to the digits shown, negative numbers in parentheses after × and +. */
record Writing(int digits) {

    private static final int MAX_TERMS = 6;

    String n(double v) {
        return Numbers.format(v, digits);
    }

    /** A number in parentheses when negative, as it stands after × or +. */
    String p(double v) {
        String s = n(v);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }

    /** The first few terms of a sum, then how many more there are. */
    String sum(int count, IntFunction<String> term) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_TERMS); i++) {
            out.add(term.apply(i));
        }
        if (count > MAX_TERMS) {
            out.add("… (" + (count - MAX_TERMS) + " more)");
        }
        return String.join(" + ", out);
    }

    /** {@code [r,c]}. */
    static String at(int r, int c) {
        return "[" + r + "," + c + "]";
    }
}
