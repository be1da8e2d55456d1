package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.explorer.Numbers;
import com.backproplab.math.Matrices;
import com.backproplab.scenario.EasyNumbers;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.BrowserTest;
import com.backproplab.support.Golden;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Practice mode in a browser, on the worked example with the golden file's values: hidden cells carry no
 * value, answers are checked, hints, dependent tables, the guided backward pass, links and easy numbers.
 */
class PracticeIT extends BrowserTest {

    /** Types {@code text} into a practice cell the way a learner does: select it, type, Enter. */
    private static void answer(ExplorerPage p, String matrix, int r, int c, String text) {
        p.cell(matrix, r, c).click();
        p.cell(matrix, r, c).press("F2");
        Locator input = p.matrix(matrix).locator("input.bpl-cell-input");
        input.fill(text);
        input.press("Enter");
    }

    /** Serious and critical WCAG 2.1 A and AA violations on the page as it is now (as PolishIT). */
    private List<String> axe() {
        return new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + " "
                                + v.getNodes().stream()
                                        .map(n -> n.getHtml() + " " + n.getFailureSummary())
                                        .toList())
                        .toList();
    }

    /** The worked example's value to the 5 significant digits the page shows, as a learner would type it. */
    private static String fiveDigits(double v) {
        return Numbers.format(v, 5).replace('−', '-');
    }

    @Test
    void a_practised_table_hides_its_values_checks_answers_gives_hints_and_shows_its_dependents_once_solved() {
        ExplorerPage p = new ExplorerPage(page).open(url("/?example=seed&practice=dW2"));
        double[][] dW2 = Golden.matrix("backward", "dW2");
        Locator cell = p.cell("dW2", 1, 0);
        assertThat(cell).hasAttribute("data-practice", "hidden");
        assertFalse(cell.evaluate("td => td.hasAttribute('data-value')").equals(true));
        // Not in the element's properties either: the true value never reached the browser.
        String sent = (String) p.matrix("dW2").evaluate("m => JSON.stringify(m.matrix)");
        assertFalse(sent.contains(Double.toString(dW2[1][0])), sent);
        assertFalse(sent.contains("0.0129"), sent);
        // dW2's dependents are hidden; the tables it reads are not.
        assertThat(p.cell("W2_next", 1, 0)).hasAttribute("data-practice", "hidden");
        assertThat(p.cell("W2_step", 1, 0)).hasAttribute("data-practice", "hidden");
        assertThat(p.cell("dW2_numeric", 1, 0)).hasAttribute("data-practice", "hidden");
        assertFalse(p.cell("dW2_numeric", 1, 0)
                .evaluate("td => td.hasAttribute('data-value')")
                .equals(true));
        assertTrue(p.cell("dZ2", 0, 0).getAttribute("data-value") != null);
        assertThat(page.locator("[data-testid='practice-status']")).hasText("dW2: 0 of 8");
        // The tangent picture's slope is dW2[1,0]: it is left out too, and so is W2's own explanation.
        assertThat(page.locator("[data-chart='tangent']")).not().hasAttribute("data-slope", Pattern.compile(".*"));
        p.cell("W2", 1, 0).click();
        assertThat(p.explanation()).hasText("W2[1,0] is an input; its gradient is hidden while you practise.");

        answer(p, "dW2", 1, 0, fiveDigits(dW2[1][0]));
        assertThat(cell).hasAttribute("data-practice", "correct");
        assertThat(cell).hasAttribute("data-value", Double.toString(dW2[1][0]));

        answer(p, "dW2", 3, 0, "0.5");
        Locator wrong = p.cell("dW2", 3, 0);
        assertThat(wrong).hasAttribute("data-practice", "wrong");
        assertThat(wrong).hasText(Pattern.compile("^0\\.5"));
        assertFalse(wrong.evaluate("td => td.hasAttribute('data-value')").equals(true));

        assertThat(p.cell("dW2", 0, 1)).hasAttribute("aria-label", "dW2, row 0, column 1: hidden, to work out");
        assertEquals(List.of(), axe(), "serious or critical WCAG violations with hidden, correct and wrong cells");

        wrong.click();
        p.button("Hint").click();
        assertThat(p.explanation())
                .hasText(Pattern.compile("^dW2\\[3,0\\] = Σ_k A1\\[k,3\\]·dZ2\\[k,0\\] = .* = \\?$"));
        p.button("Hint").click();
        assertThat(p.explanation()).hasText(Pattern.compile("= −0\\.01906$"));
        assertThat(wrong).hasAttribute("data-practice", "revealed");
        assertThat(page.locator("[data-testid='practice-status']")).hasText("dW2: 2 of 8");

        assertThat(p.cell("W2_next", 1, 0)).hasAttribute("data-practice", "hidden");
        for (int[] rc : new int[][] {{0, 0}, {0, 1}, {1, 1}, {2, 0}, {2, 1}, {3, 1}}) {
            answer(p, "dW2", rc[0], rc[1], fiveDigits(dW2[rc[0]][rc[1]]));
        }
        assertThat(page.locator("[data-testid='practice-status']")).hasText("Solved: every practised table is done.");
        assertThat(p.cell("W2_next", 1, 0)).not().hasAttribute("data-practice", "hidden");
        double next = Golden.matrix("step", "W2")[1][0];
        assertThat(p.cell("W2_next", 1, 0)).hasAttribute("data-value", Double.toString(next));
        p.cell("W2", 1, 0).click();
        assertThat(page.locator("[data-chart='tangent']")).hasAttribute("data-slope", Double.toString(dW2[1][0]));

        // The link holds the exercise, not the answers: opening it starts the exercise afresh.
        assertTrue(page.url().contains("practice=dW2"), page.url());
        p.open(page.url());
        assertThat(p.cell("dW2", 1, 0)).hasAttribute("data-practice", "hidden");
        assertThat(page.locator("[data-testid='practice-status']")).hasText("dW2: 0 of 8");
    }

    @Test
    void the_backward_pass_is_practised_in_the_chain_rules_order_and_easy_numbers_come_from_the_seed() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        p.button("Practise the backward pass").click();
        Locator status = page.locator("[data-testid='practice-status']");
        assertThat(status).hasText("dA2: 0 of 4 · next: J2_0");
        assertThat(p.cell("J2_0", 0, 0)).hasAttribute("data-practice", "hidden");
        assertThat(p.cell("J2_0", 0, 0)).not().hasClass(Pattern.compile("practice-open"));
        assertThat(p.cell("dW1", 0, 0)).hasAttribute("data-practice", "hidden");
        assertTrue(page.url().contains("practice=backward"), page.url());
        double[][] dA2 = Golden.matrix("backward", "dA2");
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                answer(p, "dA2", r, c, fiveDigits(dA2[r][c]));
            }
        }
        assertThat(status).hasText("J2_0: 0 of 4 · next: J2_1");
        assertThat(p.cell("dA2", 0, 0)).hasAttribute("data-practice", "correct");
        assertThat(p.cell("J2_0", 0, 0)).hasClass(Pattern.compile("practice-open"));

        // A pass is left as a whole; then any table switches to practice from its card.
        assertThat(p.matrix("dZ1")
                        .locator("xpath=ancestor::div[contains(@class,'matrix-card')]")
                        .locator(".practise-toggle"))
                .isHidden();
        p.button("Stop practising").click();
        assertThat(p.cell("dZ1", 0, 0)).not().hasAttribute("data-practice", "hidden");
        p.matrix("dZ1")
                .locator("xpath=ancestor::div[contains(@class,'matrix-card')]")
                .locator(".practise-toggle")
                .click();
        assertThat(status).hasText("dZ1: 0 of 8");
        assertThat(p.cell("dZ1", 0, 0)).hasAttribute("data-practice", "hidden");
        assertThat(p.cell("dA2", 0, 0)).not().hasAttribute("data-practice", "hidden");
        page.waitForURL(Pattern.compile(".*practice=dZ1$"));
        p.button("Practise the backward pass").click();

        p.button("Easy numbers").click();
        var easy = EasyNumbers.of(SeedExample.scenario(), 42);
        p.assertShows("X", easy.batch().x());
        p.assertShows("W1", easy.network().weight(0));
        p.assertShows("b1", Matrices.wrap(new double[1][4]));
        assertThat(status).hasText("dA2: 0 of 4 · next: J2_0");
        String link = page.url();
        p.open(link);
        p.assertShows("X", easy.batch().x());
        assertEquals(true, link.contains("practice=backward"));
    }
}
