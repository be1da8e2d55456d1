package com.backproplab.explorer;

import java.util.Locale;
import java.util.Map;

/**
 * What one table shows of the exercise: its mode and, for a practised or hidden table, each cell's state
 * ({@code hidden}, {@code correct}, {@code wrong}, {@code revealed}) with what was typed. A hidden or wrong
 * cell's value must not be sent to the page.
 *
 * @param cells by {@code "row,col"}; empty for a table outside the exercise
 */
public record PracticeCells(PracticeBoard.Status mode, Map<String, Mark> cells) {

    /** A table outside the exercise. */
    public static final PracticeCells NONE = new PracticeCells(PracticeBoard.Status.SHOWN, Map.of());

    /** A table hidden until the tables it reads are solved: every cell hidden, none answerable. */
    public static final PracticeCells WAITING = new PracticeCells(PracticeBoard.Status.WAITING, Map.of());

    /** One cell: its state, the text typed, and why the text is not a number (empty otherwise). */
    public record Mark(String state, String text, String message) {

        /** The mark of a cell with answer {@code a}, or of an unanswered (hidden) cell when null. */
        static Mark of(Practice.Answer a) {
            if (a == null) {
                return new Mark("hidden", "", "");
            }
            return new Mark(a.verdict().name().toLowerCase(Locale.ROOT), a.text(), a.reason());
        }
    }

    public PracticeCells {
        cells = Map.copyOf(cells);
    }

    /** Whether the value of (r, c) must stay on the server. */
    public boolean hides(int r, int c) {
        if (mode == PracticeBoard.Status.WAITING) {
            return true;
        }
        Mark m = cells.get(r + "," + c);
        return m != null && (m.state().equals("hidden") || m.state().equals("wrong"));
    }
}
