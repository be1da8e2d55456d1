package com.backproplab.explorer.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.RealMatrix;

/** The explorer as a browser test sees it: matrices by their data-matrix name, cells by data-row/data-col. */
final class ExplorerPage {

    private final Page page;

    ExplorerPage(Page page) {
        this.page = page;
    }

    /** Opens {@code url} and waits for its first table (up to BrowserTest's assertion timeout). */
    ExplorerPage open(String url) {
        page.navigate(url);
        assertThat(page.locator("[data-matrix='W1'] td[data-row='0'][data-col='0']"))
                .isVisible();
        return this;
    }

    Locator matrix(String name) {
        return page.locator("[data-matrix='" + name + "']");
    }

    Locator cell(String matrix, int r, int c) {
        return page.locator("[data-matrix='" + matrix + "'] td[data-row='" + r + "'][data-col='" + c + "']");
    }

    double value(String matrix, int r, int c) {
        return Double.parseDouble(cell(matrix, r, c).getAttribute("data-value"));
    }

    /** Every cell's data-value of {@code matrix}, as [row][col] strings. */
    @SuppressWarnings("unchecked")
    String[][] values(String matrix) {
        List<Map<String, Object>> cells = (List<Map<String, Object>>) matrix(matrix)
                .locator("td[data-row]")
                .evaluateAll("tds => tds.map(td => ({r: +td.dataset.row, c: +td.dataset.col, v: td.dataset.value}))");
        int rows = cells.stream()
                        .mapToInt(m -> ((Number) m.get("r")).intValue())
                        .max()
                        .orElse(-1)
                + 1;
        int cols = cells.stream()
                        .mapToInt(m -> ((Number) m.get("c")).intValue())
                        .max()
                        .orElse(-1)
                + 1;
        String[][] out = new String[rows][cols];
        for (Map<String, Object> m : cells) {
            out[((Number) m.get("r")).intValue()][((Number) m.get("c")).intValue()] = (String) m.get("v");
        }
        return out;
    }

    /** Waits until {@code matrix} shows exactly the values of {@code expected} (as Double.toString writes them). */
    void assertShows(String matrix, RealMatrix expected) {
        for (int r = 0; r < expected.getRowDimension(); r++) {
            for (int c = 0; c < expected.getColumnDimension(); c++) {
                assertThat(cell(matrix, r, c)).hasAttribute("data-value", Double.toString(expected.getEntry(r, c)));
            }
        }
        assertThat(matrix(matrix).locator("td[data-row]"))
                .hasCount(expected.getRowDimension() * expected.getColumnDimension());
    }

    /** Every cell drawn of {@code table}, whole or in part, shows the engine's value for its row and column. */
    static void assertDrawn(Locator table, RealMatrix expected) {
        List<?> shown = (List<?>) table.evaluate("m => [...m.querySelectorAll('td[data-row]')]"
                + ".map(td => [+td.dataset.row, +td.dataset.col, td.dataset.value])");
        for (Object o : shown) {
            List<?> cell = (List<?>) o;
            int r = ((Number) cell.get(0)).intValue();
            int c = ((Number) cell.get(1)).intValue();
            org.junit.jupiter.api.Assertions.assertEquals(
                    Double.toString(expected.getEntry(r, c)), cell.get(2), "[" + r + "," + c + "]");
        }
    }

    /** Clicks a cell, types {@code text} and presses Enter. */
    void type(String matrix, int r, int c, String text) {
        cell(matrix, r, c).click();
        page.keyboard().press("F2");
        Locator input = matrix(matrix).locator("input.bpl-cell-input");
        input.fill(text);
        input.press("Enter");
    }

    /** Pastes {@code text} as the clipboard would, with {@code matrix[r][c]} selected. */
    void paste(String matrix, int r, int c, String text) {
        cell(matrix, r, c).click();
        cell(matrix, r, c)
                .evaluate(
                        "(td, text) => { const dt = new DataTransfer(); dt.setData('text/plain', text);"
                                + " td.dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true})); }",
                        text);
    }

    Locator explanation() {
        return page.locator("[data-testid='explain']");
    }

    Locator invalidNotice() {
        return page.locator("[data-testid='invalid-notice']");
    }

    Locator button(String text) {
        return page.locator("vaadin-button", new Page.LocatorOptions().setHasText(text));
    }

    double loss() {
        return Double.parseDouble(page.locator(".loss-value").getAttribute("data-value"));
    }
}
