package com.backproplab.explorer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The formula bar: how the selected cell is computed, with the real numbers. */
class ExplainBar extends Div {

    private static final String HINT = "Select any cell to see how it is computed.";
    final Span text = new Span(HINT);
    private final Span cell = new Span("ƒx");

    ExplainBar() {
        addClassName("explain-bar");
        cell.addClassName("explain-cell");
        text.addClassName("explain-text");
        text.getElement().setAttribute("data-testid", "explain");
        getElement().setAttribute("aria-live", "polite");
        add(cell, text);
    }

    void show(String where, String explanation) {
        Texts.set(cell, where);
        Texts.set(text, explanation == null || explanation.isEmpty() ? HINT : explanation);
    }
}
