package com.backproplab.explorer.ui;

import com.backproplab.math.Architecture;
import com.backproplab.math.HiddenActivation;
import com.backproplab.permalink.ColourScale;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.LayerSizes;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.RequestSize;
import com.backproplab.scenario.Scenario;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;

/** The network controls: sizes, samples, functions, α, digits, the rule for new cells and the colour scale. */
class ControlsPanel extends Div {

    /** What the view does when a control changes. */
    interface Listener {
        void resize(List<Integer> sizes, int samples);

        void functions(HiddenActivation hidden, OutputChoice output);

        void learningRate(double alpha);

        void display(int digits, ColourScale heat);

        void newCells(FillRule fill, long seed);
    }

    final TextField layers = new TextField("Layers");
    final IntegerField samples = new IntegerField("Samples m");
    final Select<HiddenActivation> hidden = new Select<>();
    final Select<OutputChoice> output = new Select<>();
    final NumberField learningRate = new NumberField("Learning rate α");
    final IntegerField digits = new IntegerField("Digits shown");
    final Select<FillRule> fill = new Select<>();
    final IntegerField seed = new IntegerField("Random seed");
    final Checkbox heat = new Checkbox("Colour scale");
    final Checkbox sharedScale = new Checkbox("One scale for all tables");
    final ColourLegend legend = new ColourLegend();
    private final Limits limits;
    private boolean updating;

    ControlsPanel(Limits limits, Listener listener) {
        this.limits = limits;
        addClassName("controls");
        layers.setTooltipText("inputs-hidden…-outputs, e.g. 3-4-2 or 2-8-8-1; 1 to " + limits.maxHiddenLayers()
                + " hidden layers of 1 to " + limits.maxUnits() + " units");
        layers.getElement().setAttribute("aria-description", "inputs, hidden layers and outputs joined by dashes");
        layers.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        Ranges.whole(samples, 1, limits.maxPageSamples(), "samples");
        samples.setStepButtonsVisible(true);
        hidden.setLabel("Hidden activation");
        hidden.setItems(HiddenActivation.values());
        hidden.setItemLabelGenerator(HiddenActivation::id);
        output.setLabel("Output and loss");
        output.setItems(OutputChoice.ALL);
        output.setItemLabelGenerator(OutputChoice::label);
        output.addClassName("wide-control");
        learningRate.setMin(0);
        learningRate.setStep(0.01);
        learningRate.setI18n(new NumberField.NumberFieldI18n()
                .setBadInputErrorMessage("α must be a number ≥ 0, such as 0.1.")
                .setMinErrorMessage("α must be a number ≥ 0, such as 0.1."));
        Ranges.whole(digits, 2, 17, "digits");
        digits.setValue(5);
        digits.setStepButtonsVisible(true);
        fill.setLabel("New cells");
        fill.setItems(FillRule.values());
        fill.setItemLabelGenerator(f -> f == FillRule.ZEROS ? "zeros" : "small random values");
        fill.setValue(FillRule.ZEROS);
        Ranges.whole(seed, Integer.MIN_VALUE, Integer.MAX_VALUE, "seed");
        seed.setValue(42);
        seed.setTooltipText("The seed of the small random values that fill new cells");
        layers.addValueChangeListener(e -> onResize(listener));
        samples.addValueChangeListener(e -> onResize(listener));
        hidden.addValueChangeListener(e -> fire(() -> listener.functions(hidden.getValue(), output.getValue())));
        output.addValueChangeListener(e -> fire(() -> listener.functions(hidden.getValue(), output.getValue())));
        learningRate.addValueChangeListener(e -> {
            Double v = learningRate.getValue();
            boolean ok = v != null && Double.isFinite(v) && v >= 0;
            learningRate.setInvalid(!ok);
            learningRate.setErrorMessage(ok ? null : "α must be a number ≥ 0, such as 0.1.");
            if (ok) {
                fire(() -> listener.learningRate(v));
            }
        });
        digits.addValueChangeListener(e -> {
            Integer d = digits.getValue();
            if (d != null && d >= 2 && d <= 17) {
                fire(() -> listener.display(d, scale()));
            }
        });
        heat.addValueChangeListener(e -> {
            sharedScale.setEnabled(heat.getValue());
            fire(() -> listener.display(digits(), scale()));
        });
        sharedScale.setEnabled(false);
        sharedScale.addValueChangeListener(e -> fire(() -> listener.display(digits(), scale())));
        fill.addValueChangeListener(e -> fire(() -> listener.newCells(fill.getValue(), seed())));
        seed.addValueChangeListener(e -> fire(() -> listener.newCells(fill.getValue(), seed())));
        Div scale = new Div(heat, sharedScale);
        scale.addClassName("scale-choice");
        add(layers, samples, hidden, output, learningRate, digits, fill, seed, scale, legend);
    }

    /** Shows {@code s} in the controls without firing their listeners. */
    void show(Scenario s) {
        updating = true;
        try {
            Architecture a = s.network().architecture();
            layers.setValue(LayerSizes.format(a.sizes()));
            layers.setInvalid(false);
            samples.setValue(s.batch().size());
            hidden.setValue(a.hidden());
            output.setValue(OutputChoice.of(a.output()));
            learningRate.setValue(s.learningRate());
        } finally {
            updating = false;
        }
    }

    /** Shows the view state in the controls without firing their listeners. */
    void showView(ViewState v) {
        updating = true;
        try {
            digits.setValue(v.digits());
            heat.setValue(v.heat() != ColourScale.OFF);
            sharedScale.setValue(v.heat() == ColourScale.PAGE);
            sharedScale.setEnabled(v.heat() != ColourScale.OFF);
            fill.setValue(v.fill());
            seed.setValue((int) v.seed());
        } finally {
            updating = false;
        }
    }

    private ColourScale scale() {
        if (!heat.getValue()) {
            return ColourScale.OFF;
        }
        return sharedScale.getValue() ? ColourScale.PAGE : ColourScale.TABLE;
    }

    int digits() {
        Integer d = digits.getValue();
        return d == null ? 5 : Math.max(2, Math.min(17, d));
    }

    long seed() {
        Integer s = seed.getValue();
        return s == null ? 0 : s;
    }

    private void fire(Runnable action) {
        if (!updating) {
            action.run();
        }
    }

    private void onResize(Listener listener) {
        if (updating) {
            return;
        }
        Integer m = samples.getValue();
        switch (LayerSizes.parse(layers.getValue(), limits)) {
            case LayerSizes.Parsed.Problem problem -> {
                layers.setErrorMessage(problem.message());
                layers.setInvalid(true);
            }
            case LayerSizes.Parsed.Sizes sizes -> {
                layers.setInvalid(false);
                if (m == null || m < 1 || m > limits.maxPageSamples()) {
                    samples.setErrorMessage("1 to " + limits.maxPageSamples() + " samples on this page.");
                    samples.setInvalid(true);
                    return;
                }
                samples.setInvalid(false);
                var tooLarge = RequestSize.pageProblem(sizes.sizes(), m, limits);
                if (tooLarge.isPresent()) {
                    layers.setErrorMessage(tooLarge.get().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                            + tooLarge.get().substring(1));
                    layers.setInvalid(true);
                    return;
                }
                listener.resize(sizes.sizes(), m);
            }
        }
    }
}
