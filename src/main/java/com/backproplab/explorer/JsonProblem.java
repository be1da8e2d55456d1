package com.backproplab.explorer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What is wrong with a file that is not JSON, in plain words and with its place (line and column), for a
 * person rather than a parser: never the parser's own message, which names its classes and features.
 */
final class JsonProblem {

    private JsonProblem() {}

    static String describe(JacksonException e) {
        String what = e instanceof UnexpectedEndOfInputException
                ? "it ends before its last value is complete"
                : "it has something that is not JSON";
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "the file is not valid JSON: " + what + ".";
        }
        return "the file is not valid JSON: " + what + " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                + ".";
    }
}
