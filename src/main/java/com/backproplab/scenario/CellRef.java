package com.backproplab.scenario;

import com.backproplab.math.ParameterRef;
import java.util.Optional;

/** One cell of a table, 0-based: {@code W2[1,0]} is {@code new CellRef(TableId.weight(2), 1, 0)}. */
public record CellRef(TableId table, int row, int col) {

    public CellRef {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("cell " + table + "[" + row + "," + col + "]");
        }
    }

    /** The cell at (row, col) of the table named {@code name}; fails for a name that is no table. */
    public static CellRef of(String name, int row, int col) {
        return new CellRef(
                TableId.parse(name).orElseThrow(() -> new IllegalArgumentException("no table named " + name)),
                row,
                col);
    }

    /** The cell of a parameter element in its W or b table. */
    public static CellRef of(ParameterRef p) {
        return new CellRef(TableId.of(p), p.row(), p.col());
    }

    /** The parameter element this cell stands for, if its table is a parameter or a gradient of one. */
    public Optional<ParameterRef> parameter() {
        return table.parameterAt(row, col);
    }

    /** The cell as the formula bar writes it, e.g. {@code W2[1,0]}. */
    public String label() {
        return table.name() + "[" + row + "," + col + "]";
    }

    /** The cell as notices write it, e.g. {@code W2[1][0]}. */
    @Override
    public String toString() {
        return label();
    }
}
