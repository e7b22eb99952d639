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

    // --- Terms ending on days off (DOMAIN.md's list of holidays). Every expected date below was worked out by
    // hand from a printed calendar: the weekday of the nominal end, then the next working day.

    @Test
    void anObjectionTermEndingOnSundayEndsOnMonday() {
        // Sunday 2 March 2025 + 6 weeks = Sunday 13 April 2025 -> Monday 14 April (an ordinary Monday).
        ComputedDate objection = objections.objection(date(2025, 3, 2));
        assertThat(objection.nominalDate()).isEqualTo(date(2025, 4, 13));
        assertThat(objection.date()).isEqualTo(MONDAY_14_APRIL_2025);
        assertThat(objection.nonWorkingDays()).containsExactly(new DayOff(date(2025, 4, 13), List.of(), false));
    }

    @Test
    void anObjectionTermEndingOnEasterMonday2025EndsOnTuesday() {
        // Easter Sunday 2025 is 20 April, so Easter Monday is 21 April.
        // Monday 10 March 2025 + 6 weeks = Monday 21 April -> Tuesday 22 April.
        ComputedDate objection = objections.objection(date(2025, 3, 10));
        assertThat(objection.nominalDate()).isEqualTo(date(2025, 4, 21));
        assertThat(objection.date()).isEqualTo(date(2025, 4, 22));
        assertThat(objection.nonWorkingDays()).containsExactly(new DayOff(date(2025, 4, 21), List.of(Holiday.EASTER_MONDAY), false));
    }

    @Test
    void whenTheTwentySeventhOfAprilIsASundayKingsDayOnSaturdayTheTwentySixthStopsTheTerm() {
        // 27 April 2025 is a Sunday, so King's Day is Saturday 26 April 2025.
        // Saturday 15 March 2025 + 6 weeks = Saturday 26 April -> Sunday 27 -> Monday 28 April.
        ComputedDate objection = objections.objection(date(2025, 3, 15));
        assertThat(objection.nominalDate()).isEqualTo(date(2025, 4, 26));
        assertThat(objection.date()).isEqualTo(date(2025, 4, 28));
        assertThat(objection.nonWorkingDays()).containsExactly(
                new DayOff(date(2025, 4, 26), List.of(Holiday.KINGS_DAY), false),
                new DayOff(date(2025, 4, 27), List.of(), false));
    }

    @Test
    void anAppealTermEndingOnKingsDay2031OnTheTwentySixthEndsOnMonday() {
        // 27 April 2031 is again a Sunday (2025 + 6 years, one leap day: 6 + 1 = 7 weekdays on),
        // King's Day is Saturday 26 April 2031. Saturday 15 March 2031 + 6 weeks = 26 April -> Monday 28 April.
        ComputedDate appeal = objections.appeal(date(2031, 3, 15));
        assertThat(appeal.nominalDate()).isEqualTo(date(2031, 4, 26));
        assertThat(appeal.date()).isEqualTo(date(2031, 4, 28));
        assertThat(appeal.nonWorkingDays()).extracting(DayOff::holidays)
                .containsExactly(List.of(Holiday.KINGS_DAY), List.of());
    }

    @Test
    void anObjectionTermEndingOnKingsDayOnThursdaySkipsTheDesignatedFridayAndTheWeekend() {
        // King's Day 2028 is Thursday 27 April; the usual decree designates Friday 28 April.
        // Thursday 16 March 2028 + 6 weeks = Thursday 27 April -> Fri 28, Sat 29, Sun 30 -> Monday 1 May.
        ComputedDate objection = objections.objection(date(2028, 3, 16));
        assertThat(objection.nominalDate()).isEqualTo(date(2028, 4, 27));
        assertThat(objection.date()).isEqualTo(date(2028, 5, 1));
        assertThat(objection.nonWorkingDays()).containsExactly(
                new DayOff(date(2028, 4, 27), List.of(Holiday.KINGS_DAY), false),
                new DayOff(date(2028, 4, 28), List.of(), true),
                new DayOff(date(2028, 4, 29), List.of(), false),
                new DayOff(date(2028, 4, 30), List.of(), false));
    }

    @Test
    void anObjectionTermEndingOnAscensionDaySkipsTheDesignatedFridayAndTheWeekend() {
        // Ascension Day 2025 = Easter Sunday 20 April + 39 days = Thursday 29 May; Friday 30 May designated.
        // Thursday 17 April 2025 + 6 weeks = Thursday 29 May -> Monday 2 June.
        ComputedDate objection = objections.objection(date(2025, 4, 17));
        assertThat(objection.nominalDate()).isEqualTo(date(2025, 5, 29));
        assertThat(objection.date()).isEqualTo(date(2025, 6, 2));
        assertThat(objection.nonWorkingDays()).extracting(DayOff::date)
                .containsExactly(date(2025, 5, 29), date(2025, 5, 30), date(2025, 5, 31), date(2025, 6, 1));
    }

    @Test
    void anObjectionTermEndingOnWhitMondayEndsOnTuesday() {
        // Whit Monday 2025 = Easter Sunday 20 April + 50 days = Monday 9 June.
        // Monday 28 April 2025 + 6 weeks = Monday 9 June -> Tuesday 10 June.
        ComputedDate objection = objections.objection(date(2025, 4, 28));
        assertThat(objection.nominalDate()).isEqualTo(date(2025, 6, 9));
        assertThat(objection.date()).isEqualTo(date(2025, 6, 10));
        assertThat(objection.nonWorkingDays()).containsExactly(new DayOff(date(2025, 6, 9), List.of(Holiday.WHIT_MONDAY), false));
    }

    @Test
    void anAppealTermEndingOnChristmasThursdaySkipsBoxingDayAndTheWeekend() {
        // Christmas 2025 is a Thursday, Boxing Day a Friday (a holiday itself, no designated day needed).
        // Thursday 13 November 2025 + 6 weeks = Thursday 25 December -> Monday 29 December.
        ComputedDate appeal = objections.appeal(date(2025, 11, 13));
        assertThat(appeal.nominalDate()).isEqualTo(date(2025, 12, 25));
        assertThat(appeal.date()).isEqualTo(date(2025, 12, 29));
        assertThat(appeal.nonWorkingDays()).containsExactly(
                new DayOff(date(2025, 12, 25), List.of(Holiday.CHRISTMAS_DAY), false),
                new DayOff(date(2025, 12, 26), List.of(Holiday.BOXING_DAY), false),
                new DayOff(date(2025, 12, 27), List.of(), false),
                new DayOff(date(2025, 12, 28), List.of(), false));
    }

    @Test
    void anObjectionTermRunningIntoNewYearsDayOnThursdayEndsOnMondayInTheNewYear() {
        // New Year's Day 2026 is a Thursday; the 2026 decree pattern designates Friday 2 January.
        // Thursday 20 November 2025 + 6 weeks = Thursday 1 January 2026 -> Monday 5 January 2026.
        ComputedDate objection = objections.objection(date(2025, 11, 20));
        assertThat(objection.nominalDate()).isEqualTo(date(2026, 1, 1));
        assertThat(objection.date()).isEqualTo(date(2026, 1, 5));
        assertThat(objection.nonWorkingDays()).containsExactly(
                new DayOff(date(2026, 1, 1), List.of(Holiday.NEW_YEARS_DAY), false),
                new DayOff(date(2026, 1, 2), List.of(), true),
                new DayOff(date(2026, 1, 3), List.of(), false),
                new DayOff(date(2026, 1, 4), List.of(), false));
    }

    @Test
    void anObjectionTermEndingOnTheDesignatedMondayOfTheOldYearSkipsNewYearsDayOfTheNext() {
        // New Year's Day 2030 is a Tuesday, so 2029's decree pattern designates Monday 31 December 2029.
        // Monday 19 November 2029 + 6 weeks = Monday 31 December 2029 -> Tuesday 1 January 2030 -> Wednesday 2 January.
        ComputedDate objection = objections.objection(date(2029, 11, 19));
        assertThat(objection.nominalDate()).isEqualTo(date(2029, 12, 31));
        assertThat(objection.date()).isEqualTo(date(2030, 1, 2));
        assertThat(objection.nonWorkingDays()).containsExactly(
                new DayOff(date(2029, 12, 31), List.of(), true),
                new DayOff(date(2030, 1, 1), List.of(Holiday.NEW_YEARS_DAY), false));
    }

    @Test
    void thePostWeekAfterAnObjectionTermMovedPastNewYearCountsFromTheMovedEnd() {
        // A1 from Thursday 20 November 2025 ends Monday 5 January 2026 (see above); the week for a
        // posted objection runs from there to Monday 12 January 2026, an ordinary working day.
        // Without the Atw it would have been 1 January + 7 days = Thursday 8 January.
        ComputedDate receipt = objections.postedObjectionReceipt(date(2025, 11, 20));
        assertThat(receipt.date()).isEqualTo(date(2026, 1, 12));
        assertThat(receipt.nominalDate()).isEqualTo(date(2026, 1, 8));
    }

    // --- A5: extension and repair-period arithmetic.

    @Test
    void theAtwMovesOnlyTheEndOfTheWholeDecisionTermNotTheEndOfTheCommitteesTwelveWeeks() {
        // Objection period ended Monday 27 January 2025. Twelve weeks later is Monday 21 April 2025,
        // Easter Monday: with the committee alone the term ends Tuesday 22 April. With the extension
        // the six weeks are added to the nominal 21 April, not to the moved 22nd: Monday 2 June 2025.
        LocalDate ended = date(2025, 1, 27);
        ComputedDate committeeOnly = objections.decisionOnObjection(ended, ObjectionProcedure.STANDARD.withAdvisoryCommittee());
        assertThat(committeeOnly.nominalDate()).isEqualTo(date(2025, 4, 21));
        assertThat(committeeOnly.date()).isEqualTo(date(2025, 4, 22));
        ComputedDate extended = objections.decisionOnObjection(ended,
                ObjectionProcedure.STANDARD.withAdvisoryCommittee().withExtension());
        assertThat(extended.date()).isEqualTo(date(2025, 6, 2));
        assertThat(extended.movedByAtw()).isFalse();
    }

    @Test
    void committeeExtensionAndARepairPeriodTogetherLandOnChristmasAndMoveToTheMondayAfter() {
        // Objection period ended Monday 4 August 2025.
        //   + 12 weeks (committee)   = Monday 27 October 2025 (Aug 4 + 27 days = Aug 31, + 30 = Sep 30, + 27 = Oct 27)
        //   + 6 weeks (extension)    = Monday 8 December 2025
        //   + 17 days (repair asked Monday 1 September, grounds in Thursday 18 September) = Thursday 25 December
        // Christmas Thursday, Boxing Day Friday, weekend -> Monday 29 December 2025.
        RepairPeriod repair = new RepairPeriod(date(2025, 9, 1), date(2025, 9, 18));
        ObjectionProcedure procedure = ObjectionProcedure.STANDARD.withAdvisoryCommittee().withExtension()
                .withRepairPeriod(repair);
        ComputedDate decision = objections.decisionOnObjection(date(2025, 8, 4), procedure);
        assertThat(repair.suspendedDays()).isEqualTo(17);
        assertThat(decision.nominalDate()).isEqualTo(date(2025, 12, 25));
        assertThat(decision.date()).isEqualTo(date(2025, 12, 29));
        assertThat(decision.atwArticles()).containsExactly(AtwArticle.ARTICLE_1);
    }

    @Test
    void aRepairPeriodAcrossTheYearEndCountsItsCalendarDaysHolidaysIncluded() {
        // Repair asked Monday 22 December 2025, grounds in Monday 5 January 2026: 9 days in December
        // (22 -> 31) + 5 in January = 14 days, Christmas and New Year included (the clock stops on
        // calendar days, the Atw only looks at the term's last day).
        RepairPeriod repair = new RepairPeriod(date(2025, 12, 22), date(2026, 1, 5));
        assertThat(repair.suspendedDays()).isEqualTo(14);
        // Objection period ended Monday 8 December 2025: 6 weeks = Monday 19 January 2026, + 14 days = Monday 2 February 2026.
        assertThat(objections.decisionOnObjection(date(2025, 12, 8), ObjectionProcedure.STANDARD.withRepairPeriod(repair)).date())
                .isEqualTo(date(2026, 2, 2));
    }

    @Test
    void aRepairDoneOnTheDayItWasAskedStopsNothing() {
        RepairPeriod sameDay = new RepairPeriod(date(2025, 4, 22), date(2025, 4, 22));
        assertThat(sameDay.suspendedDays()).isZero();
        assertThat(objections.decisionOnObjection(MONDAY_14_APRIL_2025, ObjectionProcedure.STANDARD.withRepairPeriod(sameDay)).date())
                .isEqualTo(date(2025, 5, 26));
    }

    @Test
    void anExtendedDecisionTermEndingOnWhitMondayEndsOnTuesday() {
        // Objection period ended Monday 17 March 2025: 6 weeks = Monday 28 April, + 6 weeks extension
        // = Monday 9 June 2025, Whit Monday -> Tuesday 10 June.
        ComputedDate decision = objections.decisionOnObjection(date(2025, 3, 17), ObjectionProcedure.STANDARD.withExtension());
        assertThat(decision.nominalDate()).isEqualTo(date(2025, 6, 9));
        assertThat(decision.date()).isEqualTo(date(2025, 6, 10));
    }
}
