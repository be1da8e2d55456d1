package com.backproplab.explorer.ui;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.explorer.ExplorerState;
import com.backproplab.explorer.PlayClock;
import com.backproplab.explorer.Playback;
import com.backproplab.explorer.TrainingRun;
import com.backproplab.explorer.TrainingStatus;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.TrainingBudget;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The training controls of the charts section. A fast run (Run steps, Cancel) is checked against the training
 * budget, handed to the training pool (at most one run per page) and kept alive by a heartbeat from the
 * browser; the tables follow its progress. A playback (Play, Pause, Step, speed) needs no thread: the browser
 * asks for the next frame once it has drawn the last one, and each frame takes the steps its {@link PlayClock}
 * says are due, at most {@link TrainingBudget#stepsPerFrame} of them. A change of the network pauses either
 * (the state says so; {@link #follow} stops the thread or the frames).
 */
final class TrainingControl {

    private final ChartsSection charts;
    private final BackgroundWork background;
    private final Limits limits;
    private final TrainingBudget budget;
    private final Supplier<ExplorerState> state;
    private final Consumer<UnaryOperator<ExplorerState>> apply;
    private final RunHeartbeat heartbeat = new RunHeartbeat();
    private final Player player = new Player();
    private Optional<BackgroundWork.Ticket> ticket = Optional.empty();
    private RunReporter runReporter;
    private PlayClock clock;
    private ParameterRef played;

    TrainingControl(
            ChartsSection charts,
            BackgroundWork background,
            Limits limits,
            Supplier<ExplorerState> state,
            Consumer<UnaryOperator<ExplorerState>> apply) {
        this.charts = charts;
        this.background = background;
        this.limits = limits;
        this.budget = new TrainingBudget(limits);
        this.state = state;
        this.apply = apply;
        charts.add(heartbeat, player);
        charts.run.addClickListener(e -> start());
        charts.cancel.addClickListener(e -> cancel());
        charts.play.addClickListener(e -> play());
        charts.pause.addClickListener(e -> apply.accept(x -> x.runs().pause()));
        charts.stepOnce.addClickListener(e -> stepOnce());
        charts.speed.addValueChangeListener(e -> {
            if (clock != null) {
                clock = clockFor(state.get());
                player.start(clock.delayMillis());
            }
        });
        charts.addDetachListener(e -> cancel());
    }

    /** Stops what the state no longer wants: a run's thread after a pause, the frames after Pause or an edit. */
    void follow(ExplorerState s) {
        TrainingStatus.Phase phase = s.training().phase();
        if (runReporter != null && phase != TrainingStatus.Phase.RUNNING && phase != TrainingStatus.Phase.WAITING) {
            ticket.ifPresent(BackgroundWork.Ticket::cancel);
            ended(runReporter);
        }
        if (clock != null && phase != TrainingStatus.Phase.PLAYING) {
            clock = null;
            player.stop();
        }
    }

    private Optional<String> refusal(ExplorerState s, Integer steps) {
        if (!s.draft().isValid()) {
            return Optional.of("Fix the invalid cells first: training starts from a valid network.");
        }
        return steps == null
                ? Optional.of("Enter the number of steps.")
                : budget.problem(s.scenario(), steps).map(p -> "Not started: " + p + ".");
    }

    private void start() {
        ExplorerState s = state.get();
        Integer steps = charts.steps.getValue();
        if (s.training().active()) {
            return;
        }
        Optional<String> problem = refusal(s, steps);
        if (problem.isPresent()) {
            apply.accept(x -> x.runs().refused(problem.get()));
            return;
        }
        UI ui = UI.getCurrent();
        var parameter = s.chartParameterOrDefault();
        RunReporter reporter = new RunReporter(ui, apply, this::ended);
        TrainingRun run = new TrainingRun(
                s.scenario(),
                s.stepping(),
                steps,
                parameter,
                CellRef.of(parameter).label(),
                reporter);
        switch (background.train(run)) {
            case BackgroundWork.Admission.Busy busy ->
                apply.accept(x -> x.runs().refused(busy.message()));
            case BackgroundWork.Admission.Accepted accepted -> {
                runReporter = reporter;
                ticket = Optional.of(accepted.ticket());
                heartbeat.start(run);
                apply.accept(x -> x.runs().started(steps, accepted.ahead()));
            }
        }
    }

    private void cancel() {
        ticket.ifPresent(t -> {
            if (t.cancel()) {
                ended(runReporter);
                apply.accept(x -> x.runs().refused("Cancelled before it started."));
            }
        });
    }

    /** Forgets the run {@code reporter} reports for, if it is still this page's run. */
    private void ended(RunReporter reporter) {
        if (reporter != null && reporter == runReporter) {
            ticket = Optional.empty();
            runReporter = null;
            heartbeat.stop();
        }
    }

    private void play() {
        ExplorerState s = state.get();
        Optional<String> problem = refusal(s, 1);
        if (problem.isPresent()) {
            apply.accept(x -> x.runs().refused(problem.get()));
            return;
        }
        played = s.chartParameterOrDefault();
        apply.accept(x -> x.runs().play(Playback.label(speed()), limits.maxSteps()));
        if (state.get().training().phase() == TrainingStatus.Phase.PLAYING) {
            clock = clockFor(state.get());
            player.start(clock.delayMillis());
        }
    }

    private void stepOnce() {
        ExplorerState s = state.get();
        Optional<String> problem = refusal(s, 1);
        if (problem.isPresent()) {
            apply.accept(x -> x.runs().refused(problem.get()));
            return;
        }
        ParameterRef p = s.chartParameterOrDefault();
        apply.accept(x -> x.runs().played(Playback.advance(x.scenario(), x.stepping(), p, 1), ""));
    }

    /** The next frame of the playback, when the browser has drawn the last one. */
    private void frame() {
        ExplorerState s = state.get();
        if (clock == null || s.training().phase() != TrainingStatus.Phase.PLAYING) {
            follow(s);
            return;
        }
        int steps = Math.min(
                clock.stepsAt(System.nanoTime()),
                s.training().of() - s.training().taken());
        String pace = Playback.label(speed());
        long started = System.nanoTime();
        apply.accept(x -> x.runs().played(Playback.advance(x.scenario(), x.stepping(), played, steps), pace));
        clock.took(steps, System.nanoTime() - started);
        ExplorerState after = state.get();
        if (after.training().phase() == TrainingStatus.Phase.PLAYING
                && after.training().taken() >= after.training().of()) {
            apply.accept(x -> x.runs()
                    .refused("Paused after " + after.training().taken() + " steps, the most one run may take;"
                            + " press Play to go on."));
        }
    }

    private int speed() {
        Integer v = charts.speed.getValue();
        return v == null ? 10 : v;
    }

    private PlayClock clockFor(ExplorerState s) {
        return new PlayClock(speed(), budget.stepsPerFrame(s.scenario()));
    }

    /**
     * Asks for the playback's frames: the next one {@code delay} ms after it asked for the last, and never
     * before the page has received the last, so that a slow browser or server gets fewer frames (each with
     * the steps due), never a queue of them.
     */
    @Tag("bpl-player")
    final class Player extends Component {

        void start(int delayMillis) {
            getElement().executeJs("""
                            const el = this;
                            el.__delay = $0;
                            if (el.__on) return;
                            el.__on = true;
                            const tick = () => {
                              if (!el.__on) return;
                              const asked = performance.now();
                              el.$server.frame().then(
                                () => {
                                  const wait = Math.max(0, el.__delay - (performance.now() - asked));
                                  if (el.__on) el.__timer = setTimeout(tick, wait);
                                },
                                () => { el.__on = false; });
                            };
                            el.__timer = setTimeout(tick, el.__delay);
                            """, delayMillis);
        }

        void stop() {
            getElement().executeJs("this.__on = false; clearTimeout(this.__timer)");
        }

        @ClientCallable
        void frame() {
            TrainingControl.this.frame();
        }
    }
}
