package com.backproplab.network.ui;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** The cells a step changed, as row-major indices. */
final class StepHighlight {

    private StepHighlight() {}

    static List<Integer> changed(RealMatrix before, RealMatrix after) {
        List<Integer> out = new ArrayList<>();
        int cols = before.getColumnDimension();
        for (int r = 0; r < before.getRowDimension(); r++) {
            for (int c = 0; c < cols; c++) {
                if (Double.compare(before.getEntry(r, c), after.getEntry(r, c)) != 0) {
                    out.add(r * cols + c);
                }
            }
        }
        return out;
    }
}
