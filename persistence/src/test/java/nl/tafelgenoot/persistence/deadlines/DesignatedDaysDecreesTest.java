package nl.tafelgenoot.persistence.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.DesignatedDays;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * An operator's correction of the designated days of a year is stored and replaces the usual
 * pattern for that year only, also for a calendar read afterwards from the database.
 */
class DesignatedDaysDecreesTest extends DatabaseTest {

    /** Ascension Day 2027 is Thursday 6 May; the usual pattern makes Friday 7 May a designated day. */
    private static final LocalDate FRIDAY_AFTER_ASCENSION_2027 = LocalDate.of(2027, 5, 7);
    private static final LocalDate FRIDAY_AFTER_ASCENSION_2028 = LocalDate.of(2028, 5, 26);

    private HolidayCalendar storedCalendar() {
        return withoutTenant(em -> new Calendars(new JpaDesignatedDaysDecreeRepository(em), Clock.systemUTC()).current());
    }

    private void record(DesignatedDays days, String source) {
        withoutTenant(em -> new Calendars(new JpaDesignatedDaysDecreeRepository(em), Clock.systemUTC())
                .record(days, source, "operator"));
    }

    @Test
    void aStoredDecreeReplacesThePatternForItsYear() {
        assertThat(storedCalendar().isWorkingDay(FRIDAY_AFTER_ASCENSION_2027)).isFalse();

        LocalDate wednesdayBeforeAscension = LocalDate.of(2027, 5, 5);
        record(DesignatedDays.of(Year.of(2027), Set.of(wednesdayBeforeAscension)), "Stb. 2026, 101");

        HolidayCalendar calendar = storedCalendar();
        assertThat(calendar.isWorkingDay(FRIDAY_AFTER_ASCENSION_2027)).as("no longer designated in 2027").isTrue();
        assertThat(calendar.isDesignatedDay(wednesdayBeforeAscension)).isTrue();
        assertThat(calendar.isDesignatedDay(FRIDAY_AFTER_ASCENSION_2028)).as("other years keep the pattern").isTrue();
    }

    @Test
    void recordingAgainReplacesTheEarlierCorrection() {
        record(DesignatedDays.of(Year.of(2029), Set.of()), "first");
        record(DesignatedDays.of(Year.of(2029), Set.of(LocalDate.of(2029, 5, 11))), "second");
        assertThat(storedCalendar().designatedDays(Year.of(2029)).dates()).containsExactly(LocalDate.of(2029, 5, 11));
    }
}
