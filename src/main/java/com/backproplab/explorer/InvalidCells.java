package com.backproplab.explorer;

import com.backproplab.scenario.TableId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The invalid cells of one matrix, keyed "row,col" as the matrix element expects. */
public final class InvalidCells {

    private InvalidCells() {}

    public static Map<String, Draft.Invalid> of(Draft draft, TableId matrix) {
        Map<String, Draft.Invalid> out = new LinkedHashMap<>();
        draft.invalid().forEach((cell, bad) -> {
            if (cell.table().equals(matrix)) {
                out.put(cell.row() + "," + cell.col(), bad);
            }
        });
        return out;
    }
}
