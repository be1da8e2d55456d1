package com.backproplab.explorer.ui;

/** Text a visitor chose (a file name), cut to a short prefix and with control and direction characters removed. */
final class Abbreviated {

    private Abbreviated() {}

    static String of(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .limit(60)
                .forEach(out::appendCodePoint);
        return out.length() < s.length() && s.codePointCount(0, s.length()) > 60 ? out + "…" : out.toString();
    }
}
