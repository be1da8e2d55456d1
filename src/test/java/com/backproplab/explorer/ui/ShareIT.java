package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.explorer.Exports;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ShareIT extends BrowserTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void the_json_export_is_the_api_request_of_what_the_page_shows() throws Exception {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        p.type("W1", 2, 3, "0.5");
        assertThat(p.cell("W1", 2, 3)).hasAttribute("data-value", "0.5");
        Download download = page.waitForDownload(() -> page.locator(
                        "a.share-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText("JSON"))
                .click());
        String text = Files.readString(download.path(), StandardCharsets.UTF_8);
        Scenario expected = ScenarioEditor.withCell(SeedExample.scenario(), TableId.weight(1), 2, 3, 0.5);
        assertEquals(ScenarioJson.write(expected), JSON.readTree(text));
    }

    @Test
    void the_csv_export_holds_every_table_with_full_precision() throws Exception {
        new ExplorerPage(page).open(url("/"));
        Download download = page.waitForDownload(() -> page.locator(
                        "a.share-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tables"))
                .click());
        String dW2 = null;
        int files = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files++;
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("dW2.csv")) {
                    dW2 = content;
                }
            }
        }
        assertTrue(files > 30, files + " tables");
        assertEquals(Exports.csv(SeedExample.scenario().trace().backward().dW(1)), dW2);
        assertTrue(dW2.startsWith("0.0,0.0\n-0.012982710891565422,"), dW2);
    }

    @Test
    void the_csv_export_holds_the_gradient_check_tables_too() throws Exception {
        new ExplorerPage(page).open(url("/"));
        Download download = page.waitForDownload(() -> page.locator(
                        "a.share-link", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Tables"))
                .click());
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(download.path()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        Scenario seed = SeedExample.scenario();
        var checks = com.backproplab.math.GradientCheck.of(
                seed.network(), seed.batch(), seed.trace().backward());
        for (var check : checks) {
            String d = TableId.gradient(check.bias(), check.layer() + 1).name();
            assertEquals(Exports.csv(check.numeric()), files.get(d + "_numeric.csv"), d + "_numeric");
            assertEquals(Exports.csv(check.relativeError()), files.get(d + "_error.csv"), d + "_error");
        }
    }

    @Test
    void importing_a_json_file_opens_it_and_a_bad_file_is_refused_with_the_field_named() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        Scenario xor = Gallery.byId("xor").orElseThrow().scenario();
        byte[] good = ScenarioJson.write(xor).toString().getBytes(StandardCharsets.UTF_8);
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload("xor.json", "application/json", good));
        assertThat(p.matrix("X").locator("td[data-row]")).hasCount(8);
        assertThat(page.locator(".loss-value"))
                .hasAttribute(
                        "data-value", Double.toString(xor.trace().forward().loss()));
        var bad = ScenarioJson.write(xor);
        bad.put("hiddenActivation", "swish");
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload(
                        "bad.json", "application/json", bad.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(page.locator("[data-testid='note']")).containsText("hiddenActivation: unknown name 'swish'");
        assertThat(p.matrix("X").locator("td[data-row]")).hasCount(8);
    }

    @Test
    void the_server_refuses_an_import_over_the_limit_that_skipped_the_browser_s_check() {
        ExplorerPage p = new ExplorerPage(page).open(url("/"));
        String target = page.locator("vaadin-upload").getAttribute("target");
        String address = url("/") + target.replaceFirst("^\\./", "");
        APIRequestContext request = context.request();
        byte[] overLimit = new byte[(2 << 20) + 10_000];
        java.util.Arrays.fill(overLimit, (byte) ' ');
        APIResponse raw = request.post(
                address,
                RequestOptions.create()
                        .setHeader("Content-Type", "application/json")
                        .setHeader("X-Filename", "big.json")
                        .setData(overLimit));
        assertTrue(raw.status() >= 400, "a raw upload just over the limit answered " + raw.status());
        byte[] farOver = new byte[3 << 20];
        java.util.Arrays.fill(farOver, (byte) ' ');
        APIResponse rawFar = request.post(
                address,
                RequestOptions.create()
                        .setHeader("Content-Type", "application/json")
                        .setData(farOver));
        assertEquals(413, rawFar.status());
        APIResponse multipart = request.post(
                address,
                RequestOptions.create()
                        .setMultipart(FormData.create()
                                .set("file", new FilePayload("big.json", "application/json", farOver))));
        assertEquals(413, multipart.status());
        assertThat(p.matrix("X").locator("td[data-row]")).hasCount(6);
        assertThat(page.getByText("Imported the file.")).hasCount(0);
    }
}
