package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneralTermsActTest {

    private final GeneralTermsAct atw = new GeneralTermsAct(HolidayCalendar.withDefaultDesignatedDays());

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void aTermEndingOnAWorkingDayIsNotMoved() {
        TermEnd end = atw.endOf(date(2025, 3, 3), Term.weeks(6));
        assertThat(end.end()).isEqualTo(date(2025, 4, 14));
        assertThat(end.nominalEnd()).isEqualTo(end.end());
        assertThat(end.extendedByAtw()).isFalse();
        assertThat(end.nonWorkingDays()).isEmpty();
    }

    @Test
    void aTermEndingOnSaturdayEndsOnMonday() {
        TermEnd end = atw.endOf(date(2025, 3, 1), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2025, 4, 12));
        assertThat(end.end()).isEqualTo(date(2025, 4, 14));
        assertThat(end.atwArticles()).containsExactly(AtwArticle.ARTICLE_1);
        assertThat(end.nonWorkingDays()).extracting(DayOff::date).containsExactly(date(2025, 4, 12), date(2025, 4, 13));
    }

    @Test
    void aTermEndingOnEasterMondayEndsOnTuesday() {
        TermEnd end = atw.endOf(date(2026, 2, 23), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2026, 4, 6));
        assertThat(end.end()).isEqualTo(date(2026, 4, 7));
        assertThat(end.nonWorkingDays()).containsExactly(new DayOff(date(2026, 4, 6), List.of(Holiday.EASTER_MONDAY), false));
    }

    @Test
    void aTermEndingOnGoodFridaySkipsTheWholeEasterWeekend() {
        TermEnd end = atw.endOf(date(2025, 3, 7), Term.weeks(6));
        assertThat(end.end()).isEqualTo(date(2025, 4, 22));
        assertThat(end.nonWorkingDays()).extracting(DayOff::date)
                .containsExactly(date(2025, 4, 18), date(2025, 4, 19), date(2025, 4, 20), date(2025, 4, 21));
    }

    @Test
    void aTermEndingOnKingsDayEndsTheDayAfter() {
        TermEnd end = atw.endOf(date(2026, 3, 16), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2026, 4, 27));
        assertThat(end.end()).isEqualTo(date(2026, 4, 28));
    }

    @Test
    void aTermEndingOnTheDesignatedMondayBeforeKingsDayOnTuesdayEndsOnWednesday() {
        TermEnd end = atw.endOf(date(2027, 3, 15), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2027, 4, 26));
        assertThat(end.end()).isEqualTo(date(2027, 4, 28));
        assertThat(end.nonWorkingDays()).containsExactly(
                new DayOff(date(2027, 4, 26), List.of(), true),
                new DayOff(date(2027, 4, 27), List.of(Holiday.KINGS_DAY), false));
    }

    @Test
    void whenTheOperatorRemovesTheDesignatedDayTheSameTermIsNotMoved() {
        GeneralTermsAct corrected = new GeneralTermsAct(new HolidayCalendar(Map.of(Year.of(2027), Set.of())));
        assertThat(corrected.endOf(date(2027, 3, 15), Term.weeks(6)).end()).isEqualTo(date(2027, 4, 26));
    }

    @Test
    void aTermEndingOnChristmasFridayEndsOnMondayAfterBoxingDayOnSaturday() {
        TermEnd end = atw.endOf(date(2026, 11, 13), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2026, 12, 25));
        assertThat(end.end()).isEqualTo(date(2026, 12, 28));
        assertThat(end.nonWorkingDays()).containsExactly(
                new DayOff(date(2026, 12, 25), List.of(Holiday.CHRISTMAS_DAY), false),
                new DayOff(date(2026, 12, 26), List.of(Holiday.BOXING_DAY), false),
                new DayOff(date(2026, 12, 27), List.of(), false));
    }

    @Test
    void aTermEndingOnTheDesignatedMondayBeforeChristmasOnTuesdayEndsOnThursday() {
        TermEnd end = atw.endOf(date(2029, 11, 12), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2029, 12, 24));
        assertThat(end.end()).isEqualTo(date(2029, 12, 27));
    }

    @Test
    void aTermEndingOnBoxingDayThursdaySkipsTheDesignatedFridayAndTheWeekend() {
        TermEnd end = atw.endOf(date(2024, 11, 14), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2024, 12, 26));
        assertThat(end.end()).isEqualTo(date(2024, 12, 30));
    }

    @Test
    void liberationDayAscensionDayAndTheFridayAfterMakeAFiveDayBreak() {
        TermEnd end = atw.endOf(date(2027, 3, 24), Term.weeks(6));
        assertThat(end.nominalEnd()).isEqualTo(date(2027, 5, 5));
        assertThat(end.end()).isEqualTo(date(2027, 5, 10));
        assertThat(end.nonWorkingDays()).hasSize(5);
    }

    @Test
    void aThreeDayTermWithOnlyOneWorkingDayIsLengthenedUnderArticle2Alone() {
        TermEnd end = atw.endOf(date(2026, 3, 6), Term.days(3));
        assertThat(end.nominalEnd()).isEqualTo(date(2026, 3, 9));
        assertThat(end.end()).isEqualTo(date(2026, 3, 10));
        assertThat(end.atwArticles()).containsExactly(AtwArticle.ARTICLE_2);
        assertThat(end.nonWorkingDays()).extracting(DayOff::date).containsExactly(date(2026, 3, 7), date(2026, 3, 8));
    }

    @Test
    void aTwoDayTermIsNotLengthenedToContainTwoWorkingDays() {
        TermEnd end = atw.endOf(date(2026, 3, 7), Term.days(2));
        assertThat(end.end()).isEqualTo(date(2026, 3, 9));
        assertThat(end.extendedByAtw()).isFalse();
    }

    @Test
    void overChristmasBothArticlesApplyToAThreeDayTerm() {
        TermEnd end = atw.endOf(date(2026, 12, 24), Term.days(3));
        assertThat(end.nominalEnd()).isEqualTo(date(2026, 12, 27));
        assertThat(end.end()).isEqualTo(date(2026, 12, 29));
        assertThat(end.atwArticles()).containsExactlyInAnyOrder(AtwArticle.ARTICLE_1, AtwArticle.ARTICLE_2);
        assertThat(end.nonWorkingDays()).extracting(DayOff::date)
                .containsExactly(date(2026, 12, 25), date(2026, 12, 26), date(2026, 12, 27));
    }

    @Test
    void aWorkingDayBeforeTheHolidaysCountsTowardsTheTwoWorkingDays() {
        TermEnd end = atw.endOf(date(2026, 4, 1), Term.days(3));
        assertThat(end.nominalEnd()).isEqualTo(date(2026, 4, 4));
        assertThat(end.end()).isEqualTo(date(2026, 4, 7));
        assertThat(end.atwArticles()).containsExactly(AtwArticle.ARTICLE_1);
    }

    @Test
    void aTermCannotEndBeforeItsEvent() {
        assertThatThrownBy(() -> atw.extend(date(2026, 4, 1), date(2026, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
