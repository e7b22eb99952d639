package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private final HolidayCalendar calendar = HolidayCalendar.withDefaultDesignatedDays();

    @Test
    void anOrdinaryWeekdayIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 11))).isTrue();
        assertThat(calendar.dayOff(LocalDate.of(2026, 3, 11))).isEmpty();
    }

    @Test
    void weekendsHolidaysAndDesignatedDaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 14))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 15))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).as("Good Friday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 15))).as("Friday after Ascension").isFalse();
    }

    @Test
    void aDesignatedDayIsNoHolidayButStillNoWorkingDay() {
        LocalDate fridayAfterAscension = LocalDate.of(2026, 5, 15);
        assertThat(calendar.isHoliday(fridayAfterAscension)).isFalse();
        assertThat(calendar.isDesignatedDay(fridayAfterAscension)).isTrue();
        assertThat(calendar.dayOff(fridayAfterAscension))
                .contains(new DayOff(fridayAfterAscension, List.of(), true));
    }

    @Test
    void aHolidayOnASaturdayIsReportedWithItsNameAndAsWeekend() {
        DayOff boxingDay = calendar.dayOff(LocalDate.of(2026, 12, 26)).orElseThrow();
        assertThat(boxingDay.holidays()).containsExactly(Holiday.BOXING_DAY);
        assertThat(boxingDay.isWeekend()).isTrue();
        assertThat(boxingDay.designatedDay()).isFalse();
    }

    @Test
    void holidaysOfAYearAreNamedByEnum() {
        assertThat(calendar.holidays(Year.of(2025))).extracting(PublicHoliday::holiday)
                .containsExactly(Holiday.NEW_YEARS_DAY, Holiday.GOOD_FRIDAY, Holiday.EASTER_MONDAY, Holiday.KINGS_DAY,
                        Holiday.LIBERATION_DAY, Holiday.ASCENSION_DAY, Holiday.WHIT_MONDAY, Holiday.CHRISTMAS_DAY,
                        Holiday.BOXING_DAY);
    }

    @Test
    void anOperatorOverrideReplacesThatYearsDesignatedDaysOnly() {
        HolidayCalendar corrected = new HolidayCalendar(Map.of(Year.of(2026),
                Set.of(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 12, 24))));

        assertThat(corrected.designatedDays(Year.of(2026)).dates())
                .containsExactly(LocalDate.of(2026, 5, 15), LocalDate.of(2026, 12, 24));
        assertThat(corrected.isWorkingDay(LocalDate.of(2026, 5, 4))).as("pattern day dropped").isTrue();
        assertThat(corrected.isWorkingDay(LocalDate.of(2026, 1, 2))).as("pattern day dropped").isTrue();
        assertThat(corrected.isWorkingDay(LocalDate.of(2026, 12, 24))).as("added by decree").isFalse();
        assertThat(corrected.isDesignatedDay(LocalDate.of(2027, 4, 26))).as("other year keeps pattern").isTrue();
    }

    @Test
    void anEmptyOverrideLeavesAYearWithoutDesignatedDays() {
        HolidayCalendar corrected = new HolidayCalendar(Map.of(Year.of(2027), Set.of()));
        assertThat(corrected.isWorkingDay(LocalDate.of(2027, 5, 7))).isTrue();
        assertThat(corrected.isWorkingDay(LocalDate.of(2027, 5, 6))).as("Ascension Day itself").isFalse();
    }

    @Test
    void anOverrideWithADateOfAnotherYearIsRefused() {
        assertThatThrownBy(() -> new HolidayCalendar(Map.of(Year.of(2026), Set.of(LocalDate.of(2027, 1, 1)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstWorkingDayFromALongWeekendIsAfterItAndAWorkingDayIsItsOwnAnswer() {
        assertThat(calendar.firstWorkingDayFrom(LocalDate.of(2027, 5, 5))).isEqualTo(LocalDate.of(2027, 5, 10));
        assertThat(calendar.firstWorkingDayFrom(LocalDate.of(2027, 5, 4))).isEqualTo(LocalDate.of(2027, 5, 4));
    }
}
