package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2028, 2028-04-16",
            "2029, 2029-04-01",
            "2030, 2030-04-21",
            "2285, 2285-03-22",
            "2038, 2038-04-25"})
    void easterSundayFollowsTheGregorianRuleIncludingItsEarliestAndLatestDates(int year, LocalDate sunday) {
        assertThat(Easter.sunday(year)).isEqualTo(sunday);
    }

    @ParameterizedTest(name = "{0}: Good Friday {1}, Easter Monday {2}, Ascension {3}, Whit Monday {4}")
    @CsvSource({
            "2024, 2024-03-29, 2024-04-01, 2024-05-09, 2024-05-20",
            "2025, 2025-04-18, 2025-04-21, 2025-05-29, 2025-06-09",
            "2026, 2026-04-03, 2026-04-06, 2026-05-14, 2026-05-25",
            "2027, 2027-03-26, 2027-03-29, 2027-05-06, 2027-05-17",
            "2028, 2028-04-14, 2028-04-17, 2028-05-25, 2028-06-05",
            "2029, 2029-03-30, 2029-04-02, 2029-05-10, 2029-05-21",
            "2030, 2030-04-19, 2030-04-22, 2030-05-30, 2030-06-10"})
    void theEasterBasedHolidaysAreCountedFromEasterSunday(
            int year, LocalDate goodFriday, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
        assertThat(PublicHolidays.of(Year.of(year)))
                .contains(new PublicHoliday(goodFriday, Holiday.GOOD_FRIDAY),
                        new PublicHoliday(easterMonday, Holiday.EASTER_MONDAY),
                        new PublicHoliday(ascension, Holiday.ASCENSION_DAY),
                        new PublicHoliday(whitMonday, Holiday.WHIT_MONDAY));
    }

    @Test
    void yearsBeforeTheGregorianCalendarAreRefused() {
        assertThatThrownBy(() -> Easter.sunday(1500)).isInstanceOf(IllegalArgumentException.class);
    }
}
