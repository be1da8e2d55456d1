package com.backproplab.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ObjectNode;

/**
 * The picture of the network as SVG (see {@link NetworkPicture} for what it shows). Each edge carries
 * {@code data-edge} (the weight table, e.g. {@code W1}), {@code data-row}, {@code data-col} and
 * {@code data-value}; each unit {@code data-layer} and {@code data-unit}. Clicking an edge or a unit (or Enter
 * on a focused unit) asks to select its cell.
 */
@Tag("bpl-network")
@JsModule("./components/bpl-network.ts")
public class NetworkView extends Component implements HasSize {

    private ObjectNode picture;

    public NetworkView() {
        setWidthFull();
    }

    /** Shows {@code picture}, from {@link NetworkPicture#of}. */
    public void show(ObjectNode picture) {
        this.picture = picture;
        getElement().setPropertyJson("picture", picture);
    }

    /** The picture last shown. */
    public ObjectNode picture() {
        return picture;
    }

    public Registration addSelectListener(ComponentEventListener<SelectEvent> listener) {
        return addListener(SelectEvent.class, listener);
    }

    /** The learner clicked the edge or unit of cell {@code table}[row, col]. */
    @DomEvent("select-cell")
    public static class SelectEvent extends ComponentEvent<NetworkView> {
        private final String table;
        private final int row;
        private final int col;

        public SelectEvent(
                NetworkView source,
                boolean fromClient,
                @EventData("event.detail.table") String table,
                @EventData("event.detail.row") int row,
                @EventData("event.detail.col") int col) {
            super(source, fromClient);
            this.table = table;
            this.row = row;
            this.col = col;
        }

        public String table() {
            return table;
        }

        public int row() {
            return row;
        }

        public int col() {
            return col;
        }
    }
}
