package com.backproplab.network.ui;

import com.backproplab.network.Draft;
import java.util.LinkedHashMap;
import java.util.Map;

/** The invalid cells of one matrix, keyed "row,col" as the matrix element expects. */
final class InvalidCells {

    private InvalidCells() {}

    static Map<String, Draft.Invalid> of(Draft draft, String matrix) {
        Map<String, Draft.Invalid> out = new LinkedHashMap<>();
        draft.invalid().forEach((cell, bad) -> {
            if (cell.matrix().equals(matrix)) {
                out.put(cell.row() + "," + cell.col(), bad);
            }
        });
        return out;
    }
}
