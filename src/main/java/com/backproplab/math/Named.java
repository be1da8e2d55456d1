package com.backproplab.math;

/** A choice with the name the API and links use for it, e.g. {@code leaky_relu}. */
public interface Named {
    String id();
}
