package nl.tafelgenoot.ui.errors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures in a click or a value change (after a screen has opened): the user gets a short
 * apology in their language, the log gets the details. Never a stack trace on screen.
 */
@ApplicationScoped
public class ErrorHandling {

    private static final Logger LOG = Logger.getLogger(ErrorHandling.class.getName());

    void register(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            LOG.log(Level.SEVERE, "Unexpected failure in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification notification = new Notification(ui.getTranslation("error.text"), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.open();
            }
        }));
    }
}
