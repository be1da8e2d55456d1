package com.backproplab.network.ui;

import com.backproplab.math.Architecture;
import com.backproplab.math.HiddenActivation;
import com.backproplab.network.FillRule;
import com.backproplab.network.Scenario;
import com.backproplab.permalink.ViewState;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The network controls: sizes, samples, functions, α, digits, the rule for new cells and the colour scale. */
class ControlsPanel extends Div {

    /** What the view does when a control changes. */
    interface Listener {
        void resize(List<Integer> sizes, int samples);

        void functions(HiddenActivation hidden, OutputChoice output);

        void learningRate(double alpha);

        void display(int digits, boolean heat);

        void newCells();
    }

    static final int MAX_UI_SAMPLES = 256;

    final TextField layers = new TextField("Layers");
    final IntegerField samples = new IntegerField("Samples m");
    final Select<HiddenActivation> hidden = new Select<>();
    final Select<OutputChoice> output = new Select<>();
    final NumberField learningRate = new NumberField("Learning rate α");
    final IntegerField digits = new IntegerField("Digits shown");
    final Select<FillRule> fill = new Select<>();
    final IntegerField seed = new IntegerField("Random seed");
    final Checkbox heat = new Checkbox("Colour scale");
    private boolean updating;

    ControlsPanel(Listener listener) {
        addClassName("controls");
        layers.setTooltipText("inputs-hidden…-outputs, e.g. 3-4-2 or 2-8-8-1");
        layers.getElement().setAttribute("aria-description", "inputs, hidden layers and outputs joined by dashes");
        layers.setPattern("\\d+(-\\d+)+");
        layers.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        samples.setMin(1);
        samples.setMax(MAX_UI_SAMPLES);
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
        digits.setMin(2);
        digits.setMax(17);
        digits.setValue(5);
        digits.setStepButtonsVisible(true);
        fill.setLabel("New cells");
        fill.setItems(FillRule.values());
        fill.setItemLabelGenerator(f -> f == FillRule.ZEROS ? "zeros" : "small random values");
        fill.setValue(FillRule.ZEROS);
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
            learningRate.setErrorMessage(ok ? null : "α must be a number ≥ 0");
            if (ok) {
                fire(() -> listener.learningRate(v));
            }
        });
        digits.addValueChangeListener(e -> fire(() -> listener.display(digits(), heat.getValue())));
        heat.addValueChangeListener(e -> fire(() -> listener.display(digits(), heat.getValue())));
        fill.addValueChangeListener(e -> fire(listener::newCells));
        seed.addValueChangeListener(e -> fire(listener::newCells));
        add(layers, samples, hidden, output, learningRate, digits, fill, seed, heat);
    }

    /** Shows {@code s} in the controls without firing their listeners. */
    void show(Scenario s) {
        updating = true;
        try {
            Architecture a = s.network().architecture();
            layers.setValue(a.sizes().stream().map(String::valueOf).collect(Collectors.joining("-")));
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
            heat.setValue(v.heat());
            fill.setValue(v.fill());
            seed.setValue((int) v.seed());
        } finally {
            updating = false;
        }
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
        List<Integer> sizes = parseSizes(layers.getValue());
        Integer m = samples.getValue();
        if (sizes == null) {
            layers.setInvalid(true);
            layers.setErrorMessage("Write the sizes as numbers joined by '-', 1 to 6 hidden layers of 1 to 64 units.");
            return;
        }
        if (m == null || m < 1 || m > MAX_UI_SAMPLES) {
            samples.setInvalid(true);
            samples.setErrorMessage("1 to " + MAX_UI_SAMPLES + " samples on this page.");
            return;
        }
        layers.setInvalid(false);
        samples.setInvalid(false);
        listener.resize(sizes, m);
    }

    /** The sizes of "3-4-2", or null when the text is not 3 to 8 sizes of 1 to 64. */
    static List<Integer> parseSizes(String text) {
        if (text == null || !text.strip().matches("\\d{1,3}(\\s*-\\s*\\d{1,3}){2,7}")) {
            return null;
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.strip().split("\\s*-\\s*")) {
            int units = Integer.parseInt(part);
            if (units < 1 || units > 64) {
                return null;
            }
            sizes.add(units);
        }
        return sizes;
    }
}
