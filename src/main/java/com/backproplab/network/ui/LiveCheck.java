package com.backproplab.network.ui;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.network.BackgroundWork;
import com.backproplab.network.Limits;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/**
 * Fills the gradient-check section: at once when the check is cheap; otherwise in the background, 250 ms
 * after the last edit and pushed when done, unless another edit came first; not at all past the budget.
 */
final class LiveCheck {

    /** Multiply-adds of a gradient check that an edit waits for; larger checks run in the background. */
    static final double LIVE_WORK = 5e5;

    /** How long a background check waits for the next edit before it starts. */
    static final Duration DELAY = Duration.ofMillis(250);

    private final TableSection section;
    private final BackgroundWork background;
    private int generation;
    private Future<?> pending;

    LiveCheck(TableSection section, BackgroundWork background) {
        this.section = section;
        this.background = background;
    }

    void show(UI ui, BackpropTrace t) {
        int current = ++generation;
        if (pending != null) {
            pending.cancel(false);
        }
        double cost = GradientCheck.cost(t.network(), t.batch());
        if (cost <= LIVE_WORK) {
            section.show(CheckTables.of(GradientCheck.of(t.network(), t.batch(), t.backward())));
        } else if (cost > Limits.GRADIENT_CHECK_WORK) {
            section.show(CheckTables.skipped());
        } else {
            section.addClassName("updating");
            pending = background.later(DELAY, () -> {
                List<GradientCheck.MatrixCheck> checks = GradientCheck.of(t.network(), t.batch(), t.backward());
                ui.access(() -> {
                    if (current == generation) {
                        section.show(CheckTables.of(checks));
                        section.removeClassName("updating");
                    }
                });
            });
        }
    }
}
