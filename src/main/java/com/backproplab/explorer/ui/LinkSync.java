package com.backproplab.explorer.ui;

import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;

/**
 * Keeps the address bar describing what the page shows, with {@code history.replaceState} (so edits do not
 * flood the history), and copies the link on request.
 */
final class LinkSync {

    private final PermalinkCodec codec;
    private String shown;
    private boolean pushNext;

    LinkSync(PermalinkCodec codec) {
        this.codec = codec;
    }

    /**
     * Writes {@code link} into the address bar when it differs from what is there: replacing the current
     * history entry, or adding one after {@link #pushNext()}. The address's {@code #section} stays.
     */
    void show(UI ui, Permalink link) {
        String query = codec.encode(link);
        if (!query.equals(shown)) {
            shown = query;
            String how = pushNext ? "pushState" : "replaceState";
            // After a navigation Vaadin's router writes the address it resolved once the server has answered,
            // in the same task: the timeout lets it go first. Flow's History defers the same way, but cannot
            // keep the #section, which only the browser knows.
            ui.getPage()
                    .executeJs(
                            "setTimeout(() => history[$1](history.state, '', location.pathname + '?' + $0 + location.hash))",
                            query,
                            how);
        }
        pushNext = false;
    }

    /** The next link shown gets a history entry of its own, so that Back returns to what was shown before. */
    void pushNext() {
        pushNext = true;
    }

    /** Forgets what was written, so that the next {@link #show} writes again. */
    void forget() {
        shown = null;
    }

    /** Copies the current address to the clipboard and says so, or says how to copy it by hand. */
    void copy(UI ui) {
        ui.getPage()
                .executeJs("return navigator.clipboard.writeText(location.href).then(() => true, () => false)")
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
