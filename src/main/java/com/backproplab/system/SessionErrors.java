package com.backproplab.system;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Errors in event handlers of an open page: logged in full for us, a short notification for the user
 * (who keeps the page and what was typed), never a stack trace.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
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
}
