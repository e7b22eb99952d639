package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesignatedDaysTest {

    /*
     * Worked out by hand from the weekdays: Friday after Ascension every year;
     * 2024 Boxing Day Thu; 2025 nothing else (King's Day Sat, 5 May Mon, New Year 2026 Thu falls in 2026);
     * 2026 New Year Thu, 5 May Tue; 2027 King's Day Tue; 2028 King's Day Thu;
     * 2029 Christmas Tue, New Year 2030 Tue (its Monday is 31 Dec 2029); 2030 Boxing Day Thu.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2024, 2024-05-10 2024-12-27",
            "2025, 2025-05-30",
            "2026, 2026-01-02 2026-05-04 2026-05-15",
            "2027, 2027-04-26 2027-05-07",
            "2028, 2028-04-28 2028-05-26",
            "2029, 2029-05-11 2029-12-24 2029-12-31",
            "2030, 2030-05-31 2030-12-27"})
    void theDefaultPatternBridgesAscensionAndHolidaysOnTuesdaysAndThursdays(int year, String dates) {
        LocalDate[] expected = Arrays.stream(dates.split(" ")).map(LocalDate::parse).toArray(LocalDate[]::new);
        assertThat(DesignatedDays.defaultPattern(Year.of(year)).dates()).containsExactly(expected);
    }

    @Test
    void theMondayBeforeANewYearOnATuesdayBelongsToTheOldYear() {
        assertThat(DesignatedDays.defaultPattern(Year.of(2030)).dates()).doesNotContain(LocalDate.of(2029, 12, 31));
        assertThat(DesignatedDays.defaultPattern(Year.of(2029)).dates()).contains(LocalDate.of(2029, 12, 31));
    }

    @Test
    void aDesignatedDayOutsideItsYearIsRefused() {
        assertThatThrownBy(() -> DesignatedDays.of(Year.of(2026), Set.of(LocalDate.of(2025, 12, 31))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
