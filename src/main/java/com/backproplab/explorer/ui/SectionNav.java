package com.backproplab.explorer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import java.util.List;

/**
 * The links to the page's sections as {@code <bpl-section-nav>}: the element scrolls to a section in the
 * browser (no round trip, no history entry), marks the section in view, and folds into a menu on phones.
 * The links carry {@code router-ignore}, so that Vaadin's router leaves them alone.
 */
@Tag("bpl-section-nav")
@JsModule("./components/bpl-page.ts")
class SectionNav extends Component implements HasComponents {

    SectionNav() {
        addClassName("app-nav");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", "Sections");
        NativeButton toggle = new NativeButton();
        toggle.add(PageIcon.MENU.create());
        toggle.addClassName("app-nav-toggle");
        toggle.getElement().setAttribute("aria-label", "Sections");
        toggle.getElement().setAttribute("aria-expanded", "false");
        Div links = new Div();
        links.addClassName("app-nav-links");
        for (PageSection section :
                List.of(PageSection.INPUTS, PageSection.FORWARD, PageSection.BACKWARD, PageSection.STEP)) {
            links.add(link(section.id(), section.shortTitle()));
        }
        links.add(link(ChartsSection.ID, "Charts"));
        links.add(link(PageSection.CHECK.id(), PageSection.CHECK.shortTitle()));
        add(toggle, links);
    }

    private static Anchor link(String id, String text) {
        Anchor a = new Anchor("#" + id, text);
        a.addClassName("app-nav-link");
        a.getElement().setAttribute("router-ignore", true);
        return a;
    }
}
