package nl.tafelgenoot.domain.deadlines;

import static nl.tafelgenoot.domain.deadlines.Holiday.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicHolidaysTest {

    @Test
    void aYearHasNineHolidaysInDateOrder() {
        assertThat(PublicHolidays.of(Year.of(2026))).containsExactly(
                new PublicHoliday(LocalDate.of(2026, 1, 1), NEW_YEARS_DAY),
                new PublicHoliday(LocalDate.of(2026, 4, 3), GOOD_FRIDAY),
                new PublicHoliday(LocalDate.of(2026, 4, 6), EASTER_MONDAY),
                new PublicHoliday(LocalDate.of(2026, 4, 27), KINGS_DAY),
                new PublicHoliday(LocalDate.of(2026, 5, 5), LIBERATION_DAY),
                new PublicHoliday(LocalDate.of(2026, 5, 14), ASCENSION_DAY),
                new PublicHoliday(LocalDate.of(2026, 5, 25), WHIT_MONDAY),
                new PublicHoliday(LocalDate.of(2026, 12, 25), CHRISTMAS_DAY),
                new PublicHoliday(LocalDate.of(2026, 12, 26), BOXING_DAY));
    }

    @Test
    void kingsDayMovesToTheTwentySixthWhenTheTwentySeventhIsASunday() {
        assertThat(LocalDate.of(2025, 4, 27).getDayOfWeek().name()).isEqualTo("SUNDAY");
        assertThat(PublicHolidays.of(Year.of(2025))).contains(new PublicHoliday(LocalDate.of(2025, 4, 26), KINGS_DAY))
                .doesNotContain(new PublicHoliday(LocalDate.of(2025, 4, 27), KINGS_DAY));
        assertThat(PublicHolidays.of(Year.of(2014))).contains(new PublicHoliday(LocalDate.of(2014, 4, 26), KINGS_DAY));
    }

    @Test
    void kingsDayIsTheTwentySeventhOnAnyOtherWeekday() {
        assertThat(PublicHolidays.of(Year.of(2027))).contains(new PublicHoliday(LocalDate.of(2027, 4, 27), KINGS_DAY));
        assertThat(PublicHolidays.of(Year.of(2024))).contains(new PublicHoliday(LocalDate.of(2024, 4, 27), KINGS_DAY));
    }

    @ParameterizedTest(name = "5 May {0} is a holiday")
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void liberationDayCountsEveryYearNotOnlyEveryFifth(int year) {
        assertThat(PublicHolidays.of(Year.of(year))).contains(new PublicHoliday(LocalDate.of(year, 5, 5), LIBERATION_DAY));
    }

    @Test
    void ascensionDayOnTheFifthOfMayGivesTwoHolidaysOnOneDate() {
        assertThat(PublicHolidays.of(Year.of(2016)))
                .hasSize(9)
                .contains(new PublicHoliday(LocalDate.of(2016, 5, 5), LIBERATION_DAY),
                        new PublicHoliday(LocalDate.of(2016, 5, 5), ASCENSION_DAY));
    }

    @Test
    void yearsBeforeKingsDayExistedAreRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> PublicHolidays.of(Year.of(2013))).isInstanceOf(IllegalArgumentException.class);
    }
}
