package com.backproplab.math;

/** A network definition that cannot be computed, with a message that says why. */
public class InvalidNetworkException extends IllegalArgumentException {
    public InvalidNetworkException(String message) {
        super(message);
    }
}
