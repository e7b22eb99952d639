package nl.tafelgenoot.ui.booking.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The agenda's days and times: Dutch short names without dots, 24-hour Amsterdam time in summer and winter. */
class AgendaTextsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void daysAreWrittenShortWithoutAbbreviationDots() {
        assertThat(AgendaTexts.day(LocalDate.of(2026, 11, 30), DUTCH)).isEqualTo("ma 30 nov");
        assertThat(AgendaTexts.dayWithYear(LocalDate.of(2026, 12, 6), DUTCH)).isEqualTo("zo 6 dec 2026");
        assertThat(AgendaTexts.day(LocalDate.of(2026, 11, 30), Locale.ENGLISH)).isEqualTo("Mon 30 Nov");
        assertThat(AgendaTexts.day(LocalDate.of(2026, 11, 30), Locale.GERMAN)).as("other languages read Dutch")
                .isEqualTo("ma 30 nov");
    }

    @Test
    void timesAreAmsterdamTimeOnATwentyFourHourClock() {
        assertThat(AgendaTexts.time(Instant.parse("2026-11-30T13:30:00Z"))).isEqualTo("14:30");
        assertThat(AgendaTexts.time(Instant.parse("2026-07-01T13:30:00Z"))).isEqualTo("15:30");
        assertThat(AgendaTexts.moment(Instant.parse("2026-11-30T23:15:00Z"), DUTCH)).isEqualTo("di 1 dec 2026 00:15");
        assertThat(AgendaTexts.dayOf(Instant.parse("2026-11-30T23:15:00Z"))).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
