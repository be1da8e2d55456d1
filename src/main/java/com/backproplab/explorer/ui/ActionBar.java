package com.backproplab.explorer.ui;

import com.backproplab.explorer.Numbers;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The loss of the current state, and the actions on it: apply the step, undo, redo, copy the link. */
class ActionBar extends Div {

    final Span loss = new Span();
    final Button applyStep = new Button("Apply step");
    final Button undo = new Button("Undo");
    final Button redo = new Button("Redo");
    final Button copyLink = new Button("Copy link", PageIcon.LINK.create());

    ActionBar() {
        addClassName("actions");
        loss.addClassName("loss-value");
        Div summary = new Div(new Span("Loss L ="), loss);
        summary.addClassName("loss-summary");
        applyStep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL, KeyModifier.ALT);
        redo.addClickShortcut(Key.KEY_Y, KeyModifier.CONTROL, KeyModifier.ALT);
        undo.setId("undo");
        redo.setId("redo");
        undo.setTooltipText("Undo (Ctrl+Z)");
        redo.setTooltipText("Redo (Ctrl+Y or Ctrl+Shift+Z)");
        copyLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(summary, applyStep, undo, redo, copyLink);
    }

    /** Shows the mean loss to ten significant digits, with its full value in data-value. */
    void showLoss(double value) {
        Texts.set(loss, Numbers.format(value, 10));
        loss.getElement().setAttribute("data-value", Double.toString(value));
    }
}
