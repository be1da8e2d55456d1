package com.backproplab.explorer.ui;

import com.backproplab.scenario.Example;
import com.backproplab.scenario.Gallery;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bar at the top: the name, the section links, the example picker (showing the example that is open)
 * and the light/dark switch (the browser keeps the choice, starting from the system's scheme).
 */
class AppHeader extends Header {

    final SectionNav nav = new SectionNav();
    final Button theme = new Button(PageIcon.ADJUST.create());
    final Select<Example> examples = new Select<>();
    private Consumer<Example> onExample = e -> {};

    AppHeader() {
        addClassName("app-header");
        Image logo = new Image("icons/favicon.svg", "");
        logo.addClassName("app-logo");
        Span name = new Span("Backprop Lab");
        name.addClassName("app-name");
        Div brand = new Div(logo, name);
        brand.addClassName("app-brand");
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
        theme.setId("theme-toggle");
        theme.getElement().setAttribute("aria-label", "Dark colours");
        theme.setTooltipText("Light or dark");
        add(brand, nav, examples, new ThemeToggle(theme));
    }

    /** What picking an example does. */
    void onExample(Consumer<Example> action) {
        onExample = action;
    }

    /** Shows the example that is open in the picker, or its placeholder when none is. */
    void showExample(Optional<Example> open) {
        examples.setValue(open.orElse(null));
    }

    /** {@code <bpl-theme-toggle>}: the browser flips and remembers the scheme when its button is pressed. */
    @Tag("bpl-theme-toggle")
    @JsModule("./components/bpl-page.ts")
    static final class ThemeToggle extends Component implements HasComponents {
        ThemeToggle(Button button) {
            add(button);
        }
    }
}
