package com.backproplab.explorer.ui;

import com.backproplab.explorer.Draft;
import com.backproplab.explorer.PracticeBoard;
import com.backproplab.explorer.PracticeCells;
import com.backproplab.explorer.WindowedTables;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One matrix of the page as the {@code <bpl-matrix>} element: a plain table whose cells carry
 * {@code data-row}, {@code data-col} and {@code data-value} (Java's {@code Double.toString}), under an
 * element with {@code data-matrix="NAME"}. Editable matrices fire edit and paste events; every matrix
 * fires a select event. The values of a windowed table (one of the page's largest, see {@link WindowedTables})
 * are sent only while the page says it is near the window (DD013, DD015): the page draws such a table only then
 * (DD012), and only the part in view (DD014).
 */
@Tag("bpl-matrix")
@JsModule("./components/bpl-matrix.ts")
class MatrixView extends Component {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final TableId id;
    private RealMatrix shown;
    private boolean editable;
    private boolean hasCursor;
    private PracticeCells practice = PracticeCells.NONE;
    private boolean near;
    private int drawnWholeUpTo = WindowedTables.DRAWN_WHOLE;

    MatrixView(TableId id, String label) {
        this.id = id;
        getElement().setAttribute("data-matrix", id.name());
        getElement().setProperty("label", label);
        getElement().setAttribute("aria-label", label);
        addClassName("bpl-matrix");
        getElement()
                .addEventListener(
                        "bpl-near",
                        e -> nearWindow(e.getEventData().path("event.detail").asBoolean()))
                .addEventData("event.detail");
    }

    /** The page says the table came near the window or left it: a windowed table's values follow (DD013). */
    void nearWindow(boolean near) {
        boolean was = this.near;
        this.near = near;
        if (near != was && shown != null && windowed(shown)) {
            send();
        }
    }

    /**
     * Windows this table when it has more than {@code cells} cells ({@link WindowedTables#drawnWholeUpTo}); sends
     * it again when that changes whether it is.
     */
    void drawWholeUpTo(int cells) {
        boolean was = shown != null && windowed(shown);
        drawnWholeUpTo = cells;
        if (shown != null && windowed(shown) != was) {
            send();
        }
    }

    private boolean windowed(RealMatrix m) {
        return (long) m.getRowDimension() * m.getColumnDimension() > drawnWholeUpTo;
    }

    TableId id() {
        return id;
    }

    /** The cell at (row, col) of this table. */
    CellRef cell(int row, int col) {
        return new CellRef(id, row, col);
    }

    /** Shows the page's selected cell when it is in this table, and no selection otherwise. */
    void setCursor(CellRef selected) {
        boolean mine = selected != null && selected.table().equals(id);
        if (!mine && !hasCursor) {
            return;
        }
        hasCursor = mine;
        if (mine) {
            ObjectNode cursor = JSON.objectNode();
            cursor.put("r", selected.row());
            cursor.put("c", selected.col());
            getElement().setPropertyJson("cursor", cursor);
        } else {
            getElement().setPropertyJson("cursor", JSON.nullNode());
        }
    }

    /** Shows {@code m}; sends nothing when the values and the mode did not change. */
    void setMatrix(RealMatrix m, boolean editable) {
        if (m.equals(shown) && editable == this.editable) {
            return;
        }
        shown = m.copy();
        this.editable = editable;
        send();
    }

    /**
     * Shows the table's part in the exercise; the values of hidden and wrong cells are not sent at all.
     * Always sends the values again, so that an answer just typed gives way to its verdict.
     */
    void setPractice(PracticeCells p) {
        if (p.equals(practice) && p.cells().isEmpty()) {
            return;
        }
        practice = p;
        if (shown != null) {
            send();
        }
    }

    private void send() {
        RealMatrix m = shown;
        ObjectNode data = JSON.objectNode();
        data.put("name", id.name());
        data.put("rows", m.getRowDimension());
        data.put("cols", m.getColumnDimension());
        data.put("editable", editable);
        boolean windowed = windowed(m);
        boolean deferred = !near && windowed;
        data.put("windowed", windowed);
        // One string for all values (see unpackValues in bpl-grid.ts): far less for the session to keep and
        // for the page to read than a list of strings, for tables of thousands of cells (DD012). A windowed
        // table away from the window gets none: the page asks for them when it comes near (DD013).
        StringBuilder packed = new StringBuilder(deferred ? 0 : m.getRowDimension() * m.getColumnDimension() * 12);
        ObjectNode cells = JSON.objectNode();
        // Outside practice no cell is marked: no key to build and look up for each of 100,000 cells (DD014).
        boolean marked = practice.mode() == PracticeBoard.Status.WAITING
                || !practice.cells().isEmpty();
        for (int r = 0; r < m.getRowDimension(); r++) {
            for (int c = 0; c < m.getColumnDimension(); c++) {
                if (!deferred) {
                    if (!packed.isEmpty()) {
                        packed.append(' ');
                    }
                    packed.append(marked && practice.hides(r, c) ? "_" : Double.toString(m.getEntry(r, c)));
                }
                if (!marked) {
                    continue;
                }
                PracticeCells.Mark mark = practice.mode() == PracticeBoard.Status.WAITING
                        ? new PracticeCells.Mark("hidden", "", "")
                        : practice.cells().get(r + "," + c);
                if (mark != null) {
                    ObjectNode cell = cells.putObject(r + "," + c);
                    cell.put("state", mark.state());
                    cell.put("text", mark.text());
                    if (!mark.message().isEmpty()) {
                        cell.put("message", mark.message());
                    }
                }
            }
        }
        if (deferred) {
            data.put("deferred", true);
        } else {
            data.put("packed", packed.toString());
        }
        ObjectNode p = JSON.objectNode();
        p.put(
                "mode",
                practice.mode() == PracticeBoard.Status.SHOWN
                        ? ""
                        : practice.mode().name().toLowerCase(Locale.ROOT));
        p.set("cells", cells);
        getElement().setPropertyJson("practice", p);
        getElement().setPropertyJson("matrix", data);
        getElement().setAttribute("editable", editable);
        getElement().setAttribute("data-windowed", windowed);
    }

    /** Forgets what was sent, so that the next {@link #setMatrix} sends again (and clears typed text). */
    void resend() {
        shown = null;
    }

    boolean isEditable() {
        return editable;
    }

    RealMatrix shown() {
        return shown;
    }

    /**
     * Shows the numbers to {@code digits} significant digits, on a colour scale when {@code heat}: from
     * −heatMax to +heatMax, or the table's own largest |value| when heatMax is 0.
     */
    void setDisplay(int digits, boolean heat, double heatMax) {
        getElement().setProperty("digits", digits);
        getElement().setProperty("heat", heat);
        getElement().setProperty("heatMax", heatMax);
    }

    /** Highlights the cells at these row-major indices (the cells the last step changed). */
    void setChanged(List<Integer> indices) {
        ArrayNode array = JSON.arrayNode();
        indices.forEach(array::add);
        getElement().setPropertyJson("changed", array);
    }

    /** Marks the rows [from, to) of the current mini-batch ({@code data-batch="current"}); none when from = to. */
    void setBatch(int from, int to) {
        ArrayNode array = JSON.arrayNode();
        if (from < to) {
            array.add(from).add(to);
        }
        getElement().setPropertyJson("batch", array);
    }

    /** Marks invalid cells, keeping the text the user typed. */
    void setInvalid(Map<String, Draft.Invalid> byCell) {
        ObjectNode invalid = JSON.objectNode();
        byCell.forEach((key, bad) -> {
            ObjectNode cell = invalid.putObject(key);
            cell.put("text", bad.text());
            cell.put("message", bad.reason());
        });
        getElement().setPropertyJson("invalid", invalid);
    }

    Registration addEditListener(ComponentEventListener<CellEvents.CellEditEvent> listener) {
        return addListener(CellEvents.CellEditEvent.class, listener);
    }

    Registration addPasteListener(ComponentEventListener<CellEvents.CellsPasteEvent> listener) {
        return addListener(CellEvents.CellsPasteEvent.class, listener);
    }

    Registration addSelectListener(ComponentEventListener<CellEvents.CellSelectEvent> listener) {
        return addListener(CellEvents.CellSelectEvent.class, listener);
    }
}
