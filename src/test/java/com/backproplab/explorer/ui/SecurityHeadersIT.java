package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page passes its Content-Security-Policy: every violation report the browser raises while the page
 * loads, edits, explains a cell (KaTeX), trains (ECharts, pushed over the websocket), opens an example and
 * imports a file is collected, and there must be none.
 */
class SecurityHeadersIT extends BrowserTest {

    private static final String COLLECT_REPORTS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    @BeforeEach
    void collectViolationReports() {
        page.addInitScript(COLLECT_REPORTS);
    }

    @Test
    void the_page_answers_with_its_policy_and_runs_every_feature_without_a_violation() {
        Response first = page.navigate(url("/"));
        String policy = first.headers().get("content-security-policy");
        assertTrue(policy.contains("script-src 'self' 'unsafe-inline' 'unsafe-eval';"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertEquals("nosniff", first.headers().get("x-content-type-options"));
        assertEquals("same-origin", first.headers().get("referrer-policy"));

        page.waitForTimeout(2000);
        assertEquals(List.of(), page.evaluate("() => window.__cspViolations"), "violations on loading");
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        p.type("W1", 0, 0, "0.25");
        assertThat(p.cell("W1", 0, 0)).hasAttribute("data-value", "0.25");
        p.cell("dW2", 1, 0).click();
        assertThat(page.locator(".katex").first()).isVisible();

        Locator steps = page.locator("vaadin-integer-field")
                .filter(new Locator.FilterOptions().setHasText("Steps"))
                .locator("input");
        steps.scrollIntoViewIfNeeded();
        steps.fill("200");
        steps.press("Enter");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Run steps"))
                .click();
        assertThat(page.locator("[data-testid='train-status']"))
                .containsText("200", new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator("bpl-echart canvas").first()).isVisible();

        byte[] xor = ScenarioJson.write(Gallery.byId("xor").orElseThrow().scenario())
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("xor.json", "application/json", xor));
        assertThat(p.matrix("X").locator("td[data-row]")).hasCount(8);

        page.navigate(url("/?example=spirals"));
        assertThat(page.locator("[data-matrix='W1'] td[data-row='0'][data-col='0']"))
                .isVisible();
        page.locator("bpl-echart").last().scrollIntoViewIfNeeded();
        page.waitForTimeout(500);
        assertEquals(List.of(), page.evaluate("() => window.__cspViolations"));
    }
}
