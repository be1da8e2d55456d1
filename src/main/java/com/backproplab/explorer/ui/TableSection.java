package com.backproplab.explorer.ui;

import com.backproplab.explorer.CardGroup;
import com.backproplab.explorer.CardSpec;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.html.Div;
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
    private final Map<TableId, MatrixCard> cards = new HashMap<>();
    private List<Object> layout = List.of();

    TableSection(PageSection section, Consumer<MatrixCard> onNewCard) {
        this.onNewCard = onNewCard;
        setId(section.id());
        addClassName("table-section");
        Paragraph lead = new Paragraph(section.intro());
        lead.addClassName("section-intro");
        groups.addClassName("section-groups");
        add(new SectionHeading(this, section.title()), lead, groups);
    }

    /** Puts {@code controls} (e.g. the optimizer's settings) between the introduction and the tables. */
    void addControls(com.vaadin.flow.component.Component controls) {
        addComponentAtIndex(indexOf(groups), controls);
    }

    void show(List<CardGroup> content) {
        List<Object> next = new ArrayList<>();
        for (CardGroup g : content) {
            next.add(List.of(String.valueOf(g.title()), String.valueOf(g.note())));
            g.cards().forEach(c -> next.add(c.id()));
        }
        if (!next.equals(layout)) {
            rebuild(content);
            layout = next;
        }
        for (CardGroup g : content) {
            for (CardSpec spec : g.cards()) {
                cards.get(spec.id())
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

    /** The card of {@code id}, if the section shows it. */
    java.util.Optional<MatrixCard> card(TableId id) {
        return java.util.Optional.ofNullable(cards.get(id));
    }

    private void rebuild(List<CardGroup> content) {
        groups.removeAll();
        Map<TableId, MatrixCard> kept = new HashMap<>();
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
                MatrixCard card = cards.get(spec.id());
                if (card == null) {
                    card = new MatrixCard(spec.id(), spec.tex(), spec.label());
                    onNewCard.accept(card);
                }
                kept.put(spec.id(), card);
                row.add(card);
            }
            group.add(row);
            groups.add(group);
        }
        cards.clear();
        cards.putAll(kept);
    }
}
