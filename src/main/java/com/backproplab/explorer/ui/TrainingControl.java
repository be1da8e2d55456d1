package com.backproplab.explorer.ui;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.explorer.ExplorerState;
import com.backproplab.explorer.TrainingRun;
import com.backproplab.math.Network;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.TrainingBudget;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The Run and Cancel buttons of the charts section: checks a run against the training budget, hands it to
 * the training pool (at most one run per page), keeps it alive with a heartbeat from the browser while it
 * runs, and turns what the run reports into state transitions. A run ends when its page detaches or stops
 * sending heartbeats.
 */
final class TrainingControl {

    private final ChartsSection charts;
    private final BackgroundWork background;
    private final TrainingBudget budget;
    private final Supplier<ExplorerState> state;
    private final Consumer<UnaryOperator<ExplorerState>> apply;
    private final Heartbeat heartbeat = new Heartbeat();
    private Optional<BackgroundWork.Ticket> ticket = Optional.empty();
    private TrainingRun running;

    TrainingControl(
            ChartsSection charts,
            BackgroundWork background,
            Limits limits,
            Supplier<ExplorerState> state,
            Consumer<UnaryOperator<ExplorerState>> apply) {
        this.charts = charts;
        this.background = background;
        this.budget = new TrainingBudget(limits);
        this.state = state;
        this.apply = apply;
        charts.add(heartbeat);
        charts.run.addClickListener(e -> start());
        charts.cancel.addClickListener(e -> cancel());
        charts.addDetachListener(e -> cancel());
    }

    private void start() {
        ExplorerState s = state.get();
        Integer steps = charts.steps.getValue();
        if (s.training().active()) {
            return;
        }
        if (!s.draft().isValid()) {
            apply.accept(x -> x.trainingRefused("Fix the invalid cells first: training starts from a valid network."));
            return;
        }
        Optional<String> problem = steps == null
                ? Optional.of("Enter the number of steps.")
                : budget.problem(s.scenario(), steps).map(p -> "Not started: " + p + ".");
        if (problem.isPresent()) {
            apply.accept(x -> x.trainingRefused(problem.get()));
            return;
        }
        UI ui = UI.getCurrent();
        var parameter = s.chartParameterOrDefault();
        TrainingRun run = new TrainingRun(
                s.scenario(), steps, parameter, CellRef.of(parameter).label(), new Reporter(ui));
        switch (background.train(run)) {
            case BackgroundWork.Admission.Busy busy -> apply.accept(x -> x.trainingRefused(busy.message()));
            case BackgroundWork.Admission.Accepted accepted -> {
                running = run;
                ticket = Optional.of(accepted.ticket());
                heartbeat.start();
                apply.accept(
                        x -> accepted.ahead() > 0 ? x.trainingWaiting(accepted.ahead()) : x.trainingProgress(0, steps));
            }
        }
    }

    private void cancel() {
        ticket.ifPresent(t -> {
            if (t.cancel()) {
                ended();
                apply.accept(x -> x.trainingRefused("Cancelled before it started."));
            }
        });
    }

    private void ended() {
        ticket = Optional.empty();
        running = null;
        heartbeat.stop();
    }

    /** Turns what a run reports on its thread into state transitions under the session lock. */
    private final class Reporter implements TrainingRun.Listener {
        private final UI ui;

        Reporter(UI ui) {
            this.ui = ui;
        }

        @Override
        public void waiting(int ahead) {
            later(() -> apply.accept(x -> x.trainingWaiting(ahead)));
        }

        @Override
        public void progress(int step, int of, Network snapshot) {
            later(() -> {
                apply.accept(x -> x.trainingProgress(step, of));
                charts.showBoundary(snapshot, state.get().scenario().batch());
            });
        }

        @Override
        public void finished(TrainingRun.Outcome outcome) {
            later(() -> {
                ended();
                apply.accept(x -> x.trainingFinished(outcome));
            });
        }

        private void later(Runnable command) {
            try {
                ui.access(command::run);
            } catch (UIDetachedException gone) {
                // The page is gone; its run stops at the next step (detach) or when its lease runs out.
            }
        }
    }

    /** Tells the run, once a second while it is active, that the page is still open. */
    @Tag("bpl-heartbeat")
    final class Heartbeat extends Component {

        void start() {
            getElement()
                    .executeJs(
                            "clearInterval(this.__beat); this.__beat = setInterval(() => this.$server.alive(), 1000)");
        }

        void stop() {
            getElement().executeJs("clearInterval(this.__beat)");
        }

        @ClientCallable
        void alive() {
            if (running != null) {
                running.heartbeat();
            }
        }
    }
}
