package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnostics above the tables: what they name, the table they bring into view, and the offer they make. */
class DiagnosticsIT extends BrowserTest {

    private Locator diagnostics() {
        return page.locator("[data-testid='diagnostics']");
    }

    private Locator diagnostic(String kind) {
        return diagnostics().locator("[data-diagnostic='" + kind + "']");
    }

    private void field(String tag, String label, String text) {
        Locator input = page.locator(tag)
                .filter(new Locator.FilterOptions().setHasText(label))
                .locator("input");
        input.fill(text);
        input.press("Enter");
    }

    @Test
    void the_dead_relu_example_names_its_dead_units_and_brings_their_table_into_view() {
        ExplorerPage p = new ExplorerPage(page).open(url("/?example=dead-relu"));
        assertThat(diagnostics().locator("summary")).hasText("Hidden layer 1: all 3 units (0, 1 and 2) are dead.");
        assertThat(diagnostic("dead-units")).not().isVisible();
        diagnostics().locator("summary").click();
        assertThat(diagnostic("dead-units"))
                .containsText("Hidden layer 1: all 3 units (0, 1 and 2) are dead: Z1 ≤ 0 for every sample in their"
                        + " columns, so A1 and f'(Z1) are 0 there.");
        page.evaluate("() => window.scrollTo(0, document.body.scrollHeight)");
        assertThat(p.matrix("A1")).not().isInViewport();
        diagnostic("dead-units").locator("vaadin-button[data-table='A1']").click();
        assertThat(p.matrix("A1")).isInViewport();
    }

    @Test
    void growing_hidden_layers_with_zeros_warns_at_once_and_offers_small_random_values_from_the_seed() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        field("vaadin-text-field", "Layers", "3-5-5-2");
        assertThat(diagnostic("grown-with-zeros"))
                .containsText("The new units (hidden layer 1: unit 4; hidden layer 2: units 2, 3 and 4) start with zero"
                        + " weights");
        assertThat(diagnostic("grown-with-zeros")).isVisible();
        assertThat(diagnostic("symmetric-units")).containsText("Hidden layer 2: units 2, 3 and 4 are identical");
        diagnostic("grown-with-zeros")
                .locator("[data-testid='random-new-cells']")
                .click();
        Scenario random = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 5, 5, 2), 2, FillRule.RANDOM, 42);
        p.assertShows("W3", random.network().weight(2));
        p.assertShows("W1", random.network().weight(0));
        assertThat(diagnostic("grown-with-zeros")).hasCount(0);
        assertThat(diagnostic("symmetric-units")).hasCount(0);
        p.button("Undo").click();
        assertThat(p.matrix("W3")).hasCount(0);
        assertThat(p.matrix("W1").locator("td[data-row]")).hasCount(12);
    }

    @Test
    void a_step_with_a_learning_rate_too_large_says_it_raised_the_loss() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        field("vaadin-number-field", "Learning rate", "200");
        p.button("Apply step").click();
        assertThat(diagnostic("loss-raised"))
                .containsText("The step raised the loss from 0.693404 to 5.61012: α = 200 is too large here");
        assertThat(diagnostic("loss-raised")).isVisible();
        assertThat(diagnostic("loss-raised").locator("vaadin-button[data-table='loss']"))
                .isVisible();
    }
}
