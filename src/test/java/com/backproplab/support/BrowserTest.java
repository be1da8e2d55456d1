package com.backproplab.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.Application;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of every browser test: the app on a random port, one Chromium per test class (see
 * {@link Chromium}), a fresh page per test that fails the test on any console error.
 */
@SpringBootTest(classes = Application.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    protected BrowserContext context;
    protected Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    void launchBrowser() {
        // CI's machine has 2 cores for the app, Chromium and Maven: a gallery page takes 2-4 s to draw there
        // when quiet, more under load. Assertions wait up to 15 s for what a page must show; how long it takes
        // is measured by the benches (bench/first-visit.sh, bench/explorer.sh), never asserted.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        context = newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        page = context.newPage();
        watchConsole(page);
    }

    /** A new browser context whose console errors fail the test too. */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        return browser.newContext(options);
    }

    /** Records the console errors and page errors of {@code p}. */
    protected void watchConsole(Page p) {
        p.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        p.onPageError(error -> consoleErrors.add(error));
    }

    @AfterEach
    void closePageAndCheckConsole(TestInfo info) {
        screenshot(info.getTestMethod().map(m -> m.getName()).orElse("page"));
        context.close();
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        assertEquals(List.of(), errors, "browser console errors");
    }

    /** The app's URL for {@code path}, e.g. {@code url("/")}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Saves a full-page screenshot of the current page as target/screenshots/{class}-{name}.png. */
    protected void screenshot(String name) {
        String dir = System.getProperty("screenshots.dir", "target/screenshots");
        Path file = Paths.get(dir, getClass().getSimpleName() + "-" + name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
