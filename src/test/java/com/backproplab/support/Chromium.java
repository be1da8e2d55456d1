package com.backproplab.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Launches headless Chromium for tests and benchmarks: Debian's {@code /usr/bin/chromium} where it is
 * installed (Playwright cannot download its own here), Playwright's own browser elsewhere; without the
 * background-networking flags Chromium keeps trying addresses this machine cannot reach.
 */
public final class Chromium {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private Chromium() {}

    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }
}
