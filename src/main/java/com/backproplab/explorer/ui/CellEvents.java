package com.backproplab.explorer.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The events a {@link MatrixView}'s element fires: an edit, a paste and a selection, each at a cell. */
final class CellEvents {

    private CellEvents() {}

    /** The user committed {@code text} into a cell. */
    @DomEvent("cell-edit")
    public static class CellEditEvent extends ComponentEvent<MatrixView> {
        final int row;
        final int col;
        final String text;

        public CellEditEvent(
                MatrixView source,
                boolean fromClient,
                @EventData("event.detail.row") int row,
                @EventData("event.detail.col") int col,
                @EventData("event.detail.text") String text) {
            super(source, fromClient);
            this.row = row;
            this.col = col;
            this.text = text;
        }
    }

    /** The user pasted a block whose top-left cell is (row, col). */
    @DomEvent("cells-paste")
    public static class CellsPasteEvent extends ComponentEvent<MatrixView> {
        final int row;
        final int col;
        final String text;

        public CellsPasteEvent(
                MatrixView source,
                boolean fromClient,
                @EventData("event.detail.row") int row,
                @EventData("event.detail.col") int col,
                @EventData("event.detail.text") String text) {
            super(source, fromClient);
            this.row = row;
            this.col = col;
            this.text = text;
        }
    }

    /** The user selected a cell. */
    @DomEvent("cell-select")
    public static class CellSelectEvent extends ComponentEvent<MatrixView> {
        final int row;
        final int col;

        public CellSelectEvent(
                MatrixView source,
                boolean fromClient,
                @EventData("event.detail.row") int row,
                @EventData("event.detail.col") int col) {
            super(source, fromClient);
            this.row = row;
            this.col = col;
        }
    }
}
