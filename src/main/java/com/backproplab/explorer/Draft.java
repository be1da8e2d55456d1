package com.backproplab.explorer;

import com.backproplab.math.Architecture;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.scenario.BlockParser;
import com.backproplab.scenario.CellParser;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * What the user is editing: a scenario holding every value that parses, and the text and reason of every
 * cell that does not, so nothing typed is lost. The tables follow the scenario only while no cell is
 * invalid.
 *
 * @param invalid the cells whose text is not a finite number, in the order they were typed
 */
public record Draft(Scenario scenario, Map<CellRef, Invalid> invalid) {

    /** The text a user typed into a cell and why it is not a number. */
    public record Invalid(String text, String reason) {}

    /** The result of a paste: the new draft and, when part of the block did not fit, what was left out. */
    public record Pasted(Draft draft, Optional<Note> notice) {}

    public Draft {
        invalid = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(invalid));
    }

    /** A draft with no invalid cell. */
    public static Draft of(Scenario scenario) {
        return new Draft(scenario, Map.of());
    }

    /** Whether every cell holds a finite number, so the tables can follow. */
    public boolean isValid() {
        return invalid.isEmpty();
    }

    /** The draft after typing {@code text} into {@code cell}. */
    public Draft edit(CellRef cell, String text) {
        Map<CellRef, Invalid> bad = new LinkedHashMap<>(invalid);
        bad.remove(cell);
        return switch (CellParser.parse(text)) {
            case CellParser.Result.Value v ->
                new Draft(ScenarioEditor.withCell(scenario, cell.table(), cell.row(), cell.col(), v.value()), bad);
            case CellParser.Result.Invalid i -> {
                bad.put(cell, new Invalid(text, i.reason()));
                yield new Draft(scenario, bad);
            }
        };
    }

    /**
     * The draft after pasting {@code text} (a block) with its top-left cell at {@code at}; a block larger
     * than {@link BlockParser#MAX_CELLS} changes nothing and says so.
     */
    public Pasted paste(CellRef at, String text) {
        List<List<String>> rows;
        try {
            rows = BlockParser.parse(text);
        } catch (IllegalArgumentException tooLarge) {
            return new Pasted(this, Optional.of(Note.error("Nothing pasted: " + tooLarge.getMessage() + ".")));
        }
        RealMatrix target = ScenarioEditor.matrix(scenario, at.table());
        Draft d = this;
        int left = 0;
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.get(i).size(); j++) {
                int r = at.row() + i;
                int c = at.col() + j;
                if (r < target.getRowDimension() && c < target.getColumnDimension()) {
                    d = d.edit(new CellRef(at.table(), r, c), rows.get(i).get(j));
                } else {
                    left++;
                }
            }
        }
        Optional<Note> notice = left == 0
                ? Optional.empty()
                : Optional.of(Note.info(left + (left == 1 ? " pasted value did" : " pasted values did") + " not fit in "
                        + at.table() + " (" + target.getRowDimension() + "×" + target.getColumnDimension()
                        + ") and were left out"));
        return new Pasted(d, notice);
    }

    /** The draft with another scenario of possibly other shapes; invalid cells that still fit are kept. */
    public Draft with(Scenario next) {
        Map<CellRef, Invalid> kept = new LinkedHashMap<>();
        invalid.forEach((cell, bad) -> {
            if (ScenarioEditor.isEditable(next, cell.table())) {
                RealMatrix m = ScenarioEditor.matrix(next, cell.table());
                if (cell.row() < m.getRowDimension() && cell.col() < m.getColumnDimension()) {
                    kept.put(cell, bad);
                }
            }
        });
        return new Draft(next, kept);
    }

    /** The draft with other functions. */
    public Draft withFunctions(HiddenActivation hidden, OutputActivation output, LossFunction loss) {
        return with(ScenarioEditor.withFunctions(scenario, hidden, output, loss));
    }

    /** The architecture being edited. */
    public Architecture architecture() {
        return scenario.network().architecture();
    }
}
