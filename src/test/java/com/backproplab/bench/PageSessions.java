package com.backproplab.bench;

import com.backproplab.support.Chromium;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Real page sessions in headless Chromium for the load and failover scripts (loopback only, bounded):
 *
 * <ul>
 *   <li>{@code edits BASE SECONDS PAGES}: each page edits W1[0,0] of the XOR example again and again;
 *       prints the count and the p50/p95 from Enter to the new numbers (every table comes in one answer).
 *   <li>{@code failover BASE READY_FILE KILLED_FILE PAGES}: each page (its own cookies, so its own
 *       instance behind the proxy) edits W1[0,0] to its own value; writes READY_FILE with the instance
 *       of each page, waits for KILLED_FILE, then reloads every page and checks that it shows its value and
 *       its derived tables again, on whichever instance now serves it.
 * </ul>
 *
 * Not a test: run by {@code bench/load.py} and {@code bench/two-instances.sh}.
 */
public final class PageSessions {

    private static final String EXAMPLE = "/?example=xor";

    public static void main(String[] args) throws Exception {
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            switch (args[0]) {
                case "edits" -> edits(browser, args[1], Double.parseDouble(args[2]), Integer.parseInt(args[3]));
                case "failover" ->
                    failover(browser, args[1], Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
                default -> throw new IllegalArgumentException("edits or failover, not " + args[0]);
            }
            browser.close();
        }
    }

    private static Locator cell(Page p, String table, int r, int c) {
        return p.locator("[data-matrix='" + table + "'] td[data-row='" + r + "'][data-col='" + c + "']");
    }

    /** Types {@code text} into W1[0,0] and waits until the cell holds it. */
    private static void edit(Page p, String text) {
        cell(p, "W1", 0, 0).click();
        p.keyboard().press("F2");
        Locator input = p.locator("[data-matrix='W1'] input.bpl-cell-input");
        input.fill(text);
        input.press("Enter");
        PlaywrightAssertions.assertThat(cell(p, "W1", 0, 0))
                .hasAttribute("data-value", text, new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
    }

    private static Page open(Browser browser, String base) {
        BrowserContext context = browser.newContext();
        Page p = context.newPage();
        p.navigate(base + EXAMPLE);
        cell(p, "W1", 0, 0).waitFor();
        return p;
    }

    private static void edits(Browser browser, String base, double seconds, int pages) {
        List<Page> open = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            open.add(open(browser, base));
        }
        List<Double> millis = new ArrayList<>();
        int failed = 0;
        long end = System.nanoTime() + (long) (Math.min(seconds, 120) * 1e9);
        for (int n = 0; System.nanoTime() < end && n < 5000; n++) {
            Page p = open.get(n % pages);
            String value = String.valueOf(0.25 + (n % 50) / 100.0);
            long t0 = System.nanoTime();
            try {
                // The edited cell and every derived table come back in the same round trip.
                edit(p, value);
                millis.add((System.nanoTime() - t0) / 1e6);
            } catch (RuntimeException e) {
                failed++;
            }
        }
        double[] sorted =
                millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "page edits: %d done, %d failed; edit → tables p50 %.0f ms, p95 %.0f ms (%d pages)%n",
                sorted.length,
                failed,
                percentile(sorted, 0.5),
                percentile(sorted, 0.95),
                pages);
    }

    private static void failover(Browser browser, String base, Path ready, Path killed, int pages) throws Exception {
        List<Page> open = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            BrowserContext context = browser.newContext();
            Page p = context.newPage();
            Response r = p.navigate(base + EXAMPLE);
            before.add(r.headerValue("x-instance"));
            cell(p, "W1", 0, 0).waitFor();
            edit(p, String.valueOf(0.5 + i / 100.0));
            open.add(p);
        }
        Files.writeString(ready, String.join("\n", before) + "\n");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(killed) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        int fine = 0;
        List<String> after = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Page p = open.get(i);
            try {
                Response r = p.reload();
                after.add(r.headerValue("x-instance"));
                PlaywrightAssertions.assertThat(cell(p, "W1", 0, 0))
                        .hasAttribute(
                                "data-value",
                                String.valueOf(0.5 + i / 100.0),
                                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
                PlaywrightAssertions.assertThat(p.locator("[data-matrix='dW1'] td[data-row]"))
                        .hasCount(8);
                fine++;
            } catch (RuntimeException e) {
                after.add("failed: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        for (int i = 0; i < pages; i++) {
            System.out.println("   page " + i + ": " + before.get(i) + " → " + after.get(i));
        }
        System.out.println("   pages that reloaded with their own edit and every table: " + fine + " of " + pages);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0
                ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
