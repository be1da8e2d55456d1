package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.backproplab.math.GradientCheck;
import com.backproplab.math.Training;
import com.backproplab.scenario.Example;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;

/** The gradient check as the page shows it: no correct gradient called wrong, and why each cell is judged. */
class GradientCheckIT extends BrowserTest {

    private Locator verdicts() {
        return page.locator("#check h3");
    }

    private void runSteps(ExplorerPage p, int n) {
        Locator field = page.locator("vaadin-integer-field")
                .filter(new Locator.FilterOptions().setHasText("Steps"))
                .locator("input");
        field.fill(Integer.toString(n));
        field.press("Enter");
        p.button("Run steps").click();
        // The run, its last push and the gradient check after it: seconds on a loaded two-core machine.
        assertThat(page.locator("[data-testid='train-status']"))
                .containsText(
                        "Trained " + n + " steps", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
    }

    /** "dW1: fine", "db1: fine", … for every parameter matrix of {@code s}. */
    private static String[] allFine(Scenario s) {
        return GradientCheck.of(s.network(), s.batch(), s.trace().backward()).stream()
                .map(c -> "d" + c.name() + ": fine")
                .toArray(String[]::new);
    }

    @Test
    void no_example_shows_a_correct_gradient_as_wrong_before_or_after_1000_training_steps() {
        for (Example e : Gallery.all()) {
            ExplorerPage p = new ExplorerPage(page).open(url("/?example=" + e.id()));
            Scenario s = e.scenario();
            assertThat(verdicts()).hasText(allFine(s));
            runSteps(p, 1000);
            Training.Result r = Training.run(s.network(), s.batch(), s.learningRate(), 1000);
            assertThat(page.locator(".loss-value")).hasAttribute("data-value", Double.toString(r.lossHistory()[1000]));
            assertThat(verdicts()).hasText(allFine(new Scenario(r.network(), s.batch(), s.learningRate())));
        }
    }

    @Test
    void after_training_the_worked_example_a_kink_cell_names_the_pre_activation_near_zero() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        runSteps(p, 1000);
        p.cell("db1_error", 0, 3).click();
        assertThat(p.explanation())
                .containsText("Kink: not differentiable here: Z1[1,3] = −0.00018783 is within the stencil's reach of 0,"
                        + " where ReLU has its kink");
        assertThat(p.explanation()).containsText("From below, where no Z crosses, the one-sided");
        assertThat(page.locator("#check .group-note").nth(1))
                .containsText("2 of 4 elements are not compared, as the stencil crosses a kink of the activation:"
                        + " db1[0,1], db1[0,3].");
    }

    @Test
    void the_spirals_zero_bias_gradients_are_below_noise_and_say_so() {
        ExplorerPage p = new ExplorerPage(page).open(url("/?example=spirals"));
        assertThat(verdicts())
                .hasText(allFine(Gallery.byId("spirals").orElseThrow().scenario()));
        p.cell("db1_numeric", 0, 0).click();
        assertThat(p.explanation())
                .containsText("Below noise: |a| = 2.8189e−18 and |n| = 7.4015e−14 both lie within the rounding noise");
    }
}
