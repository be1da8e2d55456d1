package com.backproplab.math;

/** A matrix did not have the shape an operation needs; the message names both shapes. */
public class ShapeException extends IllegalArgumentException {
    public ShapeException(String message) {
        super(message);
    }
}
