package com.backproplab.explorer.ui;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.explorer.CheckTables;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.Limits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Fills the gradient-check section: at once when the check is cheap; otherwise on the quick pool, 250 ms
 * after the last edit and pushed when done, unless another edit came first; not at all past the budget.
 * It keeps the checks of the state shown, so that the formula bar explains them with the same numbers.
 */
final class LiveCheck {

    /** How long a background check waits for the next edit before it starts. */
    static final Duration DELAY = Duration.ofMillis(250);

    private final TableSection section;
    private final BackgroundWork background;
    private final Limits limits;
    private final Runnable onChecked;
    private int generation;
    private Future<?> pending;
    private List<GradientCheck.MatrixCheck> latest = List.of();

    /** {@code onChecked} runs (under the session lock) when checks that came from the background are shown. */
    LiveCheck(TableSection section, BackgroundWork background, Limits limits, Runnable onChecked) {
        this.section = section;
        this.background = background;
        this.limits = limits;
        this.onChecked = onChecked;
    }

    /** The checks of the state shown; empty while they are computed or when the network is too large. */
    List<GradientCheck.MatrixCheck> latest() {
        return latest;
    }

    void show(UI ui, BackpropTrace t) {
        int current = ++generation;
        if (pending != null) {
            pending.cancel(false);
        }
        latest = List.of();
        double cost = GradientCheck.cost(t.network(), t.batch());
        if (cost <= limits.liveCheckWork()) {
            latest = GradientCheck.of(t.network(), t.batch(), t.backward());
            section.show(CheckTables.of(latest));
        } else if (cost > limits.maxCheckWork()) {
            section.show(CheckTables.skipped());
        } else {
            section.addClassName("updating");
            pending = background.later(DELAY, () -> {
                List<GradientCheck.MatrixCheck> checks = GradientCheck.of(t.network(), t.batch(), t.backward());
                try {
                    ui.access(() -> {
                        if (current == generation) {
                            latest = checks;
                            section.show(CheckTables.of(checks));
                            section.removeClassName("updating");
                            onChecked.run();
                        }
                    });
                } catch (UIDetachedException gone) {
                    // The page closed while its check ran: nobody is left to show it to.
                }
            });
        }
    }
}
