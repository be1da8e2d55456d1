package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.explorer.Numbers;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.BrowserTest;
import com.backproplab.support.Golden;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;

class ChartsIT extends BrowserTest {

    private Locator chart(String name) {
        return page.locator("[data-chart='" + name + "']");
    }

    private void steps(int n) {
        Locator field = page.locator("vaadin-integer-field")
                .filter(new Locator.FilterOptions().setHasText("Steps"))
                .locator("input");
        field.fill(Integer.toString(n));
        field.press("Enter");
    }

    @Test
    void the_charts_render_and_the_tangent_s_slope_is_the_gradient_of_the_chosen_weight() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        chart("tangent").scrollIntoViewIfNeeded();
        chart("tangent")
                .locator("canvas")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        chart("outputs").scrollIntoViewIfNeeded();
        assertThat(chart("outputs").locator("canvas").first()).isAttached();
        assertThat(chart("tangent")).hasAttribute("data-parameter", "W2[1,0]");
        assertThat(chart("tangent"))
                .hasAttribute("data-slope", p.cell("dW2", 1, 0).getAttribute("data-value"));
        p.cell("W1", 0, 3).click();
        assertThat(chart("tangent")).hasAttribute("data-parameter", "W1[0,3]");
        assertThat(chart("tangent"))
                .hasAttribute("data-slope", p.cell("dW1", 0, 3).getAttribute("data-value"));
        p.cell("b2", 0, 1).click();
        assertThat(chart("tangent"))
                .hasAttribute("data-slope", p.cell("db2", 0, 1).getAttribute("data-value"));
        assertThat(page.locator(".chart-caption"))
                .containsText("slope dL/dw = " + Numbers.format(Golden.matrix("backward", "db2")[0][1], 5));
    }

    @Test
    void a_thousand_steps_on_the_seed_lower_the_loss_to_the_engine_s_value() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        steps(1000);
        p.button("Run steps").click();
        Scenario seed = SeedExample.scenario();
        Training.Result expected = Training.run(seed.network(), seed.batch(), seed.learningRate(), 1000);
        double after = expected.lossHistory()[1000];
        assertThat(page.locator(".loss-value")).hasAttribute("data-value", Double.toString(after));
        assertThat(chart("loss")).hasAttribute("data-steps", "1000");
        assertThat(page.locator("[data-testid='train-status']")).containsText("Trained 1000 steps");
        p.assertShows("W1", expected.network().weight(0));
        p.button("Undo").click();
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
    }

    @Test
    void a_run_over_the_training_budget_is_refused_with_the_limit_and_the_size_asked_for() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        Locator layers = page.locator("vaadin-text-field")
                .filter(new Locator.FilterOptions().setHasText("Layers"))
                .locator("input");
        layers.fill("2-64-64-64-1");
        layers.press("Enter");
        // A network of 13,000 cells renders slowly on a loaded machine: wait for it rather than fail.
        var slowCount = new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(30_000);
        var slowText =
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000);
        // W3 has 4,096 cells: a table that large is drawn when it comes near the window (DD012), the part in
        // view (DD014).
        p.matrix("W3").scrollIntoViewIfNeeded();
        assertThat(p.matrix("W3").locator("td[data-row]").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        assertThat(p.matrix("W3").locator("table")).hasAttribute("aria-rowcount", "65");
        Locator samples = page.locator("vaadin-integer-field")
                .filter(new Locator.FilterOptions().setHasText("Samples m"))
                .locator("input");
        samples.fill("8");
        samples.press("Enter");
        assertThat(p.matrix("X").locator("td[data-row]")).hasCount(8 * 2, slowCount);
        steps(100_000);
        p.button("Run steps").click();
        assertThat(page.locator("[data-testid='train-status']"))
                .containsText("Not started: 100000 steps of a 2-64-64-64-1 network on 8 samples cost ", slowText);
        assertThat(page.locator("[data-testid='train-status']"))
                .containsText("more than the limit of 5.00e+09 per run");
        assertEquals("0", chart("loss").getAttribute("data-steps"), "nothing ran");
    }
}
