package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.explorer.TrainingRun;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.support.BrowserTest;
import com.backproplab.support.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The app started with raised limits: the page reads them (128 units a layer, a training budget large
 * enough for a run of a minute), and a run whose browser is killed stops within its lease.
 */
@TestPropertySource(
        properties = {
            "backprop.limits.max-units=128",
            "backprop.limits.max-steps=1000000",
            "backprop.limits.max-training-work=100000000000000"
        })
class RaisedLimitsIT extends BrowserTest {

    @Autowired
    BackgroundWork work;

    @Autowired
    Limits limits;

    private static Locator field(Page p, String tag, String label) {
        return p.locator(tag)
                .filter(new Locator.FilterOptions().setHasText(label))
                .locator("input");
    }

    @Test
    void the_layers_field_accepts_the_units_the_raised_limits_allow() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        Locator layers = field(page, "vaadin-text-field", "Layers");
        layers.fill("3-100-2");
        layers.press("Enter");
        // W1 is windowed on this page (DD015): its size, and its last column once scrolled to.
        assertThat(p.matrix("W1").locator("table")).hasAttribute("aria-colcount", "101");
        assertThat(p.matrix("W1")).hasAttribute("data-windowed", "");
        p.matrix("W1").evaluate("m => m.scrollLeft = m.scrollWidth");
        assertThat(p.cell("W1", 2, 99)).hasAttribute("data-col", "99");
        layers.fill("3-129-2");
        layers.press("Enter");
        assertThat(page.locator("vaadin-text-field[invalid]")).containsText("each layer has 1 to 128 units");
        assertThat(p.matrix("W1").locator("table")).hasAttribute("aria-colcount", "101");
    }

    /**
     * Moved here from ChartsIT: within the default training budget a run lasts two seconds at most, too
     * short to cancel reliably on a loaded machine; with this class's budget 100,000 steps take long enough.
     */
    @Test
    void cancel_stops_a_long_run_and_keeps_the_state_it_reached() {
        // Wide hidden layers, so that 100,000 steps take long enough to cancel on any machine.
        Scenario wide = ScenarioEditor.resized(
                Gallery.byId("spirals").orElseThrow().scenario(), List.of(2, 64, 64, 1), 24, FillRule.RANDOM, 5);
        String link = new PermalinkCodec(limits).encode(new Permalink(wide, ViewState.DEFAULT));
        page.navigate(url("/?" + link));
        Locator boundary = page.locator("[data-chart='boundary']");
        boundary.scrollIntoViewIfNeeded();
        assertThat(boundary.locator("canvas").first())
                .isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(30_000));
        Locator steps = field(page, "vaadin-integer-field", "Steps");
        steps.fill("100000");
        steps.press("Enter");
        new ExplorerPage(page).button("Run steps").click();
        var slow = new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);
        assertThat(page.locator("[data-testid='train-status']")).containsText("Step ", slow);
        new ExplorerPage(page).button("Cancel").click();
        Locator status = page.locator("[data-testid='train-status']");
        assertThat(status).containsText("Cancelled after ", slow);
        Matcher m = Pattern.compile("Cancelled after (\\d+) steps").matcher(status.textContent());
        assertTrue(m.find(), status.textContent());
        int taken = Integer.parseInt(m.group(1));
        assertTrue(taken > 0 && taken < 100_000, "steps taken: " + taken);
        assertEquals(String.valueOf(taken), page.locator("[data-chart='loss']").getAttribute("data-steps"));
    }

    @Test
    void the_run_of_a_killed_browser_stops_within_seconds() throws Exception {
        // 2-64-64-1 on 32 samples: a million steps would take more than a minute here, longer than the lease
        // and the wait below, so it is the lease that ends the run.
        Scenario wide = ScenarioEditor.resized(
                Gallery.byId("spirals").orElseThrow().scenario(), List.of(2, 64, 64, 1), 32, FillRule.ZEROS, 1);
        String link = new PermalinkCodec(limits).encode(new Permalink(wide, ViewState.DEFAULT));
        Set<ProcessHandle> before = ProcessHandle.current().descendants().collect(Collectors.toSet());
        Playwright other = Playwright.create();
        Browser browser = Chromium.launch(other);
        Page victim = browser.newPage();
        victim.navigate(url("/?" + link));
        // W2 has 4,096 cells: a table that large is drawn when it comes near the window (DD012), the part in
        // view (DD014).
        victim.locator("[data-matrix='W2']").scrollIntoViewIfNeeded();
        assertThat(victim.locator("[data-matrix='W2'] td[data-row]").first()).isVisible();
        assertThat(victim.locator("[data-matrix='W2'] table")).hasAttribute("aria-colcount", "65");
        Locator steps = field(victim, "vaadin-integer-field", "Steps");
        steps.fill("1000000");
        steps.press("Enter");
        victim.locator("vaadin-button", new Page.LocatorOptions().setHasText("Run steps"))
                .click();
        assertThat(victim.locator("[data-testid='train-status']"))
                .containsText("Step ", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertEquals(1, work.activeRuns(), "the run is under way");
        // Past the lease, the page's heartbeat keeps the run going.
        Thread.sleep(TrainingRun.LEASE.toMillis() + 1000);
        assertEquals(1, work.activeRuns(), "the run goes on while its page beats");

        List<ProcessHandle> chromium = ProcessHandle.current()
                .descendants()
                .filter(p -> !before.contains(p))
                .filter(p -> p.info().command().orElse("").contains("chromium"))
                .toList();
        assertTrue(!chromium.isEmpty(), "found the browser's processes");
        chromium.forEach(ProcessHandle::destroyForcibly);
        long killed = System.nanoTime();
        double lease = TrainingRun.LEASE.toSeconds();
        while (work.activeRuns() > 0 && System.nanoTime() - killed < (lease + 30) * 1e9) {
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - killed) / 1e9;
        assertEquals(0, work.activeRuns(), "the run still goes on " + seconds + " s after the kill");
        assertTrue(seconds < lease + 10, "stopped after " + seconds + " s, lease " + lease + " s");
        try {
            other.close();
        } catch (PlaywrightException alreadyGone) {
            // The browser was killed; the driver may say so on closing.
        }
    }
}
