package nl.tafelgenoot.ui.booking.agenda;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Set;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.booking.SlotTaken;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.ui.errors.Failures;

/**
 * What the agenda tells after a change: that it worked (and whether the member is mailed), or
 * why it was refused in words the user can act on — the time was just taken, the appointment was
 * cancelled meanwhile or is gone. Anything that is not a refusal goes on to the error page.
 */
final class AgendaMessages {

    private static final Set<String> KNOWN_REFUSALS = Set.of("cancelled", "past");

    private AgendaMessages() {
    }

    static void success(String text) {
        Notification notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.setId("agenda-done");
    }

    static void refused(Component translator, RuntimeException failure) {
        Notification notification = Notification.show(text(translator, failure), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.setId("agenda-refused");
    }

    /** The refusal in the user's language; rethrows what is no refusal. */
    static String text(Component translator, RuntimeException failure) {
        if (Failures.causedBy(failure, SlotTaken.class)) {
            return translator.getTranslation("agenda.slotTaken");
        }
        var refused = Failures.find(failure, BookingRefused.class);
        if (refused.isPresent()) {
            String key = refused.get().key();
            return translator.getTranslation(KNOWN_REFUSALS.contains(key) ? "agenda.refused." + key : "agenda.refused.other");
        }
        if (Failures.causedBy(failure, NotFoundException.class)) {
            return translator.getTranslation("agenda.gone");
        }
        throw failure;
    }
}
