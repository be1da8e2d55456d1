package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.SeedExample;
import com.backproplab.support.BrowserTest;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Navigation, the sticky bar, the editor, messages, history, theme, keys, colour scale, phone and accessibility. */
class PolishIT extends BrowserTest {

    private ExplorerPage open(String path) {
        return new ExplorerPage(page).open(url(path));
    }

    private Page phone() {
        context.close();
        context = newContext(new Browser.NewContextOptions().setViewportSize(390, 844));
        page = context.newPage();
        watchConsole(page);
        return page;
    }

    /** The bottom of the sticky header and bar, in viewport pixels. */
    private double stickyBottom() {
        return ((Number) page.evaluate("() => document.querySelector('.sticky-bar').getBoundingClientRect().bottom"))
                .doubleValue();
    }

    private double top(String selector) {
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().top", selector))
                .doubleValue();
    }

    /** Waits until the heading of {@code section} rests just below the sticky bars. */
    private void assertScrolledTo(String section) {
        String heading = "#" + section + " h2";
        page.waitForCondition(() -> {
            double t = top(heading);
            return t >= stickyBottom() - 1 && t < stickyBottom() + 80;
        });
    }

    @Test
    void a_header_link_scrolls_to_its_section_below_the_sticky_bars_marks_it_and_keeps_the_link() {
        open("/");
        page.locator("bpl-section-nav a[href='#backward']").click();
        assertScrolledTo("backward");
        assertThat(page.locator("bpl-section-nav a[href='#backward']")).hasAttribute("aria-current", "location");
        assertTrue(page.url().contains("v=1&layers=3-4-2"), page.url());
    }

    @Test
    void the_page_shell_shows_the_header_before_the_explorer_has_loaded_and_hides_once_it_has() {
        // The bootstrap script held back: what a visitor sees while it and the first answer are on their way.
        try (BrowserContext early = newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page shell = early.newPage();
            shell.route("**/VAADIN/build/indexhtml*", Route::abort);
            shell.navigate(url("/"));
            assertThat(shell.locator("#bpl-shell header")).hasText("Backprop Lab");
            assertThat(shell.getByRole(AriaRole.STATUS)).hasText("Loading the explorer…");
        }
        open("/");
        assertThat(page.locator(".app-header")).isVisible();
        assertThat(page.locator("#bpl-shell")).isHidden();
    }

    @Test
    void an_address_with_a_section_opens_scrolled_to_it() {
        open("/?example=xor#charts");
        assertScrolledTo("charts");
    }

    @Test
    void on_a_phone_the_sections_are_in_a_menu_and_the_sticky_bar_is_one_line() {
        phone();
        open("/");
        Locator step = page.locator("bpl-section-nav a[href='#step']");
        assertThat(step).isHidden();
        page.locator(".app-nav-toggle").click();
        assertThat(step).isVisible();
        step.click();
        assertScrolledTo("step");
        assertThat(step).isHidden();
        new ExplorerPage(page).cell("dW1", 1, 3).click();
        double barHeight = page.locator(".explain-bar").boundingBox().height;
        assertTrue(barHeight < 48, "the formula bar is one line: " + barHeight + " px");
    }

    @Test
    void the_cell_editor_opens_in_place_without_moving_anything_and_shows_the_value_as_typed() {
        ExplorerPage p = open("/");
        BoundingBox cell = p.cell("X", 0, 1).boundingBox();
        BoundingBox next = p.matrix("Y").boundingBox();
        p.cell("X", 0, 1).dblclick();
        Locator input = p.matrix("X").locator("input.bpl-cell-input");
        assertThat(input).hasValue("8");
        BoundingBox cellEditing = p.cell("X", 0, 1).boundingBox();
        BoundingBox nextEditing = p.matrix("Y").boundingBox();
        assertEquals(cell.width, cellEditing.width, 0.5, "the cell's width");
        assertEquals(cell.x, cellEditing.x, 0.5);
        assertEquals(next.x, nextEditing.x, 0.5, "the next card stays where it was");
        assertEquals(cell.height, input.boundingBox().height, 1.0, "the editor covers its cell");
        assertEquals(cellEditing.x, input.boundingBox().x, 1.0, "the editor lies over its own cell");
        assertEquals(cellEditing.width, input.boundingBox().width, 1.0, "the editor covers its cell's width");
        // Only the edited cell is positioned: a positioned cell is a paint layer of its own, costly by thousands.
        assertEquals("static", p.cell("X", 1, 1).evaluate("el => getComputedStyle(el).position"));
    }

    @Test
    void the_page_background_covers_the_whole_page_in_both_schemes() {
        open("/");
        String script = "() => [getComputedStyle(document.documentElement).backgroundColor,"
                + " getComputedStyle(document.body).backgroundColor,"
                + " document.documentElement.scrollHeight > innerHeight]";
        @SuppressWarnings("unchecked")
        List<Object> light = (List<Object>) page.evaluate(script);
        assertEquals(light.get(0), light.get(1));
        assertNotEquals("rgba(0, 0, 0, 0)", light.get(0));
        assertEquals(true, light.get(2), "the page is taller than the window");
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
        page.reload();
        page.locator("[data-matrix='W1'] td").first().waitFor();
        @SuppressWarnings("unchecked")
        List<Object> dark = (List<Object>) page.evaluate(script);
        assertEquals(dark.get(0), dark.get(1));
        assertNotEquals(light.get(0), dark.get(0));
    }

    @Test
    void import_errors_are_plain_errors_with_their_place_and_replace_the_one_before() {
        open("/");
        Locator upload = page.locator("vaadin-upload input[type=file]");
        upload.setInputFiles(new FilePayload(
                "broken.json",
                "application/json",
                "{\n  \"layers\": [3, 4, 2],\n  \"x\": [[1, 2".getBytes(StandardCharsets.UTF_8)));
        Locator note = page.locator("[data-testid='note']");
        assertThat(note)
                .containsText("The file cannot be imported: not a complete JSON document: it ends early (line 3");
        assertThat(note).hasClass(Pattern.compile("\\bnotice-error\\b"));
        assertThat(note).not().containsText("Source");
        upload.setInputFiles(new FilePayload("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(note)
                .hasText("The file cannot be imported: “notes.txt” is not a JSON file: choose a .json file, as"
                        + " the JSON export writes it.");
        assertThat(note).hasCount(1);
    }

    @Test
    void a_field_out_of_range_says_the_allowed_range() {
        open("/");
        Locator digits =
                page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHasText("Digits shown"));
        digits.locator("input").fill("30");
        digits.locator("input").press("Enter");
        assertThat(digits).hasAttribute("invalid", "");
        assertThat(digits.locator("[slot='error-message']")).hasText("Enter 2 to 17 digits.");
        Locator steps = page.locator("vaadin-integer-field").filter(new Locator.FilterOptions().setHasText("Steps"));
        steps.locator("input").fill("0");
        steps.locator("input").press("Enter");
        assertThat(steps.locator("[slot='error-message']")).hasText("Enter 1 to 100000 steps.");
        Locator layers = page.locator("vaadin-text-field").filter(new Locator.FilterOptions().setHasText("Layers"));
        layers.locator("input").fill("2-64-64-64-64-64-1");
        layers.locator("input").press("Enter");
        assertThat(layers.locator("[slot='error-message']"))
                .containsText("A 2-64-64-64-64-64-1 network on 2 samples fills its tables with ");
        assertThat(layers.locator("[slot='error-message']")).containsText("one page shows at most 100000");
        assertThat(page.locator("[data-matrix='W1'] td[data-row]")).hasCount(12);
    }

    @Test
    void the_training_status_follows_undo() {
        ExplorerPage p = open("/");
        Locator steps = page.locator("vaadin-integer-field")
                .filter(new Locator.FilterOptions().setHasText("Steps"))
                .locator("input");
        steps.fill("10");
        steps.press("Enter");
        p.button("Run steps").click();
        Locator status = page.locator("[data-testid='train-status']");
        assertThat(status).containsText("Trained 10 steps");
        p.button("Undo").click();
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
        assertThat(status).hasText("");
    }

    @Test
    void opening_an_example_adds_a_history_entry_so_back_returns_to_what_was_shown() {
        ExplorerPage p = open("/");
        page.locator("vaadin-select.example-picker").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("XOR"))
                .click();
        assertThat(p.matrix("X").locator("td[data-row]")).hasCount(8);
        assertThat(page.locator("vaadin-select.example-picker")).containsText("XOR with 2 inputs");
        page.goBack();
        p.assertShows("W1", SeedExample.scenario().network().weight(0));
        assertThat(page.locator("vaadin-select.example-picker")).containsText("The worked example");
    }

    @Test
    void the_chosen_scheme_is_kept_across_a_reload_and_starts_from_the_system_s() {
        context.close();
        context = newContext(
                new Browser.NewContextOptions().setViewportSize(1400, 900).setColorScheme(ColorScheme.DARK));
        page = context.newPage();
        watchConsole(page);
        open("/");
        String scheme = "() => getComputedStyle(document.body).colorScheme + '|'"
                + " + (document.documentElement.getAttribute('theme') || '')";
        page.locator("#theme-toggle").click();
        assertEquals("light|light", page.evaluate(scheme), "the first click leaves the system's dark for light");
        page.reload();
        page.locator("[data-matrix='W1'] td").first().waitFor();
        assertEquals("light|light", page.evaluate(scheme), "kept across the reload");
        page.locator("#theme-toggle").click();
        assertEquals("dark|dark", page.evaluate(scheme));
    }

    @Test
    void ctrl_z_undoes_and_ctrl_y_or_ctrl_shift_z_redo_outside_text_fields() {
        ExplorerPage p = open("/");
        p.type("W2", 1, 0, "0.5");
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "0.5");
        p.cell("dW2", 0, 0).click();
        page.keyboard().press("Control+z");
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "-0.0067974");
        page.keyboard().press("Control+y");
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "0.5");
        page.keyboard().press("Control+z");
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "-0.0067974");
        page.keyboard().press("Control+Shift+z");
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "0.5");
    }

    @Test
    void one_colour_scale_for_the_page_has_a_legend_and_makes_small_tables_pale() {
        ExplorerPage p = open("/");
        page.locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Colour scale"))
                .click();
        Locator legend = page.locator("[data-testid='colour-legend']");
        assertThat(legend).containsText("Each table on its own scale");
        String perTable = p.cell("Z2", 0, 1).getAttribute("style");
        page.locator("vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("One scale for all tables"))
                .click();
        assertThat(legend).containsText("Every table on one scale");
        assertThat(legend).hasAttribute("data-max", "8.0");
        assertThat(p.cell("Z2", 0, 1)).not().hasAttribute("style", perTable);
        double heat =
                Double.parseDouble(p.cell("Z2", 0, 1).getAttribute("style").replaceAll(".*--heat:([0-9.]+).*", "$1"));
        assertTrue(heat < 0.01, "Z2 is about 0.003 of the page's largest value 8: " + heat);
        assertTrue(page.url().contains("&heat=page"), page.url());
    }

    @Test
    void on_a_phone_a_table_wider_than_its_card_fades_at_its_edge_until_scrolled() {
        phone();
        ExplorerPage p = open("/");
        Locator layers = page.locator("vaadin-text-field")
                .filter(new Locator.FilterOptions().setHasText("Layers"))
                .locator("input");
        layers.fill("3-12-2");
        layers.press("Enter");
        Locator w1 = p.matrix("W1");
        assertThat(w1.locator("td[data-row]")).hasCount(36);
        w1.scrollIntoViewIfNeeded();
        assertThat(w1).hasAttribute("overflows", "");
        assertThat(w1).not().hasAttribute("scrolled-to-end", "");
        w1.evaluate("m => m.scrollLeft = m.scrollWidth");
        assertThat(w1).hasAttribute("scrolled-to-end", "");
    }

    @Test
    void a_cell_reads_as_its_table_row_column_and_value() {
        ExplorerPage p = open("/");
        assertThat(p.matrix("W1").locator("table")).hasAttribute("role", "grid");
        Locator cell = p.cell("W1", 0, 1);
        assertThat(cell).hasAttribute("role", "gridcell");
        assertThat(cell).hasAttribute("aria-label", "W1, row 0, column 1: −0.0052888");
    }

    /** Serious and critical WCAG 2.1 A and AA violations on the page as it is now. */
    private List<String> axe() {
        page.waitForTimeout(500);
        return new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(Rule::getId)
                        .toList();
    }

    @Test
    void axe_finds_no_serious_or_critical_violation_on_the_worked_example_an_example_and_in_dark() {
        open("/");
        assertEquals(List.of(), axe(), "the worked example");
        open("/?example=xor");
        assertEquals(List.of(), axe(), "the XOR example");
        page.locator("#theme-toggle").click();
        assertEquals(List.of(), axe(), "dark");
    }
}
