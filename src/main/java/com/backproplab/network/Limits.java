package com.backproplab.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The documented limits of one computation, set by {@code backprop.limits.*}: hidden layers, units of any
 * layer, samples, training steps, and the training work steps·m·(number of weights) that one request may ask.
 */
@ConfigurationProperties(prefix = "backprop.limits")
public record Limits(
        @DefaultValue("6") int maxHiddenLayers,
        @DefaultValue("64") int maxUnits,
        @DefaultValue("10000") int maxSamples,
        @DefaultValue("100000") int maxSteps,
        @DefaultValue("5000000000") long maxTrainingWork) {

    /** Multiply-adds a finite-difference check may cost before it is skipped (a few tens of milliseconds). */
    public static final double GRADIENT_CHECK_WORK = 5e7;

    /** The defaults, for code that runs without Spring. */
    public static final Limits DEFAULT = new Limits(6, 64, 10_000, 100_000, 5_000_000_000L);
}
