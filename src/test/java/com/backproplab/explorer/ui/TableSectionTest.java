package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.backproplab.explorer.CardGroup;
import com.backproplab.explorer.CheckTables;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a section keeps when it shows new numbers, and what it builds anew. */
class TableSectionTest {

    private static List<CardGroup> checkGroups(BackpropTrace t) {
        return CheckTables.of(GradientCheck.of(t.network(), t.batch(), t.backward()));
    }

    private static final BackpropTrace SEED = SeedExample.scenario().trace();
    private static final BackpropTrace EDITED = ScenarioEditor.withCell(
                    SeedExample.scenario(), TableId.weight(2), 1, 0, 0.5)
            .trace();

    /** The section's first group: its title, and its note under the title. */
    private static Element firstGroup(TableSection section) {
        Element groups = section.getElement().getChild(2);
        return groups.getChild(0);
    }

    @Test
    void new_numbers_in_a_group_note_change_the_text_and_keep_the_groups_and_cards() {
        TableSection section = new TableSection(PageSection.CHECK, card -> {});
        List<CardGroup> before = checkGroups(SEED);
        List<CardGroup> after = checkGroups(EDITED);
        assertNotEquals(before.get(0).note(), after.get(0).note(), "the edit changes the largest relative error");
        section.show(before);
        Element group = firstGroup(section);
        MatrixCard card = section.card(before.get(0).cards().get(0).id()).orElseThrow();

        section.show(after);

        assertSame(group.getNode(), firstGroup(section).getNode(), "the group stays in the page");
        assertSame(card, section.card(after.get(0).cards().get(0).id()).orElseThrow());
        assertEquals(after.get(0).title(), group.getChild(0).getText());
        assertEquals(after.get(0).note(), group.getChild(1).getText());
    }

    @Test
    void a_note_that_appears_builds_the_groups_anew_and_keeps_the_cards() {
        TableSection section = new TableSection(PageSection.CHECK, card -> {});
        List<CardGroup> checks = checkGroups(SEED);
        CardGroup first = checks.get(0);
        section.show(List.of(new CardGroup(first.title(), null, first.cards())));
        Element group = firstGroup(section);
        MatrixCard card = section.card(first.cards().get(0).id()).orElseThrow();

        section.show(List.of(first));

        assertNotSame(group.getNode(), firstGroup(section).getNode());
        assertSame(card, section.card(first.cards().get(0).id()).orElseThrow());
        assertEquals(first.note(), firstGroup(section).getChild(1).getText());
    }
}
