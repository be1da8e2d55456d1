package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.explorer.AllTables;
import com.backproplab.explorer.WindowedTables;
import com.backproplab.math.BackpropTrace;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DD015: the page draws its smallest tables whole while they hold at most 2,500 cells in all, and windows the
 * larger ones (drawn only near the window, and there only the part in view).
 */
class WindowedTablesIT extends BrowserTest {

    /** Every table of the page: its name, its size and whether it says it is windowed. */
    private static final String TABLES = "() => [...document.querySelectorAll('bpl-matrix[data-matrix]')]"
            + ".map(m => [m.dataset.matrix, m.matrix.rows * m.matrix.cols, m.hasAttribute('data-windowed')])";

    @Autowired
    Limits limits;

    @Test
    void the_worked_example_draws_every_cell_of_every_table() {
        new ExplorerPage(page).open(url("/"));
        assertThat(page.locator("[data-matrix='dW1_error'] td[data-row]")).hasCount(12);
        assertThat(page.locator("bpl-matrix[data-matrix] td[data-row]")).hasCount(270);
        assertEquals(0, page.locator("bpl-matrix[data-windowed]").count());
    }

    @Test
    void a_page_of_many_small_tables_windows_its_largest_and_draws_them_near_the_window_with_the_engine_s_values() {
        // Three hidden layers of 16 on 16 samples: 32 tables of 16 × 16 hold 8,192 cells, each far below 2,500.
        Scenario deep = ScenarioEditor.resized(
                Gallery.byId("spirals").orElseThrow().scenario(), List.of(2, 16, 16, 16, 1), 16, FillRule.RANDOM, 5);
        BackpropTrace t = deep.trace();
        int upTo = WindowedTables.drawnWholeUpTo(
                WindowedTables.sizes(t.network(), List.of(AllTables.of(deep, t, List.of()))));
        assertEquals(32, upTo, "the tables of 1, 16 and 32 cells are drawn whole, those of 256 windowed");
        ExplorerPage p = new ExplorerPage(page)
                .open(url("/?" + new PermalinkCodec(limits).encode(new Permalink(deep, ViewState.DEFAULT))));
        assertThat(page.locator("[data-matrix='dW2_error']")).hasAttribute("data-windowed", "");

        List<?> tables = (List<?>) page.evaluate(TABLES);
        assertTrue(tables.size() > 60, tables.size() + " tables");
        for (Object o : tables) {
            List<?> table = (List<?>) o;
            int size = ((Number) table.get(1)).intValue();
            assertEquals(size > upTo, table.get(2), table.get(0) + " of " + size + " cells");
        }

        // A small table far down the page has every cell; a windowed one is a placeholder until it comes near.
        RealMatrix b1 = t.next().bias(0);
        p.assertShows("b1_next", b1);
        Locator next = p.matrix("W2_next");
        assertThat(next.locator(".bpl-deferred")).containsText("16 × 16 values");
        assertEquals(0, next.locator("td").count());
        next.evaluate("m => m.scrollIntoView({block: 'center'})");
        RealMatrix w2 = t.next().weight(1);
        assertThat(next.locator("td[data-row='15'][data-col='0']"))
                .hasAttribute("data-value", Double.toString(w2.getEntry(15, 0)));
        ExplorerPage.assertDrawn(next, w2);
    }
}
