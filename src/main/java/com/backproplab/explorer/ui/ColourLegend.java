package com.backproplab.explorer.ui;

import com.backproplab.explorer.Numbers;
import com.backproplab.permalink.ColourScale;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The key to the colour scale: red for negative, blue for positive, stronger the larger |value| is. */
class ColourLegend extends Div {

    private final Span low = new Span();
    private final Span high = new Span();
    private final Span text = new Span();

    ColourLegend() {
        addClassName("colour-legend");
        getElement().setAttribute("data-testid", "colour-legend");
        Div bar = new Div();
        bar.addClassName("colour-legend-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        Div ends = new Div(low, new Span("0"), high);
        ends.addClassName("colour-legend-ends");
        Div scale = new Div(bar, ends);
        scale.addClassName("colour-legend-scale");
        text.addClassName("colour-legend-text");
        add(scale, text);
        setVisible(false);
    }

    /** The legend of {@code scale}; {@code pageMax} is the largest |value| of the page's tables. */
    void show(ColourScale scale, double pageMax) {
        setVisible(scale != ColourScale.OFF);
        if (scale == ColourScale.PAGE) {
            Texts.set(low, "−" + Numbers.format(pageMax, 3));
            Texts.set(high, Numbers.format(pageMax, 3));
            Texts.set(
                    text,
                    "Every table on one scale: the largest |value| on the page, " + Numbers.format(pageMax, 5)
                            + ", is the strongest colour.");
        } else {
            Texts.set(low, "−max");
            Texts.set(high, "+max");
            Texts.set(
                    text,
                    "Each table on its own scale: its largest |value| is the strongest colour, so small tables"
                            + " look as strong as large ones. Choose one scale to compare tables.");
        }
        getElement().setAttribute("data-max", scale == ColourScale.PAGE ? Double.toString(pageMax) : "");
    }
}
