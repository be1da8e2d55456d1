package com.backproplab.explorer.ui;

import static com.backproplab.support.Close.assertClose;
import static com.backproplab.support.Tolerances.GOLDEN;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.Matrices;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import com.backproplab.support.BrowserTest;
import com.backproplab.support.Golden;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

class ExplorerIT extends BrowserTest {

    @Autowired
    Limits limits;

    private ExplorerPage open() {
        return new ExplorerPage(page).open(url("/"));
    }

    @Test
    void the_page_opens_on_the_seed_example_and_every_table_matches_pytorch() {
        ExplorerPage p = open();
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
        assertClose(Golden.number("forward", "loss"), p.loss(), GOLDEN, "loss");
        Map<String, String[]> tables = Map.ofEntries(
                Map.entry("Z1", new String[] {"forward", "Z1"}),
                Map.entry("A1", new String[] {"forward", "A1"}),
                Map.entry("Z2", new String[] {"forward", "Z2"}),
                Map.entry("A2", new String[] {"forward", "A2"}),
                Map.entry("dA2", new String[] {"backward", "dA2"}),
                Map.entry("dZ2", new String[] {"backward", "dZ2"}),
                Map.entry("dZ2_chain", new String[] {"backward", "dZ2"}),
                Map.entry("dW2", new String[] {"backward", "dW2"}),
                Map.entry("db2", new String[] {"backward", "db2"}),
                Map.entry("dA1", new String[] {"backward", "dA1"}),
                Map.entry("dZ1", new String[] {"backward", "dZ1"}),
                Map.entry("dW1", new String[] {"backward", "dW1"}),
                Map.entry("db1", new String[] {"backward", "db1"}),
                Map.entry("W1_next", new String[] {"step", "W1"}),
                Map.entry("b1_next", new String[] {"step", "b1"}),
                Map.entry("W2_next", new String[] {"step", "W2"}),
                Map.entry("b2_next", new String[] {"step", "b2"}));
        tables.forEach((name, golden) -> assertTable(p, name, Golden.matrix(golden[0], golden[1])));
        assertTable(p, "J2_0", Golden.jacobian(0));
        assertTable(p, "J2_1", Golden.jacobian(1));
        assertEquals("Backprop Lab", page.title());
    }

    private static void assertTable(ExplorerPage p, String name, double[][] expected) {
        String[][] shown = p.values(name);
        assertEquals(expected.length, shown.length, name + " rows");
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, shown[r].length, name + " columns");
            for (int c = 0; c < expected[r].length; c++) {
                assertClose(expected[r][c], Double.parseDouble(shown[r][c]), GOLDEN, name + "[" + r + "][" + c + "]");
            }
        }
    }

    @Test
    void editing_w2_1_0_changes_dw2_and_w2_next_to_the_engine_s_values() {
        ExplorerPage p = open();
        p.type("W2", 1, 0, "0.05");
        Scenario edited = ScenarioEditor.withCell(SeedExample.scenario(), TableId.weight(2), 1, 0, 0.05);
        BackpropTrace expected = edited.trace();
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "0.05");
        p.assertShows("dW2", expected.backward().dW(1));
        p.assertShows("W2_next", expected.next().weight(1));
        p.assertShows("dW1", expected.backward().dW(0));
        p.assertShows("A2", expected.forward().yHat());
        assertEquals(expected.forward().loss(), p.loss());
    }

    @ParameterizedTest(name = "typing \"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', emptyValue = "", textBlock = """
            abc    | 'abc' is not a number
            NaN    | 'NaN' is not a number
            1e400  | too large for a double
            ""     | empty
            1,5    | write the decimal point as '.'
            --3    | '--3' is not a number
            """)
    void bad_input_marks_the_cell_keeps_the_text_and_leaves_the_tables_at_the_last_valid_state(
            String text, String reason) {
        ExplorerPage p = open();
        String[][] dW1Before = p.values("dW1");
        p.type("W1", 0, 1, text);
        assertThat(p.cell("W1", 0, 1)).hasAttribute("data-invalid", "true");
        assertThat(p.cell("W1", 0, 1)).hasText(text);
        assertThat(p.invalidNotice()).containsText("W1[0,1]: ");
        assertThat(p.invalidNotice()).containsText(reason);
        assertThat(p.invalidNotice()).containsText("last valid state");
        assertEquals(Double.toString(-0.00528875), p.cell("W1", 0, 1).getAttribute("data-value"));
        assertTrue(java.util.Arrays.deepEquals(dW1Before, p.values("dW1")));
        // Fixing the cell brings the tables back in step.
        p.type("W1", 0, 1, "0.02");
        assertThat(p.invalidNotice()).hasCount(0);
        assertThat(p.cell("W1", 0, 1)).not().hasAttribute("data-invalid", "true");
        Scenario fixed = ScenarioEditor.withCell(SeedExample.scenario(), TableId.weight(1), 0, 1, 0.02);
        p.assertShows("dW1", fixed.trace().backward().dW(0));
    }

    @Test
    void the_text_of_an_invalid_cell_comes_back_for_correcting() {
        ExplorerPage p = open();
        p.type("X", 1, 2, "3..5");
        assertThat(p.cell("X", 1, 2)).hasText("3..5");
        p.cell("X", 1, 2).click();
        page.keyboard().press("F2");
        assertThat(p.matrix("X").locator("input.bpl-cell-input")).hasValue("3..5");
        page.keyboard().press("Escape");
        assertThat(p.cell("X", 1, 2)).hasText("3..5");
    }

    @Test
    void pasting_a_spreadsheet_block_and_a_numpy_literal_fills_the_grid_from_the_selected_cell() {
        ExplorerPage p = open();
        p.paste("X", 0, 0, "1\t2\t3\n4\t5\t6\n");
        p.assertShows("X", Matrices.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        p.paste("W2", 1, 0, "np.array([[0.5, -0.5], [0.25, -0.25]])");
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "0.5");
        assertThat(p.cell("W2", 2, 1)).hasAttribute("data-value", "-0.25");
        assertThat(p.cell("W2", 0, 0)).hasAttribute("data-value", "0.00263928");
        p.paste("b2", 0, 1, "7, 8, 9");
        assertThat(p.cell("b2", 0, 1)).hasAttribute("data-value", "7.0");
        assertThat(page.locator("[data-testid='note']")).containsText("2 pasted values did not fit in b2");
    }

    @Test
    void resizing_the_hidden_layer_resizes_every_matrix_and_keeps_the_values_that_fit() {
        ExplorerPage p = open();
        var layers = page.locator("vaadin-text-field")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Layers"))
                .locator("input");
        layers.fill("3-5-2");
        layers.press("Enter");
        assertThat(p.matrix("W1").locator("td[data-row]")).hasCount(15);
        assertThat(p.matrix("b1").locator("td[data-row]")).hasCount(5);
        assertThat(p.matrix("W2").locator("td[data-row]")).hasCount(10);
        assertThat(p.matrix("dW1").locator("td[data-row]")).hasCount(15);
        assertThat(p.matrix("Z1").locator("td[data-row]")).hasCount(10);
        assertThat(p.cell("W1", 2, 3)).hasAttribute("data-value", "0.00338431");
        assertThat(p.cell("W1", 0, 4)).hasAttribute("data-value", "0.0");
        assertThat(p.cell("W2", 4, 1)).hasAttribute("data-value", "0.0");
        assertThat(p.cell("W2", 3, 1)).hasAttribute("data-value", "-0.00337234");
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
    }

    @Test
    void the_keyboard_moves_edits_commits_and_cancels_like_a_spreadsheet() {
        ExplorerPage p = open();
        p.cell("W1", 0, 0).click();
        page.keyboard().press("ArrowRight");
        assertThat(p.cell("W1", 0, 1)).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(p.cell("W1", 1, 1)).isFocused();
        page.keyboard().type("0.25");
        page.keyboard().press("Enter");
        assertThat(p.cell("W1", 1, 1)).hasAttribute("data-value", "0.25");
        assertThat(p.cell("W1", 2, 1)).isFocused();
        page.keyboard().press("Tab");
        assertThat(p.cell("W1", 2, 2)).isFocused();
        page.keyboard().press("F2");
        assertThat(p.matrix("W1").locator("input.bpl-cell-input")).hasValue("-0.00878302");
        page.keyboard().press("End");
        page.keyboard().type("9");
        page.keyboard().press("Escape");
        assertThat(p.cell("W1", 2, 2)).hasAttribute("data-value", "-0.00878302");
        assertThat(p.cell("W1", 2, 2)).isFocused();
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowUp");
        assertThat(p.cell("W1", 1, 1)).isFocused();
        assertThat(p.explanation()).containsText("W1[1,1] = 0.25");
    }

    @Test
    void apply_step_makes_the_next_weights_current_and_undo_and_redo_move_through_it() {
        ExplorerPage p = open();
        p.button("Apply step").click();
        Scenario seed = SeedExample.scenario();
        BackpropTrace first = seed.trace();
        p.assertShows("W1", first.next().weight(0));
        p.assertShows("b2", first.next().bias(1));
        assertThat(p.cell("W2", 1, 0)).hasClass(java.util.regex.Pattern.compile("\\bchanged\\b"));
        assertThat(p.cell("W2", 0, 0)).not().hasClass(java.util.regex.Pattern.compile("\\bchanged\\b"));
        BackpropTrace second = new Scenario(first.next(), seed.batch(), 0.1).trace();
        p.assertShows("W1_next", second.next().weight(0));
        p.button("Undo").click();
        p.assertShows("W1", seed.network().weight(0));
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
        p.button("Redo").click();
        p.assertShows("W2", first.next().weight(1));
    }

    @Test
    void selecting_a_cell_of_a_derived_table_explains_its_computation_with_the_real_numbers() {
        ExplorerPage p = open();
        p.cell("dW2", 1, 0).click();
        assertThat(p.explanation())
                .hasText("dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0] = 0.10137×(−0.25019) + 0.049528×0.24994 = −0.012983");
        p.cell("dZ2", 0, 0).click();
        assertThat(p.explanation()).hasText("dZ2[0,0] = (Ŷ[0,0] − Y[0,0])/m = (0.49962 − 1)/2 = −0.25019");
        p.cell("W2_next", 1, 0).click();
        assertThat(p.explanation()).containsText("= −0.0067974 − 0.1×(−0.012983) = −0.0054991");
    }

    /** The page's selected cells: the cursor of every table. */
    private com.microsoft.playwright.Locator selectedCells() {
        return page.locator("[data-matrix] td.cursor");
    }

    private void assertSelected(ExplorerPage p, String table, int r, int c, String parameter, String explanation) {
        assertThat(selectedCells()).hasCount(1);
        assertThat(p.cell(table, r, c)).hasClass(java.util.regex.Pattern.compile("\\bcursor\\b"));
        assertThat(p.explanation()).containsText(explanation);
        assertThat(page.locator("[data-chart='tangent']")).hasAttribute("data-parameter", parameter);
        page.waitForCondition(() -> page.url().contains("&sel=" + table + ":" + r + "," + c));
    }

    @Test
    void one_cell_is_selected_in_the_page_and_selecting_the_one_before_again_moves_everything_back() {
        ExplorerPage p = open();
        p.cell("dW2", 1, 0).click();
        assertSelected(p, "dW2", 1, 0, "W2[1,0]", "dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0]");
        p.cell("dZ2", 0, 0).click();
        assertSelected(p, "dZ2", 0, 0, "W2[1,0]", "dZ2[0,0] = (Ŷ[0,0] − Y[0,0])/m");
        p.cell("dW2", 1, 0).click();
        assertSelected(p, "dW2", 1, 0, "W2[1,0]", "dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0]");
        p.cell("b1_next", 0, 3).click();
        assertSelected(p, "b1_next", 0, 3, "b1[0,3]", "b1_next[0,3] = b1[0,3] − α·db1[0,3]");
    }

    @Test
    void a_link_s_selection_is_highlighted_explained_and_charted() {
        ExplorerPage p = open();
        p.cell("dW1", 1, 3).click();
        page.waitForCondition(() -> page.url().contains("&sel=dW1:1,3"));
        String link = page.url();
        p.open(link);
        assertSelected(p, "dW1", 1, 3, "W1[1,3]", "dW1[1,3] = Σ_k X[k,1]·dZ1[k,3]");
    }

    @Test
    void digits_and_the_colour_scale_change_how_numbers_look_but_not_their_values() {
        ExplorerPage p = open();
        assertThat(p.cell("dW2", 1, 0)).hasText("−0.012983");
        var digits = page.locator("vaadin-integer-field")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Digits shown"))
                .locator("input");
        digits.fill("3");
        digits.press("Enter");
        assertThat(p.cell("dW2", 1, 0)).hasText("−0.013");
        assertThat(p.cell("dW2", 1, 0)).hasAttribute("data-value", "-0.012982710891565422");
        page.locator("vaadin-checkbox")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Colour scale"))
                .click();
        assertThat(p.cell("dW2", 1, 0)).hasClass(java.util.regex.Pattern.compile("\\bneg\\b"));
        assertThat(p.cell("dW2", 1, 1)).hasClass(java.util.regex.Pattern.compile("\\bpos\\b"));
    }
    /**
     * DD012, DD013 and DD014: a table of more than 2,500 cells away from the window is a placeholder of its size,
     * and the server has not sent its values; scrolled near, it draws the part in view with the engine's values,
     * and any other part when scrolled or moved to.
     */
    @Test
    void a_large_table_waits_as_a_placeholder_then_draws_the_part_in_view_with_the_engine_s_values() {
        Scenario wide = ScenarioEditor.resized(
                Gallery.byId("spirals").orElseThrow().scenario(), List.of(2, 64, 64, 1), 8, FillRule.RANDOM, 5);
        String link = new PermalinkCodec(limits).encode(new Permalink(wide, ViewState.DEFAULT));
        ExplorerPage p = new ExplorerPage(page).open(url("/?" + link));
        Locator next = p.matrix("W2_next");
        assertThat(next.locator(".bpl-deferred")).containsText("64 × 64 values");
        assertEquals(0, next.locator("td").count());
        assertEquals(
                Boolean.TRUE,
                next.evaluate("m => m.matrix.deferred === true && m.matrix.values.length === 0"),
                "the values of a table away from the window are not in the page");

        next.evaluate("m => m.scrollIntoView({block: 'start'})");
        RealMatrix expected = wide.trace().next().weight(1);
        assertThat(next.locator("td[data-row='0'][data-col='0']"))
                .hasAttribute("data-value", Double.toString(expected.getEntry(0, 0)));
        assertThat(next.locator("table")).hasAttribute("aria-rowcount", "65");
        assertThat(next.locator("table")).hasAttribute("aria-colcount", "65");
        int drawn = next.locator("td[data-row]").count();
        assertTrue(drawn >= 8 * 8 && drawn < 64 * 64, "only the part in view is drawn: " + drawn + " cells");
        ExplorerPage.assertDrawn(next, expected);
        assertEquals(0, next.locator("td[data-col='63']").count(), "the last column is out of view");

        // Scrolled sideways to its end, the last columns are drawn; back at the start, End moves the focus there.
        next.evaluate("m => m.scrollLeft = m.scrollWidth");
        assertThat(next.locator("td[data-row='0'][data-col='63']"))
                .hasAttribute("data-value", Double.toString(expected.getEntry(0, 63)));
        next.evaluate("m => m.scrollLeft = 0");
        assertThat(next.locator("td[data-col='63']")).hasCount(0);
        next.locator("td[data-row='0'][data-col='0']").click();
        page.keyboard().press("End");
        Locator end = next.locator("td[data-row='0'][data-col='63']");
        assertThat(end).isFocused();
        assertThat(end).hasAttribute("data-value", Double.toString(expected.getEntry(0, 63)));
        assertThat(end).hasAttribute("aria-colindex", "65");

        // Down the page to the table's last row.
        next.evaluate("m => m.scrollIntoView({block: 'end'})");
        assertThat(next.locator("td[data-row='63'][data-col='63']"))
                .hasAttribute("data-value", Double.toString(expected.getEntry(63, 63)));
        ExplorerPage.assertDrawn(next, expected);
    }
}
