package com.backproplab.scenario;

import java.util.SplittableRandom;

/**
 * How new cells are filled when a matrix grows: zeros, or small random values that depend only on the
 * seed, the matrix and the cell, so the same seed always gives the same network.
 */
public enum FillRule {
    /** Every new cell is 0. */
    ZEROS("zeros"),
    /** Inputs ~ N(0, 1); weights and biases ~ N(0, 0.1²); drawn per cell from the seed. */
    RANDOM("random");

    private final String id;

    FillRule(String id) {
        this.id = id;
    }

    /** The name used in links. */
    public String id() {
        return id;
    }

    /** The value of a new cell (r, c) of {@code matrix}. */
    public double value(long seed, TableId matrix, int r, int c) {
        if (this == ZEROS) {
            return 0.0;
        }
        // The hash of the public name, so that a seed gives the same values as it always did.
        long cellSeed = seed * 0x9E3779B97F4A7C15L + 31L * (31L * matrix.name().hashCode() + r) + c;
        double scale = matrix.equals(TableId.X) ? 1.0 : 0.1;
        return scale * new SplittableRandom(cellSeed).nextGaussian();
    }
}
