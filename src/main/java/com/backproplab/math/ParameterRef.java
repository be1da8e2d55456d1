package com.backproplab.math;

/** One element of a parameter matrix: W_{layer+1}[row,col], or b_{layer+1}[0,col] when {@code bias}. */
public record ParameterRef(boolean bias, int layer, int row, int col) {

    /** W_{layer+1}[row,col]. */
    public static ParameterRef weight(int layer, int row, int col) {
        return new ParameterRef(false, layer, row, col);
    }

    /** b_{layer+1}[0,col]. */
    public static ParameterRef bias(int layer, int col) {
        return new ParameterRef(true, layer, 0, col);
    }
}
