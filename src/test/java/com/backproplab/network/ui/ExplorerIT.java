package com.backproplab.network.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.support.BrowserTest;
import com.backproplab.support.Golden;
import org.junit.jupiter.api.Test;

class ExplorerIT extends BrowserTest {

    @Test
    void the_page_opens_on_the_seed_example_with_its_loss_and_every_golden_table() {
        page.navigate(url("/"));
        assertThat(page.locator(".app-name")).hasText("Backprop Lab");
        assertThat(page.locator(".loss-value")).hasText("0.6934039684");
        double shown = Double.parseDouble(page.locator(".loss-value").getAttribute("data-value"));
        assertEquals(Golden.number("forward", "loss"), shown, 1e-15);
        assertEquals("Backprop Lab", page.title());
    }
}
