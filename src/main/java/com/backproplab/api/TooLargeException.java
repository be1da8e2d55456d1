package com.backproplab.api;

/** A request over a budget of what it may cost: HTTP 413, naming the field and the limit. */
class TooLargeException extends RuntimeException {

    private final String field;

    TooLargeException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    String field() {
        return field;
    }
}
