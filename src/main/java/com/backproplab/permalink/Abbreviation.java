package com.backproplab.permalink;

/** Echoed input cut to a short prefix, so that a hostile link cannot fill a message. */
final class Abbreviation {

    private Abbreviation() {}

    static String of(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
