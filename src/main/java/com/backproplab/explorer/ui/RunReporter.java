package com.backproplab.explorer.ui;

import com.backproplab.explorer.ExplorerState;
import com.backproplab.explorer.LastRun;
import com.backproplab.explorer.TrainingRun;
import com.backproplab.math.Network;
import com.backproplab.math.OptimizerState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Turns what a fast run reports on its own thread into state transitions under the session lock, at the pace
 * the page can follow. Progress is a frame, not a queue: only the latest report is kept, and the next frame is
 * sent only once the browser has answered for the last one. So a large network, whose frame takes the server
 * or the browser longer than the run's reporting interval, gets fewer frames, never a backlog that holds the
 * session lock while the page's clicks (Cancel) and heartbeats wait behind it.
 */
final class RunReporter implements TrainingRun.Listener {

    private final UI ui;
    private final Consumer<UnaryOperator<ExplorerState>> apply;
    private final Consumer<RunReporter> ended;
    private final AtomicReference<UnaryOperator<ExplorerState>> latest = new AtomicReference<>();
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile boolean finished;

    /**
     * @param ui the page the run belongs to
     * @param apply applies a transition to the page's state (called under the session lock)
     * @param ended told, under the session lock, that this reporter's run has ended
     */
    RunReporter(UI ui, Consumer<UnaryOperator<ExplorerState>> apply, Consumer<RunReporter> ended) {
        this.ui = ui;
        this.apply = apply;
        this.ended = ended;
    }

    @Override
    public void waiting(int ahead) {
        later(() -> apply.accept(x -> x.runs().started(x.training().of(), ahead)));
    }

    @Override
    public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
        latest.set(x -> x.runs().progress(step, of, snapshot, state, soFar));
        sendNext();
    }

    /** Ends the run on the page; a progress frame still waiting is dropped, the outcome has the final state. */
    @Override
    public void finished(TrainingRun.Outcome outcome) {
        later(() -> {
            finished = true;
            latest.set(null);
            ended.accept(this);
            apply.accept(x -> x.runs().finished(outcome));
        });
    }

    /** Sends the latest frame unless one is on its way; the browser's answer to it sends the next. */
    private void sendNext() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        later(() -> {
            UnaryOperator<ExplorerState> frame = latest.getAndSet(null);
            if (frame == null || finished) {
                sent();
                return;
            }
            apply.accept(frame);
            ui.getPage().executeJs("return 0").then(answer -> sent(), error -> sent());
        });
    }

    private void sent() {
        sending.set(false);
        if (latest.get() != null && !finished) {
            sendNext();
        }
    }

    private void later(Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // The page is gone; its run stops at the next step (detach) or when its lease runs out.
            sending.set(false);
        }
    }
}
