package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Adam's tables on the page against torch.optim's golden values, and the rows of the current mini-batch. */
class OptimizerIT extends BrowserTest {

    private static JsonNode golden() throws IOException {
        try (InputStream in = OptimizerIT.class.getResourceAsStream("/golden/optimizer-golden.json")) {
            for (JsonNode c : JsonMapper.builder().build().readTree(in).get("cases")) {
                if (c.get("network").asString().equals("seed")
                        && c.get("case").asString().equals("adam")
                        && c.get("weightDecay").asDouble() == 0
                        && c.get("batchSize").asInt() == 1) {
                    return c;
                }
            }
        }
        throw new AssertionError("no golden case");
    }

    @Test
    void after_apply_step_adam_s_tables_show_torch_s_second_step_and_the_next_batch_is_marked() throws Exception {
        JsonNode c = golden();
        ExplorerPage p = adamOnBatchesOfOne();
        assertThat(p.cell("X", 0, 0)).hasAttribute("data-batch", "current");
        assertThat(p.cell("Y", 0, 1)).hasAttribute("data-batch", "current");
        assertThat(p.cell("X", 1, 0)).not().hasAttribute("data-batch", "current");
        assertEquals(1, p.values("Z1").length, "every table shows the batch of one row");

        p.button("Apply step").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "1");
        assertThat(p.cell("X", 1, 2)).hasAttribute("data-batch", "current");
        assertThat(p.cell("X", 0, 2)).not().hasAttribute("data-batch", "current");
        JsonNode after1 = c.at("/after/1");
        JsonNode after2 = c.at("/after/2");
        assertNear(after1.at("/weights/1"), p, "W2");
        assertNear(after1.at("/first/2"), p, "W2_m");
        assertNear(after2.at("/first/2"), p, "W2_m_next");
        assertNear(after2.at("/second/2"), p, "W2_v_next");
        assertNear(after2.at("/second/3"), p, "b2_v_next");
        assertNear(after2.at("/weights/1"), p, "W2_next");
        assertNear(after2.at("/weights/0"), p, "W1_next");
        double m = after2.at("/first/2/3/1").doubleValue();
        assertEquals(m / (1 - 0.9 * 0.9), p.value("W2_mhat", 3, 1), 1e-12 * Math.abs(m) * 10);

        p.button("Undo").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "0");
        p.button("Redo").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "1");
        p.button("Reset optimizer state").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "0");
        assertThat(p.cell("X", 0, 0)).hasAttribute("data-batch", "current");
    }

    @Test
    void step_and_play_take_adam_s_steps_on_the_batches_and_the_loss_chart_gets_its_epoch_curve() throws Exception {
        JsonNode c = golden();
        ExplorerPage p = adamOnBatchesOfOne();
        page.locator("#step-once").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "1");
        page.locator("#step-once").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "2");
        assertNear(c.at("/after/2/weights/1"), p, "W2");
        assertNear(c.at("/after/2/first/2"), p, "W2_m");
        assertThat(page.locator("[data-chart='loss']")).hasAttribute("data-epochs", "1");
        assertThat(p.cell("X", 0, 0)).hasAttribute("data-batch", "current");

        p.cell("W2_m_next", 1, 0).click();
        assertThat(p.explanation()).containsText("m[1,0] ← β₁·m + (1 − β₁)·dW2[1,0] = 0.9×");

        page.locator("#play").click();
        assertThat(page.locator(".optimizer-status")).not().hasAttribute("data-t", "2");
        page.locator("#pause").click();
        assertThat(page.locator("[data-training]")).hasAttribute("data-training", "idle");
        int t = Integer.parseInt(page.locator(".optimizer-status").getAttribute("data-t"));
        String steps = page.locator("[data-chart='loss']").getAttribute("data-steps");
        assertEquals(Integer.toString(t), steps, "the run's steps are the optimizer's: t counts them");
        assertThat(page.locator("[data-chart='loss']")).hasAttribute("data-epochs", Integer.toString((t + 1) / 2));
        p.button("Undo").click();
        assertThat(page.locator(".optimizer-status")).hasAttribute("data-t", "2");
        assertNear(c.at("/after/2/weights/1"), p, "W2");
    }

    /** The worked example at α = 0.01 with Adam on batches of one sample, as torch's golden case has it. */
    private ExplorerPage adamOnBatchesOfOne() {
        ExplorerPage p = new ExplorerPage(page).open("http://localhost:" + port + "/");
        page.getByLabel("Learning rate α").fill("0.01");
        page.getByLabel("Learning rate α").press("Enter");
        // The optimizer's settings sit above the step's tables: bring them to the middle of the window first.
        page.locator("vaadin-select.optimizer-select").evaluate("el => el.scrollIntoView({block: 'center'})");
        page.locator("vaadin-select.optimizer-select").click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("Adam"))
                .click();
        page.getByLabel("Batch size b").fill("1");
        page.getByLabel("Batch size b").press("Enter");
        assertThat(p.matrix("W2_mhat")).isVisible();
        return p;
    }

    /** Every cell of {@code name} within 1e-12 of the matrix's largest |value| of torch's (DD007). */
    private static void assertNear(JsonNode expected, ExplorerPage p, String name) {
        assertThat(p.matrix(name)).isVisible();
        String[][] shown = p.values(name);
        double scale = 0;
        for (JsonNode row : expected) {
            for (JsonNode v : row) {
                scale = Math.max(scale, Math.abs(v.doubleValue()));
            }
        }
        assertEquals(expected.size(), shown.length, name + " rows");
        for (int i = 0; i < shown.length; i++) {
            for (int j = 0; j < shown[i].length; j++) {
                double e = expected.get(i).get(j).doubleValue();
                double a = Double.parseDouble(shown[i][j]);
                if (!(Math.abs(a - e) <= 1e-12 * scale)) {
                    fail(name + "[" + i + "][" + j + "]: expected " + e + " but the page shows " + a);
                }
            }
        }
    }
}
