package com.backproplab.explorer;

import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.Scenario;
import java.util.List;

/**
 * What the page exports, taken at one moment (under the session lock) and written afterwards: the network
 * and the gradient checks shown for it.
 */
public record ExportSnapshot(Scenario scenario, List<GradientCheck.MatrixCheck> checks) {

    public ExportSnapshot {
        checks = List.copyOf(checks);
    }

    /** The request body of {@code POST /api/v1/backprop}. */
    public byte[] json() {
        return Exports.json(scenario);
    }

    /** Every table the page shows, the gradient check's included, as CSV files in a zip. */
    public byte[] csvZip() {
        return Exports.csvZip(AllTables.of(scenario, scenario.trace(), checks));
    }

    /** A standalone NumPy script that recomputes the tables. */
    public byte[] numpy() {
        return Exports.numpy(scenario);
    }
}
