package com.backproplab.math;

import org.apache.commons.math3.linear.RealMatrix;

/** The m samples: inputs X (m×n) and labels Y (m×C), one sample per row. */
public record Batch(RealMatrix x, RealMatrix y) {

    public Batch {
        if (x.getRowDimension() != y.getRowDimension()) {
            throw new ShapeException("y: expected " + x.getRowDimension() + " rows like x (" + Matrices.shape(x)
                    + "), got " + Matrices.shape(y));
        }
    }

    /** The number m of samples. */
    public int size() {
        return x.getRowDimension();
    }

    /** Fails unless X has the network's inputs and Y its outputs as columns. */
    public void requireFits(Architecture architecture) {
        Matrices.requireShape("x", x, size(), architecture.inputs());
        Matrices.requireShape("y", y, size(), architecture.outputs());
    }
}
