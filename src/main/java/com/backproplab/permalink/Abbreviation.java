package com.backproplab.permalink;

import com.backproplab.scenario.Echo;

/** Echoed input cut to a short prefix with its invisible characters escaped (see {@link Echo}). */
final class Abbreviation {

    private Abbreviation() {}

    static String of(String s) {
        return Echo.of(s);
    }
}
