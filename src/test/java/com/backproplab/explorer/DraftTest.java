package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

    private final Draft seed = Draft.of(SeedExample.scenario());

    @Test
    void a_valid_edit_changes_the_scenario_and_nothing_else() {
        Draft d = seed.edit(CellRef.of("W2", 1, 0), "0.5");
        assertTrue(d.isValid());
        assertEquals(0.5, d.scenario().network().weight(1).getEntry(1, 0));
        assertEquals(-0.00869512, d.scenario().network().weight(1).getEntry(1, 1));
        assertEquals(-0.0067974, seed.scenario().network().weight(1).getEntry(1, 0), "the old draft is untouched");
    }

    @Test
    void an_invalid_edit_keeps_the_text_and_the_last_valid_value_until_it_is_fixed() {
        CellRef cell = CellRef.of("X", 1, 2);
        Draft bad = seed.edit(cell, "3..5");
        assertFalse(bad.isValid());
        assertEquals("3..5", bad.invalid().get(cell).text());
        assertEquals(3.0, bad.scenario().batch().x().getEntry(1, 2));
        Draft fixed = bad.edit(cell, "3.5");
        assertTrue(fixed.isValid());
        assertEquals(3.5, fixed.scenario().batch().x().getEntry(1, 2));
    }

    @Test
    void a_paste_fills_from_the_cell_and_reports_what_did_not_fit() {
        Draft.Pasted p = seed.paste(CellRef.of("W2", 2, 0), "1\t2\n3\t4\n5\t6");
        assertEquals(1.0, p.draft().scenario().network().weight(1).getEntry(2, 0));
        assertEquals(4.0, p.draft().scenario().network().weight(1).getEntry(3, 1));
        assertEquals(
                "2 pasted values did not fit in W2 (4×2) and were left out",
                p.notice().orElseThrow().text());
        assertTrue(seed.paste(CellRef.of("b1", 0, 0), "[1, 2, 3, 4]").notice().isEmpty());
    }

    @Test
    void a_paste_with_a_bad_cell_marks_only_that_cell() {
        Draft.Pasted p = seed.paste(CellRef.of("X", 0, 0), "1, x, 3");
        assertEquals(
                List.of(CellRef.of("X", 0, 1)), List.copyOf(p.draft().invalid().keySet()));
        assertEquals(3.0, p.draft().scenario().batch().x().getEntry(0, 2));
    }

    @Test
    void resizing_keeps_the_invalid_cells_that_still_fit_and_drops_the_others() {
        Draft bad = seed.edit(CellRef.of("W1", 0, 3), "?").edit(CellRef.of("W1", 0, 0), "?");
        Draft smaller = bad.with(ScenarioEditor.resized(bad.scenario(), List.of(3, 2, 2), 2, FillRule.ZEROS, 1));
        assertEquals(
                List.of(CellRef.of("W1", 0, 0)), List.copyOf(smaller.invalid().keySet()));
    }

    @Test
    void an_invalid_cell_just_past_the_new_last_row_or_column_is_dropped() {
        // 3-4-2 to 3-3-2: W1 becomes 3×3 (column 3 is gone) and W2 3×2 (row 3 is gone).
        Draft bad = seed.edit(CellRef.of("W1", 0, 3), "?")
                .edit(CellRef.of("W2", 3, 1), "?")
                .edit(CellRef.of("W1", 2, 2), "?")
                .edit(CellRef.of("W2", 2, 1), "?");
        Draft smaller = bad.with(ScenarioEditor.resized(bad.scenario(), List.of(3, 3, 2), 2, FillRule.ZEROS, 1));
        assertEquals(
                List.of(CellRef.of("W1", 2, 2), CellRef.of("W2", 2, 1)),
                List.copyOf(smaller.invalid().keySet()));
    }
}
