package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Network;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Seeing gradient descent: the step picture, watchable training, the decision boundary, the network picture. */
class WatchIT extends BrowserTest {

    private static final Pattern PLAYED = Pattern.compile("(\\d+) steps? so far");
    private static final Pattern PAUSED = Pattern.compile("Paused after (\\d+) steps");

    private final Scenario seed = SeedExample.scenario();

    private Locator status() {
        return page.locator("[data-testid='train-status']");
    }

    private Locator charts() {
        return page.locator("#charts");
    }

    private void chooseSpeed(String label) {
        page.locator("#speed").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first()
                .click();
    }

    private Network trained(int steps) {
        return Training.run(seed.network(), seed.batch(), seed.learningRate(), steps)
                .network();
    }

    @Test
    void at_the_default_alpha_the_step_spans_more_than_a_tenth_of_the_zoomed_view() {
        new ExplorerPage(page).open(url("/"));
        Locator tangent = page.locator("[data-chart='tangent']");
        assertThat(tangent).hasAttribute("data-parameter", "W2[1,0]");
        double share = ((Number) tangent.evaluate("el => { const o = el.option; const c = o.series[3].data[0].coords;"
                        + " return Math.abs(c[1][0] - c[0][0]) / (o.xAxis.max - o.xAxis.min); }"))
                .doubleValue();
        assertTrue(share >= 0.1, "the step spans " + share + " of the view");
        tangent.scrollIntoViewIfNeeded();
        assertThat(tangent.locator("canvas").first()).isAttached();
    }

    @Test
    void step_takes_one_step_and_play_at_a_slow_speed_takes_a_few_steps_a_frame_until_pause() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        page.locator("#step-once").click();
        p.assertShows("W1", trained(1).weight(0));
        assertThat(status()).containsText("Took one step: 1 steps in this run.");
        chooseSpeed("5 steps/s");
        page.locator("#play").click();
        assertThat(charts()).hasAttribute("data-training", "playing");
        List<Integer> seen = new ArrayList<>();
        while (seen.isEmpty() || seen.get(seen.size() - 1) < 4) {
            Matcher m = PLAYED.matcher(status().textContent());
            if (m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (seen.isEmpty() || seen.get(seen.size() - 1) != n) {
                    seen.add(n);
                }
            }
            page.waitForTimeout(40);
        }
        page.locator("#pause").click();
        assertThat(charts()).hasAttribute("data-training", "idle");
        // At 5 steps/s a frame takes the steps due since the last: one while the page keeps up, never more than
        // half a second's worth (2.5) and the fraction carried over.
        for (int i = 1; i < seen.size(); i++) {
            int taken = seen.get(i) - seen.get(i - 1);
            assertTrue(taken >= 1 && taken <= 3, "steps of a frame at 5 steps/s: " + seen);
        }
        Matcher paused = PAUSED.matcher(status().textContent());
        assertTrue(paused.find(), status().textContent());
        int played = Integer.parseInt(paused.group(1));
        p.assertShows("W1", trained(1 + played).weight(0));
        p.assertShows("b2", trained(1 + played).bias(1));
        assertThat(page.locator("[data-chart='loss']")).hasAttribute("data-steps", Integer.toString(1 + played));
        p.button("Undo").click();
        p.assertShows("W1", trained(1).weight(0));
    }

    @Test
    void an_edit_during_playback_pauses_it_and_keeps_the_edit_and_the_steps() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        chooseSpeed("full speed");
        page.locator("#play").click();
        assertThat(status()).containsText("so far");
        p.type("W1", 0, 0, "0.5");
        assertThat(charts()).hasAttribute("data-training", "idle");
        assertThat(status()).containsText("because the network was edited; the steps before it are kept");
        assertThat(p.cell("W1", 0, 0)).hasAttribute("data-value", "0.5");
        assertTrue(
                !p.cell("W2", 1, 0).getAttribute("data-value").equals("-0.0067974"),
                "the played steps are kept: W2[1,0] moved");
        Matcher m = Pattern.compile("Paused at step (\\d+)").matcher(status().textContent());
        assertTrue(m.find() && Integer.parseInt(m.group(1)) > 1, "full speed takes many steps a frame");
    }

    @Test
    void the_decision_boundary_fills_the_plane_without_gaps() {
        new ExplorerPage(page).open(url("/?example=xor"));
        Locator boundary = page.locator("[data-chart='boundary']");
        boundary.scrollIntoViewIfNeeded();
        assertThat(boundary.locator("canvas").first()).isAttached();
        assertEquals(48 * 48, ((Number) boundary.evaluate("el => el.option.series[0].data.length")).intValue());
        // Every sampled pixel of the plot area is painted on one of the chart's canvases (ECharts draws a large
        // heatmap on a layer of its own): no stripes of the card's background between the cells.
        String unpainted = """
                el => {
                  const canvases = [...el.querySelectorAll('canvas')].map(c => [c, c.getContext('2d')]);
                  const g = el.option.grid;
                  const left = g.left + 3, right = el.clientWidth - g.right - 3;
                  const top = g.top + 3, bottom = el.clientHeight - g.bottom - 3;
                  let empty = 0;
                  for (let i = 0; i <= 60; i++) {
                    for (let j = 0; j <= 20; j++) {
                      const x = left + (right - left) * i / 60, y = top + (bottom - top) * j / 20;
                      const painted = canvases.some(([c, ctx]) => {
                        const k = c.width / c.clientWidth;
                        return ctx.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data[3] > 0;
                      });
                      if (!painted) empty++;
                    }
                  }
                  return empty;
                }
                """;
        try {
            page.waitForFunction(
                    "el => (" + unpainted + ")(el) === 0",
                    boundary.elementHandle(),
                    new Page.WaitForFunctionOptions().setTimeout(5000));
        } catch (com.microsoft.playwright.TimeoutError notYet) {
            // The count below says how many are still empty.
        }
        Number unpaintedCount = (Number) boundary.evaluate(unpainted);
        assertEquals(0, unpaintedCount.intValue(), "unpainted pixels in the plot");
    }

    @Test
    void clicking_an_edge_selects_its_weight_and_clicking_a_unit_its_bias() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        // The picture is drawn when it comes near the window (DD015).
        page.locator("bpl-network").scrollIntoViewIfNeeded();
        Locator edge = page.locator("bpl-network [data-edge='W1'][data-row='2'][data-col='1']");
        edge.scrollIntoViewIfNeeded();
        double w = seed.network().weight(0).getEntry(2, 1);
        assertEquals(w, Double.parseDouble(edge.getAttribute("data-value")), Math.abs(w) * 1e-7, "as a float");
        edge.dispatchEvent("click");
        assertThat(page.locator("[data-chart='tangent']")).hasAttribute("data-parameter", "W1[2,1]");
        assertThat(p.cell("W1", 2, 1)).hasClass(Pattern.compile("\\bselected\\b"));
        assertThat(page.locator("bpl-network .edge.marked")).hasAttribute("data-edge", "W1");
        page.locator("bpl-network [data-unit='1'][data-layer='2']").dispatchEvent("click");
        assertThat(page.locator("[data-chart='tangent']")).hasAttribute("data-parameter", "b2[0,1]");
        assertThat(page.locator("bpl-network .unit.marked")).hasAttribute("data-layer", "2");
    }
}
