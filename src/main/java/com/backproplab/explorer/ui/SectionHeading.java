package com.backproplab.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A section's title with a button that folds the section away and back (the page stays as long otherwise). */
final class SectionHeading extends Div {

    SectionHeading(Component section, String title) {
        addClassName("section-heading");
        H2 heading = new H2(title);
        Button toggle = new Button(PageIcon.CHEVRON_DOWN_SMALL.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        toggle.addClassName("section-toggle");
        toggle.getElement().setAttribute("aria-label", "Fold " + title);
        toggle.getElement().setAttribute("aria-expanded", "true");
        toggle.addClickListener(e -> {
            boolean collapsed = !section.getElement().getClassList().contains("collapsed");
            section.getElement().getClassList().set("collapsed", collapsed);
            toggle.getElement().setAttribute("aria-expanded", String.valueOf(!collapsed));
            toggle.getElement().setAttribute("aria-label", (collapsed ? "Unfold " : "Fold ") + title);
        });
        add(toggle, heading);
    }
}
