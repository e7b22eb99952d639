package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WmoDeadlinesTest {

    private final WmoDeadlines wmo = new WmoDeadlines(HolidayCalendar.withDefaultDesignatedDays());

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void thePersonalPlanMayBeHandedInUntilSevenDaysAfterTheNotification() {
        ComputedDate plan = wmo.personalPlan(date(2026, 3, 2));
        assertThat(plan.date()).isEqualTo(date(2026, 3, 9));
        assertThat(plan.ruleId()).isEqualTo("W1");
        assertThat(plan.articles()).isEqualTo("Wmo 2015 art. 2.3.2");
        assertThat(plan.kind()).isEqualTo(DeadlineKind.LEGAL_DEADLINE);
        assertThat(plan.computedFrom()).containsExactly(new TriggerDate(Trigger.NOTIFICATION_RECEIVED, date(2026, 3, 2)));
        assertThat(plan.movedByAtw()).isFalse();
    }

    @Test
    void aPersonalPlanTermEndingOnLiberationDayEndsTheDayAfter() {
        ComputedDate plan = wmo.personalPlan(date(2026, 4, 28));
        assertThat(plan.nominalDate()).isEqualTo(date(2026, 5, 5));
        assertThat(plan.date()).isEqualTo(date(2026, 5, 6));
        assertThat(plan.atwArticles()).containsExactly(AtwArticle.ARTICLE_1);
    }

    @Test
    void theInvestigationIsDueSixWeeksAfterTheNotification() {
        ComputedDate investigation = wmo.investigation(date(2026, 3, 2));
        assertThat(investigation.date()).isEqualTo(date(2026, 4, 13));
        assertThat(investigation.rule()).isEqualTo(DeadlineRule.INVESTIGATION);
        assertThat(investigation.ruleId()).isEqualTo("W1");
    }

    @Test
    void anInvestigationTermEndingOnAscensionDaySkipsTheBridgeDayAndTheWeekend() {
        ComputedDate investigation = wmo.investigation(date(2026, 4, 2));
        assertThat(investigation.nominalDate()).isEqualTo(date(2026, 5, 14));
        assertThat(investigation.date()).isEqualTo(date(2026, 5, 18));
        assertThat(investigation.nonWorkingDays()).containsExactly(
                new DayOff(date(2026, 5, 14), List.of(Holiday.ASCENSION_DAY), false),
                new DayOff(date(2026, 5, 15), List.of(), true),
                new DayOff(date(2026, 5, 16), List.of(), false),
                new DayOff(date(2026, 5, 17), List.of(), false));
    }

    @Test
    void theClientMayApplyWithoutInvestigationFromTheDayAfterItsTermEnded() {
        ComputedDate from = wmo.applicationWithoutInvestigationFrom(date(2026, 3, 2));
        assertThat(from.date()).isEqualTo(date(2026, 4, 14));
        assertThat(from.ruleId()).isEqualTo("W2");
        assertThat(from.articles()).isEqualTo("Wmo 2015 art. 2.3.2 lid 9");
        assertThat(from.kind()).isEqualTo(DeadlineKind.STARTS_ON);
    }

    @Test
    void whenTheInvestigationTermIsLengthenedTheRightToApplyStartsLaterAndSaysWhy() {
        ComputedDate from = wmo.applicationWithoutInvestigationFrom(date(2026, 4, 2));
        assertThat(from.nominalDate()).isEqualTo(date(2026, 5, 15));
        assertThat(from.date()).isEqualTo(date(2026, 5, 19));
        assertThat(from.movedByAtw()).isTrue();
    }

    @Test
    void theReportReminderIsPracticeAndStaysOnAHolidayOrWeekend() {
        ComputedDate report = wmo.interviewReportExpected(date(2025, 12, 12));
        assertThat(report.date()).isEqualTo(date(2025, 12, 26));
        assertThat(report.ruleId()).isEqualTo("W3");
        assertThat(report.articles()).isEmpty();
        assertThat(report.kind()).isEqualTo(DeadlineKind.PRACTICE_REMINDER);
        assertThat(report.movedByAtw()).isFalse();
        assertThat(wmo.interviewReportExpected(date(2026, 3, 7)).date()).as("Saturday stays").isEqualTo(date(2026, 3, 21));
    }

    @Test
    void theDecisionIsDueTwoWeeksAfterTheApplication() {
        ComputedDate decision = wmo.decisionOnApplication(date(2026, 3, 4));
        assertThat(decision.date()).isEqualTo(date(2026, 3, 18));
        assertThat(decision.ruleId()).isEqualTo("W5");
        assertThat(decision.articles()).isEqualTo("Wmo 2015 art. 2.3.5; Awb 4:14");
        assertThat(decision.computedFrom()).containsExactly(new TriggerDate(Trigger.APPLICATION_RECEIVED, date(2026, 3, 4)));
    }

    @Test
    void aDecisionTermEndingOnTheBridgeDayBeforeLiberationDayOnTuesdayEndsOnWednesday() {
        ComputedDate decision = wmo.decisionOnApplication(date(2026, 4, 20));
        assertThat(decision.nominalDate()).isEqualTo(date(2026, 5, 4));
        assertThat(decision.date()).isEqualTo(date(2026, 5, 6));
        assertThat(decision.nonWorkingDays()).containsExactly(
                new DayOff(date(2026, 5, 4), List.of(), true),
                new DayOff(date(2026, 5, 5), List.of(Holiday.LIBERATION_DAY), false));
    }

    @Test
    void aDecisionTermRunningIntoTheNewYearSkipsNewYearsDayAndTheDesignatedFriday() {
        // Thursday 18 December 2025 + 2 weeks = Thursday 1 January 2026 (New Year's Day); Friday
        // 2 January is designated in 2026's pattern, then the weekend: Monday 5 January 2026.
        ComputedDate decision = wmo.decisionOnApplication(date(2025, 12, 18));
        assertThat(decision.nominalDate()).isEqualTo(date(2026, 1, 1));
        assertThat(decision.date()).isEqualTo(date(2026, 1, 5));
    }

    @Test
    void aDecisionTermEndingOnKingsDayOnSaturdayTheTwentySixthEndsOnMonday() {
        // 27 April 2025 is a Sunday, so King's Day is Saturday 26 April 2025.
        // Saturday 12 April 2025 + 2 weeks = Saturday 26 April -> Monday 28 April.
        ComputedDate decision = wmo.decisionOnApplication(date(2025, 4, 12));
        assertThat(decision.nominalDate()).isEqualTo(date(2025, 4, 26));
        assertThat(decision.date()).isEqualTo(date(2025, 4, 28));
        assertThat(decision.nonWorkingDays()).extracting(DayOff::holidays).containsExactly(List.of(Holiday.KINGS_DAY), List.of());
    }

    @Test
    void anInvestigationTermEndingOnSundayEndsOnMonday() {
        // Sunday 1 March 2026 + 6 weeks = Sunday 12 April 2026 -> Monday 13 April (Easter Monday 2026 is 6 April).
        ComputedDate investigation = wmo.investigation(date(2026, 3, 1));
        assertThat(investigation.nominalDate()).isEqualTo(date(2026, 4, 12));
        assertThat(investigation.date()).isEqualTo(date(2026, 4, 13));
    }
}
