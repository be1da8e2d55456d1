package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.PermalinkException;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.Example;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PermalinkIT extends BrowserTest {

    @Autowired
    Limits limits;

    @Test
    void a_copied_link_opened_in_a_fresh_browser_shows_every_value_bit_for_bit() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        p.type("W2", 1, 0, "0.123456789012345");
        p.type("X", 0, 2, "-7.5e-3");
        p.cell("dW1", 1, 3).click();
        assertThat(p.cell("W2", 1, 0)).hasAttribute("data-value", "0.123456789012345");
        p.button("Copy link").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("Link copied");
        String link = (String) page.evaluate("() => navigator.clipboard.readText()");
        assertTrue(link.contains("?v=1&layers=3-4-2"), link);
        assertEquals(page.url(), link);
        Map<String, Object> before = allValues(page);

        try (BrowserContext fresh = newContext(new Browser.NewContextOptions())) {
            Page other = fresh.newPage();
            watchConsole(other);
            new ExplorerPage(other).open(link);
            assertThat(other.locator("[data-matrix='W2'] td[data-row='1'][data-col='0']"))
                    .hasAttribute("data-value", "0.123456789012345");
            assertEquals(before, allValues(other));
            assertThat(other.locator("[data-testid='explain']")).containsText("dW1[1,3] = Σ_k X[k,1]·dZ1[k,3]");
        }
    }

    @Test
    void edits_replace_the_address_without_adding_history_entries() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        Object length = page.evaluate("() => history.length");
        p.type("b1", 0, 2, "0.5");
        page.waitForFunction("() => location.search.includes('b1=0,0,0.5,0')");
        p.type("b1", 0, 3, "0.25");
        page.waitForFunction("() => location.search.includes('b1=0,0,0.5,0.25')");
        assertEquals(length, page.evaluate("() => history.length"));
    }

    @Test
    void a_malformed_link_shows_a_clear_message_and_the_seed_example() {
        page.navigate(url("/?v=1&layers=3-4-2&act=relu&out=softmax&loss=ce&lr=0.1&X=2,8,6;1,2,3&Y=1,0;0,1&W1=x"));
        // The first page of a fresh app on a loaded machine may take more than the default 5 s.
        assertThat(page.locator("[data-testid='note']"))
                .containsText(
                        "W1[0,0]: 'x' is not a number",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(20_000));
        assertThat(page.locator("[data-testid='note']")).containsText("Showing the worked example instead");
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
        page.navigate(url("/?v=9"));
        assertThat(page.locator("[data-testid='note']")).containsText("version '9'");
    }

    @Test
    void every_gallery_example_opens_at_its_stable_link_with_the_engine_s_loss() {
        for (Example e : Gallery.all()) {
            page.navigate(url("/?example=" + e.id()));
            double loss = e.scenario().trace().forward().loss();
            assertThat(page.locator(".loss-value")).hasAttribute("data-value", Double.toString(loss));
            assertThat(page.locator("[data-testid='note']")).containsText(e.lookAt());
            int cells = e.scenario().network().weight(0).getRowDimension()
                    * e.scenario().network().weight(0).getColumnDimension();
            assertThat(page.locator("[data-matrix='W1'] td[data-row]")).hasCount(cells);
        }
    }

    @Test
    void the_picker_in_the_header_opens_an_example() {
        new ExplorerPage(page).open(url("/"));
        page.locator("vaadin-select.example-picker").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("XOR"))
                .click();
        assertThat(page.locator("[data-matrix='X'] td[data-row]")).hasCount(8);
        page.waitForFunction("() => location.search.includes('layers=2-4-1')");
    }

    /** DD015: the link of a network of more than 2,000 numbers is written once the edits pause. */
    @Test
    void a_long_link_follows_the_edits_once_they_pause_and_holds_the_edited_numbers() {
        Scenario big = ScenarioEditor.resized(
                Gallery.byId("spirals").orElseThrow().scenario(), List.of(2, 32, 32, 32, 1), 16, FillRule.RANDOM, 5);
        assertTrue(LinkSync.numbers(big) > LinkSync.WRITTEN_AT_ONCE, LinkSync.numbers(big) + " numbers");
        PermalinkCodec codec = new PermalinkCodec(limits);
        ExplorerPage p = new ExplorerPage(page).open(url("/?" + codec.encode(new Permalink(big, ViewState.DEFAULT))));
        p.type("W1", 0, 0, "0.5");
        assertThat(p.cell("W1", 0, 0)).hasAttribute("data-value", "0.5");
        page.waitForCondition(() -> firstWeight(codec, page.url()) == 0.5);
    }

    /** W1[0,0] of the network the link {@code url} opens. */
    private static double firstWeight(PermalinkCodec codec, String url) {
        try {
            return codec.decode(url.substring(url.indexOf('?') + 1))
                    .scenario()
                    .network()
                    .weight(0)
                    .getEntry(0, 0);
        } catch (PermalinkException e) {
            throw new AssertionError(url, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> allValues(Page p) {
        return (Map<String, Object>)
                p.evaluate("() => Object.fromEntries([...document.querySelectorAll('[data-matrix]')].map(m =>"
                        + " [m.dataset.matrix, [...m.querySelectorAll('td[data-row]')].map(td =>"
                        + " td.dataset.row + ',' + td.dataset.col + '=' + td.dataset.value).join(' ')]))");
    }
}
