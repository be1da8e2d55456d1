package com.backproplab.network;

/** One cell of a named table, 0-based: {@code W2[1,0]} is {@code new CellRef("W2", 1, 0)}. */
public record CellRef(String matrix, int row, int col) {

    @Override
    public String toString() {
        return matrix + "[" + row + "][" + col + "]";
    }
}
