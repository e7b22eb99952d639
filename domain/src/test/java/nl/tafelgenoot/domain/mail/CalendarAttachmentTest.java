package nl.tafelgenoot.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import nl.tafelgenoot.domain.booking.AppointmentCalendar;
import nl.tafelgenoot.domain.booking.CalendarEntry;
import nl.tafelgenoot.domain.booking.Invitation;
import org.junit.jupiter.api.Test;

/** The method in the mail's Content-Type must be the one the calendar states, or mail programs misread it. */
class CalendarAttachmentTest {

    private static final Instant START = Instant.parse("2026-10-26T08:00:00Z");
    private static final Invitation INVITATION = new Invitation(
            new CalendarEntry("a-1", 0, START, START.plusSeconds(3600), "Gesprek", null, null),
            "De Linde", "noreply@delinde.example", "Anna Visser", "anna.visser@example.org");

    @Test
    void takesTheMethodTheCalendarStates() {
        String request = AppointmentCalendar.request(INVITATION, START);
        assertThat(new CalendarAttachment("request", request).method()).isEqualTo("REQUEST");
        assertThat(new CalendarAttachment("CANCEL", AppointmentCalendar.cancel(INVITATION, START)).method())
                .isEqualTo("CANCEL");
    }

    @Test
    void refusesAnotherMethodOrSomethingThatIsNoCalendar() {
        String request = AppointmentCalendar.request(INVITATION, START);
        assertThatThrownBy(() -> new CalendarAttachment("CANCEL", request)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarAttachment("REPLY", request)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarAttachment(null, request)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CalendarAttachment("REQUEST", "Beste Anna")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQueuedMailKeepsItsCalendarAndAMailWithoutOneHasNone() {
        CalendarAttachment calendar = new CalendarAttachment("REQUEST", AppointmentCalendar.request(INVITATION, START));
        Recipient anna = Recipient.of("anna.visser@example.org", "Anna Visser");
        assertThat(new OutboxMail("k1", anna, "Afspraak", "Beste Anna", calendar, START).getCalendar()).contains(calendar);
        assertThat(new OutboxMail("k2", anna, "Herinnering", "Beste Anna", START).getCalendar()).isEmpty();
    }
}
