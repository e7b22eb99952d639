package nl.tafelgenoot.ui.booking.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.SlotSearch;

/**
 * How the agenda writes days and times: always in Amsterdam time (where the advisors and members
 * are), 24-hour clock, short day and month names without the abbreviation dot ("ma 30 nov"), in
 * the language of the screen.
 */
final class AgendaTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private AgendaTexts() {
    }

    static Locale locale(Locale screen) {
        return screen != null && "en".equals(screen.getLanguage()) ? ENGLISH : DUTCH;
    }

    /** "ma 30 nov". */
    static String day(LocalDate day, Locale screen) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale(screen)).format(day).replace(".", "");
    }

    /** "ma 30 nov 2026". */
    static String dayWithYear(LocalDate day, Locale screen) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale(screen)).format(day).replace(".", "");
    }

    /** "09:30". */
    static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(SlotSearch.ZONE));
    }

    static String time(ZonedDateTime time) {
        return DateTimeFormatter.ofPattern("HH:mm").format(time.withZoneSameInstant(SlotSearch.ZONE));
    }

    /** "ma 30 nov 2026 09:30". */
    static String moment(Instant instant, Locale screen) {
        return dayWithYear(instant.atZone(SlotSearch.ZONE).toLocalDate(), screen) + " " + time(instant);
    }

    static LocalDate dayOf(Instant instant) {
        return instant.atZone(SlotSearch.ZONE).toLocalDate();
    }

    /** The member's name as the request has it, or a dash for an appointment without one. */
    static String member(Appointment appointment) {
        return appointment.getRequest() == null ? "–" : appointment.getRequest().getFullName();
    }
}
