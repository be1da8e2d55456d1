package com.backproplab.explorer;

import com.backproplab.math.ForwardPass;
import com.backproplab.math.Network;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One training run of a page with its optimizer (from its state), on a background thread: reports progress four times a second (with the
 * network, for the decision boundary), records the chosen parameter at up to 2,000 steps, and ends early
 * when cancelled or when its page stops sending heartbeats for {@link #LEASE} (a browser that was killed
 * sends no goodbye).
 */
public final class TrainingRun implements Runnable {

    /**
     * How long a run goes on without a heartbeat from its page. The page beats every second, but a browser
     * busy drawing the run's tables on a slow or loaded machine can hold its timers back for seconds, so the
     * lease allows fifteen (5 s ended runs whose pages were still open, when progress frames still queued up
     * behind the session lock; the page's RunReporter paces them now).
     */
    public static final Duration LEASE = Duration.ofSeconds(15);

    private static final long REPORT_NANOS = 250_000_000L;
    private static final int RECORDED = 2000;

    /** What the page gets at the end: the network and the optimizer's state after the steps taken. */
    public record Outcome(
            Scenario start, Network trained, OptimizerState state, int stepsTaken, int requested, LastRun lastRun) {}

    /** What the page is told; called on the run's thread. */
    public interface Listener {
        /** The run waits behind {@code ahead} others. */
        void waiting(int ahead);

        /**
         * The run reached {@code step} of {@code of}; {@code snapshot} is the network then, {@code state} the
         * optimizer's and {@code soFar} what the run recorded up to it.
         */
        void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar);

        /** The run ended, finished or not. */
        void finished(Outcome outcome);
    }

    private final Scenario start;
    private final Stepping stepping;
    private final int steps;
    private final ParameterRef parameter;
    private final String parameterLabel;
    private final Listener listener;
    private final LongSupplier nanoTime;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong lastHeartbeat;

    public TrainingRun(
            Scenario start,
            Stepping stepping,
            int steps,
            ParameterRef parameter,
            String parameterLabel,
            Listener listener) {
        this(start, stepping, steps, parameter, parameterLabel, listener, System::nanoTime);
    }

    TrainingRun(
            Scenario start,
            Stepping stepping,
            int steps,
            ParameterRef parameter,
            String parameterLabel,
            Listener listener,
            LongSupplier nanoTime) {
        this.start = start;
        this.stepping = stepping;
        this.steps = steps;
        this.parameter = parameter;
        this.parameterLabel = parameterLabel;
        this.listener = listener;
        this.nanoTime = nanoTime;
        this.lastHeartbeat = new AtomicLong(nanoTime.getAsLong());
    }

    /** Stops the run after its current step. */
    public void cancel() {
        cancelled.set(true);
    }

    /** The page is still there: the run may go on for another {@link #LEASE}. */
    public void heartbeat() {
        lastHeartbeat.set(nanoTime.getAsLong());
    }

    /** Whether the run should go on: not cancelled, and its page heard from within the lease. */
    boolean wanted() {
        return !cancelled.get() && nanoTime.getAsLong() - lastHeartbeat.get() < LEASE.toNanos();
    }

    void waiting(int ahead) {
        listener.waiting(ahead);
    }

    @Override
    public void run() {
        int stride = Math.max(1, (int) Math.ceil(steps / (double) RECORDED));
        double[] at = new double[steps / stride + 2];
        double[] values = new double[at.length];
        int[] recorded = {1};
        values[0] = start.network().parameter(parameter);
        double[] losses = new double[steps + 1];
        long[] lastReport = {nanoTime.getAsLong()};
        boolean batched = stepping.batched(start);
        Training.OptimizedResult result = stepping.run(start, wanted() ? steps : 0, (step, loss, state) -> {
            losses[step - 1] = loss;
            if (step % stride == 0 && recorded[0] < at.length) {
                at[recorded[0]] = step;
                values[recorded[0]++] = state.parameter(parameter);
            }
            long now = nanoTime.getAsLong();
            if (now - lastReport[0] > REPORT_NANOS) {
                lastReport[0] = now;
                Network snapshot = state.network();
                losses[step] = ForwardPass.of(snapshot, start.batch()).loss()
                        + stepping.optimization().penalty(snapshot);
                LastRun soFar = new LastRun(
                        Arrays.copyOf(losses, step + 1),
                        parameterLabel,
                        Arrays.copyOf(at, recorded[0]),
                        Arrays.copyOf(values, recorded[0]),
                        batched ? state.epochs() : Training.Epochs.NONE);
                listener.progress(step, steps, snapshot, state.optimizerState(), soFar);
            }
            return wanted();
        });
        Training.Result r = result.result();
        LastRun last = new LastRun(
                r.lossHistory(),
                parameterLabel,
                Arrays.copyOf(at, recorded[0]),
                Arrays.copyOf(values, recorded[0]),
                batched ? Playback.epochStarts(result.epochStep(), result.epochLoss()) : Training.Epochs.NONE);
        listener.finished(new Outcome(start, r.network(), result.state(), r.stepsTaken(), steps, last));
    }
}
