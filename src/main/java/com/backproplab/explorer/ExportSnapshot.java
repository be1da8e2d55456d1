package com.backproplab.explorer;

import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.Scenario;
import java.util.List;

/**
 * What the page exports, taken at one moment (under the session lock) and written afterwards: the network,
 * how it steps (the optimizer, its settings and state) and the gradient checks shown for it.
 */
public record ExportSnapshot(Scenario scenario, Stepping stepping, List<GradientCheck.MatrixCheck> checks) {

    public ExportSnapshot {
        checks = List.copyOf(checks);
    }

    /** The request body of {@code POST /api/v1/backprop}, with the optimizer's fields when one is chosen. */
    public byte[] json() {
        return Exports.json(scenario, stepping.settings());
    }

    /** Every table the page shows, the gradient check's and the optimizer's included, as CSV files in a zip. */
    public byte[] csvZip() {
        return Exports.csvZip(AllTables.of(scenario, stepping, checks));
    }

    /** A standalone NumPy script that recomputes the tables. */
    public byte[] numpy() {
        return Exports.numpy(scenario);
    }
}
