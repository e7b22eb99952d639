package nl.tafelgenoot.domain.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** "Last contact" on a case and when a case counts as quiet. */
class LastContactTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 30);
    private static final Instant OPENED = Instant.parse("2026-02-02T09:00:00Z");

    @Test
    void theLatestTraceOfWorkCounts() {
        Instant note = Instant.parse("2026-03-10T12:00:00Z");
        Instant done = Instant.parse("2026-03-12T12:00:00Z");
        assertThat(LastContact.of(AMSTERDAM, TODAY, OPENED, LocalDate.of(2026, 3, 5), note, done, null))
                .isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(LastContact.of(AMSTERDAM, TODAY, OPENED, LocalDate.of(2026, 3, 20), note, null, null))
                .as("the interview held").isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(LastContact.of(AMSTERDAM, TODAY, OPENED, null)).as("only opened").isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void aPlannedInterviewInTheFutureIsNoContactYet() {
        assertThat(LastContact.of(AMSTERDAM, TODAY, OPENED, TODAY.plusDays(3))).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void daysAreAmsterdamDays() {
        // 23:30 UTC on 15 March is already 16 March in Amsterdam.
        assertThat(LastContact.of(AMSTERDAM, TODAY, OPENED, null, Instant.parse("2026-03-15T23:30:00Z")))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void quietFromFourteenDaysWithoutContact() {
        assertThat(LastContact.isQuiet(TODAY.minusDays(13), TODAY)).isFalse();
        assertThat(LastContact.isQuiet(TODAY.minusDays(14), TODAY)).isTrue();
        assertThat(LastContact.daysSince(TODAY.minusDays(20), TODAY)).isEqualTo(20);
    }
}
