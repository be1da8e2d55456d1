package com.backproplab.explorer.ui;

import com.backproplab.explorer.Stepping;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.StepTrace;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.function.Consumer;

/**
 * The optimizer controls: the optimizer and its settings (PyTorch's defaults), weight decay λ, batch size b,
 * the step counter t with the next batch, and "Reset optimizer state". A value out of range marks its field
 * and changes nothing.
 */
class OptimizerControls extends Div {

    static final List<String> NAMES = List.of("gd", "momentum", "rmsprop", "adam");

    final Select<String> optimizer = new Select<>();
    final NumberField momentum = new NumberField("Momentum μ");
    final Checkbox nesterov = new Checkbox("Nesterov");
    final NumberField rho = new NumberField("RMSProp ρ (alpha)");
    final NumberField beta1 = new NumberField("Adam β₁");
    final NumberField beta2 = new NumberField("Adam β₂");
    final NumberField epsilon = new NumberField("ε");
    final NumberField decay = new NumberField("Weight decay λ");
    final IntegerField batch = new IntegerField("Batch size b");
    final Button reset = new Button("Reset optimizer state");
    final Span status = new Span();
    private boolean updating;

    OptimizerControls(Consumer<Optimization> onChange, Runnable onReset) {
        addClassName("optimizer-controls");
        optimizer.setLabel("Optimizer");
        optimizer.addClassName("optimizer-select");
        optimizer.setItems(NAMES);
        optimizer.setItemLabelGenerator(n -> switch (n) {
            case "gd" -> "gradient descent";
            case "momentum" -> "momentum";
            case "rmsprop" -> "RMSProp";
            default -> "Adam";
        });
        optimizer.setValue("gd");
        momentum.setValue(Optimizer.Momentum.DEFAULT_MOMENTUM);
        rho.setValue(Optimizer.RmsProp.DEFAULT_ALPHA);
        beta1.setValue(Optimizer.Adam.DEFAULT_BETA1);
        beta2.setValue(Optimizer.Adam.DEFAULT_BETA2);
        epsilon.setValue(Optimizer.Adam.DEFAULT_EPSILON);
        decay.setValue(0.0);
        decay.setMin(0);
        batch.setMin(1);
        batch.setPlaceholder("all");
        batch.setClearButtonVisible(true);
        batch.setTooltipText("Rows per step, in order, the last batch smaller; empty for all rows");
        status.addClassName("optimizer-status");
        reset.getElement().setAttribute("data-action", "reset-optimizer");
        for (var field : List.of(momentum, rho, beta1, beta2, epsilon, decay)) {
            field.addValueChangeListener(e -> fire(onChange));
        }
        optimizer.addValueChangeListener(e -> {
            visibility();
            fire(onChange);
        });
        nesterov.addValueChangeListener(e -> fire(onChange));
        batch.addValueChangeListener(e -> fire(onChange));
        reset.addClickListener(e -> onReset.run());
        visibility();
        add(optimizer, momentum, nesterov, rho, beta1, beta2, epsilon, decay, batch, reset, status);
    }

    private void fire(Consumer<Optimization> onChange) {
        if (updating) {
            return;
        }
        Optimization o = read();
        if (o != null) {
            onChange.accept(o);
        }
    }

    /** The settings the fields hold, or null after marking the first field that is out of range. */
    Optimization read() {
        String name = optimizer.getValue();
        Optimizer o = switch (name == null ? "gd" : name) {
            case "momentum" -> unit(momentum) ? new Optimizer.Momentum(momentum.getValue(), nesterov.getValue()) : null;
            case "rmsprop" ->
                unit(rho) && positive(epsilon) ? new Optimizer.RmsProp(rho.getValue(), epsilon.getValue()) : null;
            case "adam" ->
                unit(beta1) && unit(beta2) && positive(epsilon)
                        ? new Optimizer.Adam(beta1.getValue(), beta2.getValue(), epsilon.getValue())
                        : null;
            default -> Optimizer.gradientDescent();
        };
        Double lambda = decay.getValue();
        boolean decayOk = lambda != null && Double.isFinite(lambda) && lambda >= 0;
        mark(decay, decayOk, "λ must be a number ≥ 0, such as 0.01.");
        Integer b = batch.getValue();
        boolean batchOk = b == null || b >= 1;
        mark(batch, batchOk, "b must be a whole number ≥ 1, or empty for all rows.");
        if (o == null || !decayOk || !batchOk) {
            return null;
        }
        return new Optimization(o, lambda, b == null ? 0 : b);
    }

    private static boolean unit(NumberField f) {
        Double v = f.getValue();
        boolean ok = v != null && v >= 0 && v < 1;
        mark(f, ok, "Must be a number from 0 to below 1.");
        return ok;
    }

    private static boolean positive(NumberField f) {
        Double v = f.getValue();
        boolean ok = v != null && Double.isFinite(v) && v > 0;
        mark(f, ok, "Must be a number above 0, such as 1e-8.");
        return ok;
    }

    private static void mark(com.vaadin.flow.component.HasValidation f, boolean ok, String message) {
        f.setInvalid(!ok);
        f.setErrorMessage(ok ? null : message);
    }

    private void visibility() {
        String name = optimizer.getValue();
        momentum.setVisible("momentum".equals(name));
        nesterov.setVisible("momentum".equals(name));
        rho.setVisible("rmsprop".equals(name));
        beta1.setVisible("adam".equals(name));
        beta2.setVisible("adam".equals(name));
        epsilon.setVisible("rmsprop".equals(name) || "adam".equals(name));
    }

    /** Shows the settings, t and the next batch without firing the listeners. */
    void show(Stepping st, StepTrace next) {
        updating = true;
        try {
            Optimization o = st.optimization();
            optimizer.setValue(o.optimizer().id());
            switch (o.optimizer()) {
                case Optimizer.Momentum m -> {
                    momentum.setValue(m.momentum());
                    nesterov.setValue(m.nesterov());
                }
                case Optimizer.RmsProp r -> {
                    rho.setValue(r.alpha());
                    epsilon.setValue(r.epsilon());
                }
                case Optimizer.Adam a -> {
                    beta1.setValue(a.beta1());
                    beta2.setValue(a.beta2());
                    epsilon.setValue(a.epsilon());
                }
                case Optimizer.GradientDescent g -> {}
            }
            decay.setValue(o.weightDecay());
            batch.setValue(o.batchSize() == 0 ? null : o.batchSize());
            visibility();
            var rows = next.rows();
            Texts.set(
                    status,
                    "t = " + st.state().t()
                            + (rows.count() > 1
                                    ? "; the next step uses batch " + (rows.index() + 1) + " of " + rows.count()
                                            + " (rows " + rows.from() + " to " + (rows.to() - 1) + ")"
                                    : "; the next step uses every row"));
            status.getElement().setAttribute("data-t", String.valueOf(st.state().t()));
        } finally {
            updating = false;
        }
    }
}
