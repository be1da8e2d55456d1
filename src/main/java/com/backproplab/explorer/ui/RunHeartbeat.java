package com.backproplab.explorer.ui;

import com.backproplab.explorer.TrainingRun;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * Tells a page's training run, once a second while it is active, that the page is still open; a run that
 * hears nothing for {@link TrainingRun#LEASE} stops (a killed browser sends no goodbye).
 */
@Tag("bpl-heartbeat")
final class RunHeartbeat extends Component {

    private TrainingRun run;

    /** Starts beating for {@code run}, in place of any run before it. */
    void start(TrainingRun run) {
        this.run = run;
        getElement()
                .executeJs("clearInterval(this.__beat); this.__beat = setInterval(() => this.$server.alive(), 1000)");
    }

    void stop() {
        run = null;
        getElement().executeJs("clearInterval(this.__beat)");
    }

    @ClientCallable
    void alive() {
        TrainingRun current = run;
        if (current != null) {
            current.heartbeat();
        }
    }
}
