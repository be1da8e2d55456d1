package com.backproplab.system;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.EOFException;
import java.io.IOException;
import org.apache.catalina.connector.ClientAbortException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in event handlers of an open page: logged in full for us, a short notification for the user
 * (who keeps the page and what was typed), never a stack trace. A browser that went away mid-request is no
 * error of ours: one line at DEBUG.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
                    if (clientAbort(error.getThrowable())) {
                        LOG.debug(
                                "A browser went away mid-request: {}",
                                error.getThrowable().toString());
                        return;
                    }
                    LOG.error("Unexpected error in the explorer", error.getThrowable());
                    UI ui = UI.getCurrent();
                    if (ui != null) {
                        Notification n = Notification.show(
                                "That did not work: the change was not applied. The error has been logged.",
                                6000,
                                Notification.Position.BOTTOM_CENTER);
                        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                }));
    }

    /**
     * Whether {@code t} is only a client that closed its connection before the answer was written (a tab
     * closed or reloaded mid-request): Tomcat's ClientAbortException, or the broken pipe or reset under it.
     */
    static boolean clientAbort(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof ClientAbortException || c instanceof EOFException) {
                return true;
            }
            String message = c.getMessage();
            if (c instanceof IOException
                    && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }
}
