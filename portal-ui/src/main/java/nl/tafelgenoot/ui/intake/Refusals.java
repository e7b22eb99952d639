package nl.tafelgenoot.ui.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.advisors.AdvisorBlocked;
import nl.tafelgenoot.domain.intake.IntakeRefused;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * Runs an intake step and explains a refusal in the user's language: next to the field it
 * concerns when there is one (nothing typed is lost), else as an error message on the page. An
 * advisor who cannot take a case is refused with every reason. Anything else is not the user's
 * to fix and goes on to the error page.
 */
final class Refusals {

    private Refusals() {
    }

    static void at(HasValidation field, Component translator, Runnable step) {
        if (field != null) {
            field.setInvalid(false);
        }
        try {
            step.run();
        } catch (RuntimeException failure) {
            var refused = Failures.find(failure, IntakeRefused.class);
            var blocked = Failures.find(failure, AdvisorBlocked.class);
            if (refused.isPresent()) {
                String text = translator.getTranslation("intake.refused." + refused.get().reason());
                if (field != null && refused.get().field() != null) {
                    field.setErrorMessage(text);
                    field.setInvalid(true);
                } else {
                    error(text);
                }
            } else if (blocked.isPresent()) {
                error(translator.getTranslation("intake.blocked", blocked.get().reasons().stream()
                        .map(r -> translator.getTranslation("matchReason." + r)).collect(Collectors.joining(", "))));
            } else {
                throw failure;
            }
        }
    }

    static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("intake-refused");
    }
}
