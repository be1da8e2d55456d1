package com.backproplab.explorer.ui;

import com.backproplab.scenario.Example;
import com.backproplab.scenario.Gallery;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.select.Select;

/** The bar at the top: the name, links to the sections, the example picker and the light/dark switch. */
class AppHeader extends Header {

    final Button theme = new Button(VaadinIcon.ADJUST.create());
    final Select<Example> examples = new Select<>();
    private java.util.function.Consumer<Example> onExample = e -> {};
    private boolean dark;

    AppHeader() {
        addClassName("app-header");
        Image logo = new Image("icons/favicon.svg", "");
        logo.addClassName("app-logo");
        Span name = new Span("Backprop Lab");
        name.addClassName("app-name");
        Div brand = new Div(logo, name);
        brand.addClassName("app-brand");
        Nav nav = new Nav(
                link("#inputs", "Inputs"),
                link("#forward", "Forward"),
                link("#backward", "Backward"),
                link("#step", "Step"),
                link("#charts", "Charts"),
                link("#check", "Check"));
        nav.addClassName("app-nav");
        nav.getElement().setAttribute("aria-label", "Sections");
        examples.setItems(Gallery.all());
        examples.setItemLabelGenerator(Example::title);
        examples.setPlaceholder("Examples");
        examples.setAriaLabel("Open an example");
        examples.addClassName("example-picker");
        examples.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onExample.accept(e.getValue());
            }
        });
        theme.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        theme.getElement().setAttribute("aria-label", "Switch between light and dark");
        theme.setTooltipText("Light or dark");
        theme.addClickListener(e -> {
            dark = !dark;
            getUI().ifPresent(
                            ui -> ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT));
        });
        add(brand, nav, examples, theme);
    }

    /** What picking an example does. */
    void onExample(java.util.function.Consumer<Example> action) {
        onExample = action;
    }

    private static Anchor link(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.addClassName("app-nav-link");
        return a;
    }
}
