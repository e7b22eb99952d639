package nl.tafelgenoot.domain.objections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.DeadlineStatus;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import org.junit.jupiter.api.Test;

/**
 * The dates after a decision, hand-computed from a 2025 calendar. Decision sent Monday 3 March
 * 2025: objection due Monday 14 April (6 weeks, DOMAIN.md's own example).
 */
class ObjectionScheduleTest {

    static final LocalDate DISPATCHED = LocalDate.of(2025, 3, 3);
    static final Instant NOW = Instant.parse("2025-09-01T10:00:00Z");
    final ObjectionSchedule schedule = new ObjectionSchedule(HolidayCalendar.withDefaultDesignatedDays());

    private static Decision decision(DecisionOutcome outcome, LocalDate noticeSent, LocalDate noticeReceived) {
        Decision decision = new Decision(ObjectionTest.supportCase());
        decision.record(new DecisionInput(DecisionInput.NEW, LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 28), DISPATCHED,
                "WMO-1", outcome, "Huishoudelijke hulp", true, noticeSent, noticeReceived), LocalDate.of(2025, 9, 1), 7L, NOW);
        return decision;
    }

    private static Objection objection(ObjectionInput in, ObjectionState... route) {
        Objection objection = new Objection(ObjectionTest.supportCase());
        objection.record(in, DISPATCHED, ObjectionTimeliness.RECEIVED_IN_TIME, LocalDate.of(2025, 9, 1), 7L, NOW);
        for (ObjectionState step : route) {
            objection.moveTo(step);
        }
        return objection;
    }

    private Map<DeadlineRule, CaseDeadline> byRule(Decision decision, Objection objection, LocalDate today) {
        return schedule.of(decision, objection, today).deadlines().stream()
                .collect(Collectors.toMap(d -> d.computed().rule(), d -> d));
    }

    @Test
    void objectionTermRunsSixWeeksFromDispatchAndIsOverdueWhenNothingWasFiled() {
        Map<DeadlineRule, CaseDeadline> dates = byRule(decision(DecisionOutcome.REFUSED, null, null), null, LocalDate.of(2025, 4, 15));
        assertThat(dates.get(DeadlineRule.OBJECTION).computed().date()).isEqualTo(LocalDate.of(2025, 4, 14));
        assertThat(dates.get(DeadlineRule.OBJECTION).status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(dates).containsOnlyKeys(DeadlineRule.OBJECTION);
    }

    @Test
    void aFullyGrantedDecisionAsksForNoObjection() {
        assertThat(byRule(decision(DecisionOutcome.GRANTED, null, null), null, LocalDate.of(2025, 3, 10))).isEmpty();
    }

    @Test
    void postedObjectionMayArriveAWeekLaterMovedPastEasterMonday() {
        // 14 April 2025 + 1 week = Monday 21 April 2025 = Easter Monday (Easter Sunday 20 April) → Tuesday 22 April.
        Objection withPost = new Objection(ObjectionTest.supportCase());
        withPost.record(new ObjectionInput.Builder().received(LocalDate.of(2025, 4, 22)).posted(LocalDate.of(2025, 4, 14)).build(),
                DISPATCHED, ObjectionTimeliness.POSTED_IN_TIME, LocalDate.of(2025, 9, 1), 7L, NOW);
        ObjectionSchedule.Result result = schedule.of(decision(DecisionOutcome.REFUSED, null, null), withPost, LocalDate.of(2025, 4, 23));
        CaseDeadline a2 = result.deadlines().stream().filter(d -> d.computed().rule() == DeadlineRule.POSTED_OBJECTION_RECEIPT)
                .findFirst().orElseThrow();
        assertThat(a2.computed().date()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(a2.computed().nominalDate()).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(result.timeliness()).contains(ObjectionTimeliness.POSTED_IN_TIME);
    }

    @Test
    void decisionTermOnTheObjectionStopsDuringTheRepairOfAProFormaObjection() {
        // A5: end of objection period Mon 14 April 2025 + 6 weeks = Mon 26 May 2025.
        // Repair asked Tue 22 April, grounds in Fri 2 May: the clock stood still 10 days → Thu 5 June 2025.
        // A4: the repair term to Mon 5 May 2025 (Liberation Day) ends Tue 6 May 2025.
        Objection objection = objection(new ObjectionInput.Builder().received(LocalDate.of(2025, 4, 10))
                .repair(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 5, 5)).grounds(LocalDate.of(2025, 5, 2)).build(),
                ObjectionState.PRO_FORMA_FILED);
        Map<DeadlineRule, CaseDeadline> dates = byRule(decision(DecisionOutcome.REFUSED, null, null), objection, LocalDate.of(2025, 5, 3));
        assertThat(dates.get(DeadlineRule.DECISION_ON_OBJECTION).computed().date()).isEqualTo(LocalDate.of(2025, 6, 5));
        assertThat(dates.get(DeadlineRule.GROUNDS_REPAIR).computed().date()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(dates.get(DeadlineRule.GROUNDS_REPAIR).status()).as("grounds are in").isEqualTo(DeadlineStatus.MET);
        assertThat(dates.get(DeadlineRule.OBJECTION).status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void committeeAndExtensionLengthenTheDecisionTerm() {
        // 14 April 2025 + 12 weeks = Mon 7 July 2025; + 6 more = Mon 18 August 2025.
        Objection committee = objection(new ObjectionInput.Builder().received(LocalDate.of(2025, 4, 10)).committee().build());
        assertThat(byRule(decision(DecisionOutcome.REFUSED, null, null), committee, LocalDate.of(2025, 5, 1))
                .get(DeadlineRule.DECISION_ON_OBJECTION).computed().date()).isEqualTo(LocalDate.of(2025, 7, 7));
        Objection extended = objection(new ObjectionInput.Builder().received(LocalDate.of(2025, 4, 10)).committee().extended().build());
        assertThat(byRule(decision(DecisionOutcome.REFUSED, null, null), extended, LocalDate.of(2025, 5, 1))
                .get(DeadlineRule.DECISION_ON_OBJECTION).computed().date()).isEqualTo(LocalDate.of(2025, 8, 18));
    }

    @Test
    void hearingDocumentsNoticeOfDefaultAndAppeal() {
        // A6: hearing Thu 12 June 2025 → documents until Mon 2 June 2025.
        // A7/A8: notice received Mon 2 June 2025 → penalty and appeal against silence from Mon 16 June 2025;
        //        decision on the objection sent Fri 20 June: 16–19 June = 4 days × EUR 23 = EUR 92.
        // A9: Fri 20 June 2025 + 6 weeks = Fri 1 August 2025.
        Objection objection = objection(new ObjectionInput.Builder().received(LocalDate.of(2025, 4, 10))
                        .hearing(LocalDateTime.of(2025, 6, 12, 14, 0)).noticeOfDefault(LocalDate.of(2025, 5, 30), LocalDate.of(2025, 6, 2))
                        .decided(ObjectionOutcome.REJECTED, LocalDate.of(2025, 6, 20)).build(),
                ObjectionState.GROUNDS_FILED, ObjectionState.HEARING_PLANNED, ObjectionState.HEARING_HELD, ObjectionState.DECIDED);
        ObjectionSchedule.Result result = schedule.of(decision(DecisionOutcome.REFUSED, null, null), objection, LocalDate.of(2025, 6, 25));
        Map<DeadlineRule, CaseDeadline> dates = result.deadlines().stream()
                .collect(Collectors.toMap(d -> d.computed().rule(), d -> d));
        assertThat(dates.get(DeadlineRule.HEARING_DOCUMENTS).computed().date()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(dates.get(DeadlineRule.PENALTY_FIRST_DAY).computed().date()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(dates.get(DeadlineRule.APPEAL_AGAINST_NOT_DECIDING).computed().date()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(dates.get(DeadlineRule.APPEAL).computed().date()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(dates.get(DeadlineRule.APPEAL).status()).isEqualTo(DeadlineStatus.UPCOMING);
        assertThat(result.objectionPenalty()).hasValueSatisfying(p -> {
            assertThat(p.accruedEuros()).isEqualTo(92);
            assertThat(p.countedUntil()).isEqualTo(LocalDate.of(2025, 6, 19));
        });
    }

    @Test
    void penaltyForALateDecisionOnTheApplicationGrowsUntilDecided() {
        // Notice received Mon 3 Feb 2025 → first penalty day Mon 17 Feb; on Fri 28 Feb: 12 days × 23 = 276.
        Decision awaited = new Decision(ObjectionTest.supportCase());
        awaited.record(new DecisionInput(DecisionInput.NEW, LocalDate.of(2025, 1, 6), null, null, null, null, null, true,
                LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 3)), LocalDate.of(2025, 2, 28), 7L, NOW);
        ObjectionSchedule.Result result = schedule.of(awaited, null, LocalDate.of(2025, 2, 28));
        assertThat(result.decisionPenalty()).hasValueSatisfying(p -> {
            assertThat(p.firstDay().date()).isEqualTo(LocalDate.of(2025, 2, 17));
            assertThat(p.accruedEuros()).isEqualTo(276);
            assertThat(p.decided()).isFalse();
        });
        // Far later: capped at 42 days, EUR 1,442.
        assertThat(schedule.of(awaited, null, LocalDate.of(2025, 9, 1)).decisionPenalty().orElseThrow().accruedEuros()).isEqualTo(1442);
    }
}
