package com.backproplab.network.ui;

import com.backproplab.math.Network;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.Training;
import com.backproplab.network.Scenario;
import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One training run in the background: reports progress four times a second (with the network, for the
 * decision boundary), records the chosen parameter at up to 2,000 steps, stops when cancelled, and hands
 * the result to the page.
 */
final class TrainingRun implements Runnable {

    /** What the page gets at the end. */
    record Outcome(Scenario start, Training.Result result, int requested, double[] at, double[] values) {}

    /** What the page gets while the run goes on. */
    interface Progress {
        void update(int step, int of, Network snapshot);
    }

    private static final long REPORT_NANOS = 250_000_000L;
    private final Scenario start;
    private final int steps;
    private final ParameterRef parameter;
    private final UI ui;
    private final Progress progress;
    private final Consumer<Outcome> done;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    TrainingRun(Scenario start, int steps, ParameterRef parameter, UI ui, Progress progress, Consumer<Outcome> done) {
        this.start = start;
        this.steps = steps;
        this.parameter = parameter;
        this.ui = ui;
        this.progress = progress;
        this.done = done;
    }

    void cancel() {
        cancelled.set(true);
    }

    @Override
    public void run() {
        int stride = Math.max(1, (int) Math.ceil(steps / 2000.0));
        double[] at = new double[steps / stride + 2];
        double[] values = new double[at.length];
        int[] recorded = {1};
        at[0] = 0;
        values[0] = start.network().parameter(parameter);
        long[] last = {System.nanoTime()};
        Training.Result result =
                Training.run(start.network(), start.batch(), start.learningRate(), steps, (step, loss, state) -> {
                    if (step % stride == 0 && recorded[0] < at.length) {
                        at[recorded[0]] = step;
                        values[recorded[0]++] = state.parameter(parameter);
                    }
                    long now = System.nanoTime();
                    if (now - last[0] > REPORT_NANOS) {
                        last[0] = now;
                        Network snapshot = state.network();
                        ui.access(() -> progress.update(step, steps, snapshot));
                    }
                    return !cancelled.get();
                });
        double[] a = java.util.Arrays.copyOf(at, recorded[0]);
        double[] v = java.util.Arrays.copyOf(values, recorded[0]);
        ui.access(() -> done.accept(new Outcome(start, result, steps, a, v)));
    }
}
