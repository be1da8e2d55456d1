package com.backproplab.network.ui;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.ParameterRef;
import com.backproplab.network.BackgroundWork;
import com.backproplab.network.Draft;
import com.backproplab.network.Numbers;
import com.backproplab.network.Scenario;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The Run and Cancel buttons of the charts section: starts a {@link TrainingRun} from the current draft,
 * shows its progress, and hands the trained scenario to the page unless the draft was edited meanwhile.
 */
final class TrainingControl {

    private final ChartsSection charts;
    private final BackgroundWork background;
    private final Supplier<Draft> draft;
    private final Supplier<BackpropTrace> trace;
    private final Supplier<ParameterRef> parameter;
    private final Consumer<Scenario> apply;
    private TrainingRun running;

    TrainingControl(
            ChartsSection charts,
            BackgroundWork background,
            Supplier<Draft> draft,
            Supplier<BackpropTrace> trace,
            Supplier<ParameterRef> parameter,
            Consumer<Scenario> apply) {
        this.charts = charts;
        this.background = background;
        this.draft = draft;
        this.trace = trace;
        this.parameter = parameter;
        this.apply = apply;
        charts.run.addClickListener(e -> start());
        charts.cancel.addClickListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
    }

    private void start() {
        Integer steps = charts.steps.getValue();
        if (!draft.get().isValid() || steps == null || steps < 1 || steps > ChartsSection.MAX_STEPS) {
            charts.status.setText("Enter 1 to " + ChartsSection.MAX_STEPS + " steps, and fix any invalid cell first.");
            return;
        }
        charts.running(true);
        charts.status.setText("Training…");
        running = new TrainingRun(
                draft.get().scenario(),
                steps,
                parameter.get(),
                UI.getCurrent(),
                (step, of, snapshot) -> {
                    charts.progress.setValue(step / (double) of);
                    charts.status.setText("Step " + step + " of " + of);
                    if (trace.get() != null) {
                        charts.showBoundary(snapshot, trace.get());
                    }
                },
                this::finish);
        background.submit(running);
    }

    private void finish(TrainingRun.Outcome o) {
        running = null;
        charts.running(false);
        double[] h = o.result().lossHistory();
        ParameterRef p = parameter.get();
        charts.showHistory(h, p.matrixName() + "[" + p.row() + "," + p.col() + "]", o.at(), o.values());
        if (draft.get().scenario() != o.start()) {
            charts.status.setText("The run's result was not applied: the network was edited during the run.");
            return;
        }
        charts.status.setText((o.result().stepsTaken() < o.requested() ? "Cancelled after " : "Trained ")
                + o.result().stepsTaken() + " steps: L went from " + Numbers.format(h[0], 6) + " to "
                + Numbers.format(h[h.length - 1], 6) + ".");
        apply.accept(
                new Scenario(o.result().network(), o.start().batch(), o.start().learningRate()));
    }
}
