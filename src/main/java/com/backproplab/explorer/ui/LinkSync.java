package com.backproplab.explorer.ui;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.scenario.Scenario;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Keeps the address bar describing what the page shows, with {@code history.replaceState} (so edits do not
 * flood the history), and copies the link on request.
 *
 * <p>The link of a network of more than {@link #WRITTEN_AT_ONCE} numbers (tens of kilobytes: 72 KB for six
 * hidden layers of 32 on 32 samples) is written {@link #QUIET} after the last change instead of with every
 * answer (DD015): encoded on the quick pool and pushed, so that a run of edits does not carry, send and
 * parse it each time. Copying the link writes a pending one first.
 */
final class LinkSync {

    /** Links of at most this many numbers (X, Y and every weight and bias) are written with the answer. */
    static final int WRITTEN_AT_ONCE = 2_000;

    /** How long a longer link waits for the next change before it is written. */
    static final Duration QUIET = Duration.ofMillis(300);

    private final PermalinkCodec codec;
    private final BackgroundWork background;
    private Permalink latest;
    private String shown;
    private boolean pushNext;
    private int generation;
    private Future<?> pending;
    private boolean pendingPush;

    LinkSync(PermalinkCodec codec, BackgroundWork background) {
        this.codec = codec;
        this.background = background;
    }

    /**
     * Writes {@code link} into the address bar when it differs from what is there: replacing the current
     * history entry, or adding one after {@link #pushNext()}; a long link a moment later. The address's
     * {@code #section} stays.
     */
    void show(UI ui, Permalink link) {
        if (link.equals(latest)) {
            pushNext = false;
            return;
        }
        // A link still waiting for its history entry passes it on to the one that replaces it.
        boolean push = pushNext || (pending != null && pendingPush);
        pushNext = false;
        latest = link;
        cancelPending();
        if (numbers(link.scenario()) <= WRITTEN_AT_ONCE) {
            write(ui, codec.encode(link), push);
            return;
        }
        int current = generation;
        pendingPush = push;
        pending = background.later(QUIET, () -> {
            String query = codec.encode(link);
            try {
                ui.access(() -> {
                    if (current == generation) {
                        pending = null;
                        write(ui, query, push);
                    }
                });
            } catch (UIDetachedException gone) {
                // The page closed before its link was written: nobody is left to show it to.
            }
        });
    }

    /** Drops a link waiting to be written; one already encoded is not shown either. */
    private void cancelPending() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void write(UI ui, String query, boolean push) {
        if (query.equals(shown)) {
            return;
        }
        shown = query;
        // After a navigation Vaadin's router writes the address it resolved once the server has answered,
        // in the same task: the timeout lets it go first. Flow's History defers the same way, but cannot
        // keep the #section, which only the browser knows.
        ui.getPage()
                .executeJs(
                        "setTimeout(() => history[$1](history.state, '', location.pathname + '?' + $0 + location.hash))",
                        query,
                        push ? "pushState" : "replaceState");
    }

    /** The numbers a link of {@code s} holds: X, Y, and every weight and bias. */
    static long numbers(Scenario s) {
        long n = (long) s.batch().size()
                * (s.batch().x().getColumnDimension() + s.batch().y().getColumnDimension());
        return n + s.network().architecture().parameterCount();
    }

    /** The next link shown gets a history entry of its own, so that Back returns to what was shown before. */
    void pushNext() {
        pushNext = true;
    }

    /** Forgets what was written, so that the next {@link #show} writes again. */
    void forget() {
        cancelPending();
        shown = null;
        latest = null;
    }

    /** Copies the current address to the clipboard and says so, or says how to copy it by hand. */
    void copy(UI ui) {
        if (pending != null) {
            cancelPending();
            write(ui, codec.encode(latest), pendingPush);
        }
        // After the timeout that writes the address bar (above), so that it copies what the page shows. Without
        // a clipboard (a page served over plain HTTP to another machine) it says so instead of failing silently.
        ui.getPage()
                .executeJs("return new Promise(done => setTimeout(() => {"
                        + " try { navigator.clipboard.writeText(location.href).then(() => done(true), () => done(false)); }"
                        + " catch (e) { done(false); } }))")
                .then(
                        Boolean.class,
                        ok -> Notification.show(
                                Boolean.TRUE.equals(ok)
                                        ? "Link copied: it opens exactly these numbers."
                                        : "The browser did not allow copying; the address bar holds the link.",
                                4000,
                                Notification.Position.BOTTOM_CENTER));
    }
}
