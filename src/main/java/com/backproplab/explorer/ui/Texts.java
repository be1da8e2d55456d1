package com.backproplab.explorer.ui;

import com.vaadin.flow.component.HasText;

/**
 * Sets a component's text only when it changes. Flow's {@code setText} detaches and re-attaches the text node
 * even for the same text: on a page of 137 cards, three texts a card cost 400 changes (47 KB) in every answer
 * to an edit, and as many DOM removals and insertions in the page (issue #15, DD014).
 */
final class Texts {

    private Texts() {}

    /** Sets {@code text} on {@code component} unless it already shows exactly that. */
    static void set(HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }
}
