package com.backproplab.scenario;

/** Input that cannot be computed: {@link #field()} names the field or cell, the message says what is wrong. */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field or cell, e.g. {@code x[1][2]} or {@code weights[1]}. */
    public String field() {
        return field;
    }
}
