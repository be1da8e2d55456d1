package com.backproplab.network.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A section of the page: a title, an introduction and groups of cards. Showing new groups updates the
 * cards in place while the tables stay the same; a new set of tables rebuilds the groups, reusing cards by
 * name.
 */
class TableSection extends Section {

    private final Div groups = new Div();
    private final Consumer<MatrixCard> onNewCard;
    private final Map<String, MatrixCard> cards = new HashMap<>();
    private List<String> layout = List.of();

    TableSection(String id, String title, String intro, Consumer<MatrixCard> onNewCard) {
        this.onNewCard = onNewCard;
        setId(id);
        addClassName("table-section");
        H2 heading = new H2(title);
        Paragraph lead = new Paragraph(intro);
        lead.addClassName("section-intro");
        groups.addClassName("section-groups");
        add(heading, lead, groups);
    }

    static TableSection inputs(Consumer<MatrixCard> onNewCard) {
        return new TableSection(
                "inputs",
                "Inputs and parameters",
                "Click a cell and type, or press Enter or F2; Tab and the arrow keys move; paste a block from a"
                        + " spreadsheet, a CSV file or a NumPy literal.",
                onNewCard);
    }

    static TableSection forward(Consumer<MatrixCard> onNewCard) {
        return new TableSection(
                "forward",
                "Forward pass",
                "Each layer multiplies its input by its weights, adds its biases, and applies its activation.",
                onNewCard);
    }

    static TableSection backward(Consumer<MatrixCard> onNewCard) {
        return new TableSection(
                "backward",
                "Backward pass",
                "The chain rule, from the loss back to the first layer, in the order of the seed text.",
                onNewCard);
    }

    static TableSection step(Consumer<MatrixCard> onNewCard) {
        return new TableSection(
                "step", "Gradient-descent step", "W_new = W_old − α·dW for every weight and bias.", onNewCard);
    }

    static TableSection check(Consumer<MatrixCard> onNewCard) {
        return new TableSection(
                "check",
                "Gradient check",
                "The analytic gradients against central finite differences of the loss.",
                onNewCard);
    }

    void show(List<CardGroup> content) {
        List<String> next = new ArrayList<>();
        for (CardGroup g : content) {
            next.add("#" + g.title() + "|" + g.note());
            g.cards().forEach(c -> next.add(c.name()));
        }
        if (!next.equals(layout)) {
            rebuild(content);
            layout = next;
        }
        for (CardGroup g : content) {
            for (CardSpec spec : g.cards()) {
                cards.get(spec.name())
                        .formula(spec.tex())
                        .explain(spec.explanation())
                        .show(spec.value(), spec.editable());
            }
        }
    }

    /** Every card of the section. */
    Iterable<MatrixCard> cards() {
        return cards.values();
    }

    private void rebuild(List<CardGroup> content) {
        groups.removeAll();
        Map<String, MatrixCard> kept = new HashMap<>();
        for (CardGroup g : content) {
            Div group = new Div();
            group.addClassName("card-group");
            if (g.title() != null) {
                group.add(new H3(g.title()));
            }
            if (g.note() != null) {
                Paragraph note = new Paragraph(g.note());
                note.addClassName("group-note");
                group.add(note);
            }
            Div row = new Div();
            row.addClassName("card-row");
            for (CardSpec spec : g.cards()) {
                MatrixCard card = cards.get(spec.name());
                if (card == null) {
                    card = new MatrixCard(spec.name(), spec.tex(), spec.label());
                    onNewCard.accept(card);
                }
                kept.put(spec.name(), card);
                row.add(card);
            }
            group.add(row);
            groups.add(group);
        }
        cards.clear();
        cards.putAll(kept);
    }
}
