package com.backproplab.explorer.ui;

import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TableShape;
import java.util.Optional;

/** The cell a click on the network picture names, if the browser named one the network has. */
final class Pictured {

    private Pictured() {}

    static Optional<CellRef> cell(String table, int row, int col, Scenario s) {
        if (table == null) {
            return Optional.empty();
        }
        try {
            CellRef cell = CellRef.of(table, row, col);
            return TableShape.contains(s, cell) ? Optional.of(cell) : Optional.empty();
        } catch (IllegalArgumentException notATable) {
            return Optional.empty();
        }
    }
}
