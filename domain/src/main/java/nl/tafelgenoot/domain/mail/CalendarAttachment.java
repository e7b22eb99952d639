package nl.tafelgenoot.domain.mail;

import java.util.Locale;
import java.util.Set;

/**
 * An iCalendar object that goes with a mail, e.g. the invitation to a booked appointment. The
 * {@code method} (REQUEST, CANCEL or PUBLISH) is repeated in the mail's Content-Type, where
 * Outlook, Gmail and Apple Mail look for it to show the mail as an invitation; so it must be the
 * METHOD the {@code ics} text itself states, which is checked here.
 */
public record CalendarAttachment(String method, String ics) {

    public static final Set<String> METHODS = Set.of("REQUEST", "CANCEL", "PUBLISH");

    /** Far above any appointment's calendar (a few kilobytes); the column holds far more. */
    public static final int MAX_ICS = 1_000_000;

    public CalendarAttachment {
        if (method == null || !METHODS.contains(method.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("calendar method must be one of " + METHODS + ", not " + method);
        }
        method = method.strip().toUpperCase(Locale.ROOT);
        if (ics == null || !ics.startsWith("BEGIN:VCALENDAR")) {
            throw new IllegalArgumentException("an iCalendar text starts with BEGIN:VCALENDAR");
        }
        if (ics.length() > MAX_ICS) {
            throw new IllegalArgumentException("iCalendar text of " + ics.length() + " characters is too long");
        }
        if (!ics.contains("\nMETHOD:" + method + "\r\n")) {
            throw new IllegalArgumentException("the iCalendar text does not state METHOD:" + method);
        }
    }
}
