package com.backproplab.explorer;

import com.backproplab.math.Network;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;

/** The cells of every W and b that a step changed, as row-major indices, to highlight after the step. */
final class StepMarks {

    private StepMarks() {}

    static Map<TableId, List<Integer>> of(Network before, Network after) {
        Map<TableId, List<Integer>> marks = new HashMap<>();
        for (int l = 0; l < before.architecture().depth(); l++) {
            marks.put(TableId.weight(l + 1), changed(before.weight(l), after.weight(l)));
            marks.put(TableId.bias(l + 1), changed(before.bias(l), after.bias(l)));
        }
        return marks;
    }

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
        return List.copyOf(out);
    }
}
