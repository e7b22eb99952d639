package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectionDeadlinesTest {

    private final ObjectionDeadlines objections = new ObjectionDeadlines(HolidayCalendar.withDefaultDesignatedDays());

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static final LocalDate MONDAY_3_MARCH_2025 = date(2025, 3, 3);
    private static final LocalDate MONDAY_14_APRIL_2025 = date(2025, 4, 14);

    @Test
    void aDecisionSentMonday3March2025CanBeObjectedToUntilMonday14April2025() {
        ComputedDate objection = objections.objection(MONDAY_3_MARCH_2025);
        assertThat(objection.date()).isEqualTo(MONDAY_14_APRIL_2025);
        assertThat(objection.ruleId()).isEqualTo("A1");
        assertThat(objection.articles()).isEqualTo("Awb 6:7, 6:8");
        assertThat(objection.kind()).isEqualTo(DeadlineKind.LEGAL_DEADLINE);
        assertThat(objection.computedFrom()).containsExactly(new TriggerDate(Trigger.DECISION_DISPATCHED, MONDAY_3_MARCH_2025));
        assertThat(objection.movedByAtw()).isFalse();
    }

    @Test
    void anObjectionTermEndingOnEasterMondayEndsOnTuesday() {
        ComputedDate objection = objections.objection(date(2026, 2, 23));
        assertThat(objection.date()).isEqualTo(date(2026, 4, 7));
        assertThat(objection.nominalDate()).isEqualTo(date(2026, 4, 6));
        assertThat(objection.atwArticles()).containsExactly(AtwArticle.ARTICLE_1);
        assertThat(objection.nonWorkingDays()).extracting(DayOff::holidays).containsExactly(List.of(Holiday.EASTER_MONDAY));
    }

    @Test
    void anObjectionTermEndingOnKingsDayEndsTheDayAfter() {
        assertThat(objections.objection(date(2026, 3, 16)).date()).isEqualTo(date(2026, 4, 28));
    }

    @Test
    void anObjectionTermEndingOnChristmasFridayEndsOnMonday28December() {
        ComputedDate objection = objections.objection(date(2026, 11, 13));
        assertThat(objection.nominalDate()).isEqualTo(date(2026, 12, 25));
        assertThat(objection.date()).isEqualTo(date(2026, 12, 28));
    }

    @Test
    void anObjectionTermEndingOnSaturdayEndsOnMonday() {
        ComputedDate objection = objections.objection(date(2025, 3, 1));
        assertThat(objection.nominalDate()).isEqualTo(date(2025, 4, 12));
        assertThat(objection.date()).isEqualTo(MONDAY_14_APRIL_2025);
    }

    @Test
    void anObjectionReceivedOnTheLastDayIsOnTimeAndTheDayAfterIsLate() {
        assertThat(objections.timeliness(MONDAY_3_MARCH_2025, null, MONDAY_14_APRIL_2025))
                .isEqualTo(ObjectionTimeliness.RECEIVED_IN_TIME);
        assertThat(objections.isObjectionOnTime(MONDAY_3_MARCH_2025, null, date(2025, 4, 15))).isFalse();
    }

    @Test
    void anObjectionReceivedOnTheMondayAfterANominalSaturdayEndIsOnTime() {
        assertThat(objections.isObjectionOnTime(date(2025, 3, 1), null, MONDAY_14_APRIL_2025)).isTrue();
    }

    @Test
    void aPostedObjectionMayArriveAWeekLateAndThatWeekIsLengthenedPastEasterMonday() {
        ComputedDate receipt = objections.postedObjectionReceipt(MONDAY_3_MARCH_2025);
        assertThat(receipt.ruleId()).isEqualTo("A2");
        assertThat(receipt.articles()).isEqualTo("Awb 6:9");
        assertThat(receipt.nominalDate()).isEqualTo(date(2025, 4, 21));
        assertThat(receipt.date()).isEqualTo(date(2025, 4, 22));
    }

    @Test
    void anObjectionPostedOnTheLastDayAndReceivedWithinTheWeekIsOnTime() {
        assertThat(objections.timeliness(MONDAY_3_MARCH_2025, MONDAY_14_APRIL_2025, date(2025, 4, 17)))
                .isEqualTo(ObjectionTimeliness.POSTED_IN_TIME);
        assertThat(objections.isObjectionOnTime(MONDAY_3_MARCH_2025, MONDAY_14_APRIL_2025, date(2025, 4, 22))).isTrue();
    }

    @Test
    void anObjectionPostedInTimeButReceivedAfterTheWeekIsLate() {
        assertThat(objections.timeliness(MONDAY_3_MARCH_2025, date(2025, 4, 10), date(2025, 4, 23)))
                .isEqualTo(ObjectionTimeliness.LATE);
    }

    @Test
    void anObjectionPostedAfterTheLastDayIsLateEvenWhenItArrivesWithinTheWeek() {
        assertThat(objections.isObjectionOnTime(MONDAY_3_MARCH_2025, date(2025, 4, 15), date(2025, 4, 16))).isFalse();
    }

    @Test
    void anObjectionCannotArriveBeforeItWasPosted() {
        assertThatThrownBy(() -> objections.timeliness(MONDAY_3_MARCH_2025, date(2025, 4, 10), date(2025, 4, 9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDecisionOnTheObjectionIsDueSixWeeksAfterTheObjectionPeriod() {
        ComputedDate decision = objections.decisionOnObjection(MONDAY_14_APRIL_2025, ObjectionProcedure.STANDARD);
        assertThat(decision.date()).isEqualTo(date(2025, 5, 26));
        assertThat(decision.ruleId()).isEqualTo("A5");
        assertThat(decision.articles()).isEqualTo("Awb 7:10, 7:13");
        assertThat(decision.computedFrom()).containsExactly(new TriggerDate(Trigger.OBJECTION_PERIOD_ENDED, MONDAY_14_APRIL_2025));
    }

    @Test
    void anAnnouncedAdvisoryCommitteeGivesTwelveWeeks() {
        assertThat(objections.decisionOnObjection(MONDAY_14_APRIL_2025, ObjectionProcedure.STANDARD.withAdvisoryCommittee()).date())
                .isEqualTo(date(2025, 7, 7));
    }

    @Test
    void anExtensionAddsSixWeeksOnceAlsoOnTopOfTheCommitteesTwelve() {
        assertThat(objections.decisionOnObjection(MONDAY_14_APRIL_2025, ObjectionProcedure.STANDARD.withExtension()).date())
                .isEqualTo(date(2025, 7, 7));
        assertThat(objections.decisionOnObjection(MONDAY_14_APRIL_2025,
                ObjectionProcedure.STANDARD.withAdvisoryCommittee().withExtension()).date())
                .isEqualTo(date(2025, 8, 18));
    }

    @Test
    void aRepairPeriodStopsTheClockAndTheLaterEndIsLengthenedPastWhitMonday() {
        RepairPeriod repair = new RepairPeriod(date(2025, 4, 22), date(2025, 5, 6));
        ComputedDate decision = objections.decisionOnObjection(MONDAY_14_APRIL_2025,
                ObjectionProcedure.STANDARD.withRepairPeriod(repair));
        assertThat(repair.suspendedDays()).isEqualTo(14);
        assertThat(decision.nominalDate()).isEqualTo(date(2025, 6, 9));
        assertThat(decision.date()).isEqualTo(date(2025, 6, 10));
        assertThat(decision.computedFrom()).containsExactly(
                new TriggerDate(Trigger.OBJECTION_PERIOD_ENDED, MONDAY_14_APRIL_2025),
                new TriggerDate(Trigger.REPAIR_REQUESTED, date(2025, 4, 22)),
                new TriggerDate(Trigger.REPAIR_ENDED, date(2025, 5, 6)));
    }

    @Test
    void twoRepairPeriodsAddUp() {
        ObjectionProcedure procedure = ObjectionProcedure.STANDARD
                .withRepairPeriod(new RepairPeriod(date(2025, 4, 22), date(2025, 4, 25)))
                .withRepairPeriod(new RepairPeriod(date(2025, 5, 12), date(2025, 5, 16)));
        assertThat(objections.decisionOnObjection(MONDAY_14_APRIL_2025, procedure).date()).isEqualTo(date(2025, 6, 2));
    }

    @Test
    void aRepairPeriodCannotEndBeforeItWasRequested() {
        assertThatThrownBy(() -> new RepairPeriod(date(2025, 5, 6), date(2025, 5, 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAppealIsDueSixWeeksAfterTheDecisionOnTheObjection() {
        ComputedDate appeal = objections.appeal(date(2025, 11, 6));
        assertThat(appeal.date()).isEqualTo(date(2025, 12, 18));
        assertThat(appeal.ruleId()).isEqualTo("A9");
        assertThat(appeal.articles()).isEqualTo("Awb 6:7");
        assertThat(appeal.computedFrom())
                .containsExactly(new TriggerDate(Trigger.DECISION_ON_OBJECTION_DISPATCHED, date(2025, 11, 6)));
    }

    @Test
    void anAppealTermEndingOnNewYearsDayEndsOnTheSecondOfJanuary() {
        ComputedDate appeal = objections.appeal(date(2024, 11, 20));
        assertThat(appeal.nominalDate()).isEqualTo(date(2025, 1, 1));
        assertThat(appeal.date()).isEqualTo(date(2025, 1, 2));
    }
}
