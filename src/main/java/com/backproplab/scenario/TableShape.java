package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.OutputActivation;
import java.util.List;
import java.util.Optional;

/** The shape (rows × columns) every table has for a scenario, so that a cell can be checked before it is read. */
public record TableShape(int rows, int cols) {

    /** The shape of {@code table} in {@code s}, or empty where {@code s} has no such table. */
    public static Optional<TableShape> of(Scenario s, TableId table) {
        Architecture a = s.network().architecture();
        List<Integer> n = a.sizes();
        int m = s.batch().size();
        int depth = a.depth();
        int l = table.layer();
        if (l > depth) {
            return Optional.empty();
        }
        return switch (table.kind()) {
            case X -> shape(m, n.getFirst());
            case Y -> shape(m, n.getLast());
            case LOSS -> shape(m, 1);
            case W, DW -> shape(n.get(l - 1), n.get(l));
            case B, DB -> shape(1, n.get(l));
            case Z, DA -> shape(m, n.get(l));
            case A ->
                table.variant() == TableId.Variant.TRANSPOSED
                        ? (l < depth ? shape(n.get(l), m) : Optional.empty())
                        : shape(m, n.get(l));
            case FPRIME -> l < depth ? shape(m, n.get(l)) : Optional.empty();
            case DZ ->
                table.variant() == TableId.Variant.CHAIN
                                && (l != depth || !a.output().hasFusedGradient())
                        ? Optional.empty()
                        : shape(m, n.get(l));
            case JACOBIAN ->
                l == depth && a.output().activation() == OutputActivation.SOFTMAX && table.sample() < m
                        ? shape(n.get(l), n.get(l))
                        : Optional.empty();
        };
    }

    /** Whether {@code s} has the cell. */
    public static boolean contains(Scenario s, CellRef cell) {
        return of(s, cell.table())
                .map(t -> cell.row() < t.rows() && cell.col() < t.cols())
                .orElse(false);
    }

    private static Optional<TableShape> shape(int rows, int cols) {
        return Optional.of(new TableShape(rows, cols));
    }
}
