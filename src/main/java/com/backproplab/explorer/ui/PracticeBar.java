package com.backproplab.explorer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Practice mode's buttons: the guided exercise of the backward pass, easy numbers for hand work from the seed
 * in the controls, and the way out; and the line that says where the exercise is ({@code dW2: 5 of 8 · next:
 * db2}), which the page puts in the bar that stays on screen.
 */
class PracticeBar extends Div {

    final Span status = new Span();
    final Button backward = new Button("Practise the backward pass", PageIcon.PENCIL.create());
    final Button easy = new Button("Easy numbers");
    final Button stop = new Button("Stop practising");

    PracticeBar() {
        addClassName("practice-bar");
        status.addClassName("practice-status");
        status.getElement().setAttribute("data-testid", "practice-status");
        status.getElement().setAttribute("aria-live", "polite");
        backward.addThemeVariants(ButtonVariant.LUMO_SMALL);
        easy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        easy.setTooltipText("Small integers for X and Y, one-decimal weights, zero biases: drawn from the seed"
                + " in the controls, so the same seed gives the same exercise");
        stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // The status goes in the bar that stays on screen (ExplorerView), so the next table is always in view.
        add(backward, easy, stop);
    }

    /** Shows {@code line} (in the sticky bar), or only the ways into practice when there is no exercise. */
    void show(boolean practising, String line) {
        Texts.set(status, line);
        status.setVisible(practising && !line.isEmpty());
        stop.setVisible(practising);
        setClassName("active", practising);
    }
}
