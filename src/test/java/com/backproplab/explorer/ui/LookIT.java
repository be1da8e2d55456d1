package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.support.BrowserTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;

/** How the page looks: light and dark, wide and narrow; saves screenshots under target/screenshots. */
class LookIT extends BrowserTest {

    private Page open(int width, int height, ColorScheme scheme) {
        context.close();
        context = newContext(
                new Browser.NewContextOptions().setViewportSize(width, height).setColorScheme(scheme));
        page = context.newPage();
        watchConsole(page);
        new ExplorerPage(page).open(url("/"));
        return page;
    }

    @Test
    void the_wide_light_page_shows_controls_loss_and_tables_above_the_fold() {
        open(1400, 900, ColorScheme.LIGHT);
        assertThat(page.locator(".loss-value")).isInViewport();
        assertThat(page.locator("[data-matrix='X']")).isInViewport();
        assertEquals("rgb(255, 255, 255)", background(".matrix-card"));
        page.locator("[data-matrix='X'] td[data-row='0'][data-col='1']").click();
        assertThat(page.locator("[data-testid='explain']")).containsText("X[0,1] = 8");
        screenshot("light-wide");
    }

    @Test
    void the_dark_scheme_follows_the_system_and_the_switch_toggles_it() {
        open(1400, 900, ColorScheme.DARK);
        assertTrue(isDark(background(".matrix-card")), background(".matrix-card"));
        // On a dark system the first click shows light (it used to set dark again, changing nothing).
        page.locator(".app-header vaadin-button").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'light'");
        assertEquals("rgb(255, 255, 255)", background(".matrix-card"));
        page.locator(".app-header vaadin-button").click();
        page.waitForFunction("() => document.documentElement.getAttribute('theme') === 'dark'");
        page.locator("[data-matrix='dW2'] td[data-row='1'][data-col='0']").click();
        screenshot("dark-wide");
    }

    @Test
    void the_narrow_page_fits_a_phone_without_scrolling_sideways() {
        open(390, 844, ColorScheme.LIGHT);
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow.intValue() <= 0, "the page is wider than the phone by " + overflow + " px");
        assertThat(page.locator("[data-matrix='W1']")).isVisible();
        screenshot("narrow");
    }

    private String background(String selector) {
        return (String) page.locator(selector).first().evaluate("e => getComputedStyle(e).backgroundColor");
    }

    private static boolean isDark(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,]", "").split(",");
        int sum = Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]) + Integer.parseInt(parts[2]);
        return sum < 3 * 100;
    }

    @Override
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Paths.get(
                        System.getProperty("screenshots.dir", "target/screenshots"), "LookIT-" + name + ".png")));
    }
}
