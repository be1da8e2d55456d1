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
 * cards, and the groups' titles and notes, in place while the tables stay the same: a gradient check's note
 * holds numbers that change on every edit, and rebuilding for it drew the section's tables and formulas
 * anew (DD015). A new set of tables, or a title or note that appears or goes, rebuilds the groups, reusing
 * cards by name.
 */
class TableSection extends Section {

    private final Div groups = new Div();
    private final Consumer<MatrixCard> onNewCard;
    private final Map<TableId, MatrixCard> cards = new HashMap<>();
    private final List<GroupTexts> texts = new ArrayList<>();
    private List<Object> layout = List.of();

    /** The title and the note of one group as shown; either may be absent. */
    private record GroupTexts(H3 title, Paragraph note) {}

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
            next.add(List.of(g.title() != null, g.note() != null));
            g.cards().forEach(c -> next.add(c.id()));
        }
        if (!next.equals(layout)) {
            rebuild(content);
            layout = next;
        }
        for (int i = 0; i < content.size(); i++) {
            GroupTexts shown = texts.get(i);
            if (shown.title() != null) {
                Texts.set(shown.title(), content.get(i).title());
            }
            if (shown.note() != null) {
                Texts.set(shown.note(), content.get(i).note());
            }
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
        texts.clear();
        Map<TableId, MatrixCard> kept = new HashMap<>();
        for (CardGroup g : content) {
            Div group = new Div();
            group.addClassName("card-group");
            H3 title = g.title() == null ? null : new H3(g.title());
            Paragraph note = g.note() == null ? null : new Paragraph(g.note());
            if (title != null) {
                group.add(title);
            }
            if (note != null) {
                note.addClassName("group-note");
                group.add(note);
            }
            texts.add(new GroupTexts(title, note));
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
