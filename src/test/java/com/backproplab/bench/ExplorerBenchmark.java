package com.backproplab.bench;

import com.backproplab.Application;
import com.backproplab.support.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Edit-to-updated-page latency of the explorer and the heap one open session holds, measured with a real
 * browser on loopback against the app in this JVM. Latency: from the cell-edit event in the page to the
 * last table (W1_next) showing the new values and the next frame painted. Memory: heap after GC with N
 * sessions open minus before, divided by N. Not a test: run it with {@code bench/explorer.sh}.
 */
public final class ExplorerBenchmark {

    private static final String MEASURE_EDIT = """
            async ({matrix, row, col, text, watch}) => {
              // Done when the watched table (in the middle of the window) shows new numbers, and a frame later.
              const watched = document.querySelector(`[data-matrix="${watch}"]`);
              const done = new Promise(resolve => {
                const observer = new MutationObserver(records => {
                  if (records.some(r => r.type === 'childList' || r.attributeName === 'data-value')) {
                    observer.disconnect();
                    requestAnimationFrame(() => resolve(performance.now()));
                  }
                });
                observer.observe(watched, {subtree: true, childList: true, attributes: true, attributeFilter: ['data-value']});
                setTimeout(() => { observer.disconnect(); resolve(NaN); }, 10000);
              });
              const target = document.querySelector(`[data-matrix="${matrix}"]`);
              const t0 = performance.now();
              target.dispatchEvent(new CustomEvent('cell-edit', {detail: {row, col, text}, bubbles: true}));
              const end = await done;
              const uidl = performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')).pop();
              window.__server = (window.__server || []);
              if (uidl) window.__server.push(uidl.responseEnd - uidl.startTime);
              performance.clearResourceTimings();
              return end - t0;
            }
            """;

    /**
     * A network to open: its layer sizes (null for the worked example), samples, and the table whose cell
     * [0,1] is watched (scrolled into the middle of the window first).
     */
    private record Shape(String layers, int samples, String watch) {}

    private static final Shape WIDE = new Shape("3-64-64-2", 88, "dZ1");
    private static final Shape JACOBIANS = new Shape("3-16-64", 18, "dZ1");
    /** Six hidden layers of 32 on 32 samples: about 60 tables of 1,024 cells, each small enough to be drawn whole alone. */
    private static final Shape DEEP = new Shape("3-32-32-32-32-32-32-2", 32, "dZ1");

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int sessions = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        ConfigurableApplicationContext app = SpringApplication.run(
                Application.class, "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        String url = "http://localhost:" + port + "/";
        try (Playwright playwright = Playwright.create();
                Browser browser = Chromium.launch(playwright)) {
            latency(browser, url, "seed 3-4-2, m = 2", new Shape(null, 2, "W1_next"), edits);
            latency(
                    browser,
                    url,
                    "3 hidden layers 4-16-16-16-3, m = 8",
                    new Shape("4-16-16-16-3", 8, "W1_next"),
                    edits);
            // The largest pages the default limits allow (100,000 values): wide hidden layers, and many Jacobians.
            latency(browser, url, "3-64-64-2, m = 88 (99,000 values)", WIDE, Math.min(edits, 60));
            latency(browser, url, "3-16-64, m = 18 (95,000 values)", JACOBIANS, Math.min(edits, 60));
            latency(browser, url, "3-32×6-2, m = 32 (81,000 values)", DEEP, Math.min(edits, 60));
            memory(browser, url, "seed 3-4-2", new Shape(null, 2, "W1_next"), sessions);
            memory(browser, url, "3-64-64-2, m = 88", WIDE, Math.min(sessions, 4));
            memory(browser, url, "3-16-64, m = 18", JACOBIANS, Math.min(sessions, 4));
            memory(browser, url, "3-32×6-2, m = 32", DEEP, Math.min(sessions, 4));
        } finally {
            app.close();
        }
    }

    private static void latency(Browser browser, String url, String name, Shape shape, int edits) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
            Page page = context.newPage();
            open(page, url, shape);
            page.locator("[data-matrix='" + shape.watch() + "']")
                    .evaluate("el => el.scrollIntoView({block: 'center'})");
            page.waitForSelector("[data-matrix='" + shape.watch() + "'] td[data-row]");
            double[] ms = new double[edits];
            for (int i = -10; i < edits; i++) {
                String text = Double.toString(0.01 * ((i % 7) + 1) * (i % 2 == 0 ? 1 : -1));
                // Large tables above it may have changed height: the watched one back in the middle, drawn.
                page.locator("[data-matrix='" + shape.watch() + "']")
                        .evaluate("el => el.scrollIntoView({block: 'center'})");
                page.waitForSelector("[data-matrix='" + shape.watch() + "'] td[data-row]");
                Object t = page.evaluate(
                        MEASURE_EDIT, Map.of("matrix", "W2", "row", 1, "col", 0, "text", text, "watch", shape.watch()));
                if (i >= 0) {
                    ms[i] = ((Number) t).doubleValue();
                }
            }
            Arrays.sort(ms);
            List<?> server = (List<?>) page.evaluate("() => window.__server || []");
            double[] sv = server.stream()
                    .mapToDouble(o -> ((Number) o).doubleValue())
                    .sorted()
                    .toArray();
            if (sv.length > 0) {
                System.out.printf(
                        Locale.ROOT,
                        "         (of which request to response end: p50 %.1f ms, p95 %.1f ms)%n",
                        sv[sv.length / 2],
                        sv[(int) Math.ceil(sv.length * 0.95) - 1]);
            }
            System.out.printf(
                    Locale.ROOT,
                    "latency  %-38s %4d edits  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n",
                    name,
                    edits,
                    ms[edits / 2],
                    ms[(int) Math.ceil(edits * 0.95) - 1],
                    ms[edits - 1]);
        }
    }

    private static void open(Page page, String url, Shape shape) {
        String layers = shape.layers();
        page.navigate(url);
        page.waitForSelector("[data-matrix='W1_next'] td[data-row='0'][data-col='1']");
        if (layers != null) {
            page.locator("vaadin-select")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("New cells"))
                    .click();
            page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText("small random"))
                    .click();
            var samples = page.locator("vaadin-integer-field").first().locator("input");
            samples.fill(Integer.toString(shape.samples()));
            samples.press("Enter");
            var field = page.locator("vaadin-text-field").first().locator("input");
            field.fill(layers);
            field.press("Enter");
            String[] sizes = layers.split("-");
            // W1_next may be windowed (DD015) and away from the window: its size, not its cells.
            page.waitForFunction(
                    "n => { const m = document.querySelector('[data-matrix=\"W1_next\"]').matrix;"
                            + " return m && m.rows * m.cols === n; }",
                    Integer.parseInt(sizes[0]) * Integer.parseInt(sizes[1]));
        }
    }

    private static void memory(Browser browser, String url, String name, Shape shape, int sessions)
            throws InterruptedException {
        long before = usedHeapAfterGc();
        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserContext context = browser.newContext();
            open(context.newPage(), url, shape);
            open.add(context);
        }
        long with = usedHeapAfterGc();
        System.out.printf(
                Locale.ROOT,
                "memory   %s: %d sessions hold %.2f MB of heap, %.2f MB each%n",
                name,
                sessions,
                (with - before) / 1e6,
                (with - before) / 1e6 / sessions);
        open.forEach(BrowserContext::close);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
