package nl.tafelgenoot.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import org.junit.jupiter.api.Test;

/** The W-rules and J1 as they appear on a case, with dates worked out by hand. */
class CaseDeadlinesTest {

    private final CaseDeadlines deadlines = new CaseDeadlines(HolidayCalendar.withDefaultDesignatedDays());

    private static SupportCase notifiedOn(LocalDate melding, Law law) {
        SupportCase c = new SupportCase(new Client("Jan", null, "Jansen"), law, "Zeist", "Hulp bij douchen",
                Set.of(LifeDomain.PERSONAL_CARE), melding);
        c.open(2026, 1, Instant.parse("2026-01-01T00:00:00Z"));
        return c;
    }

    private static CaseDeadline find(List<CaseDeadline> list, DeadlineRule rule) {
        return list.stream().filter(d -> d.computed().rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void aNotificationOnMonday2March2026GivesThePlanAndTheInvestigationDates() {
        List<CaseDeadline> list = deadlines.of(notifiedOn(LocalDate.of(2026, 3, 2), Law.WMO), LocalDate.of(2026, 3, 3));
        assertThat(find(list, DeadlineRule.PERSONAL_PLAN).computed().date()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(find(list, DeadlineRule.INVESTIGATION).computed().date()).isEqualTo(LocalDate.of(2026, 4, 13));
        assertThat(find(list, DeadlineRule.APPLICATION_WITHOUT_INVESTIGATION).computed().date())
                .isEqualTo(LocalDate.of(2026, 4, 14));
        assertThat(find(list, DeadlineRule.INVESTIGATION).computed().ruleId()).isEqualTo("W1");
        assertThat(find(list, DeadlineRule.INVESTIGATION).status()).isEqualTo(DeadlineStatus.UPCOMING);
    }

    @Test
    void anInvestigationTermEndingOnEasterMondayMovesToTuesday() {
        List<CaseDeadline> list = deadlines.of(notifiedOn(LocalDate.of(2026, 2, 23), Law.WMO), LocalDate.of(2026, 3, 1));
        ComputedDate investigation = find(list, DeadlineRule.INVESTIGATION).computed();
        assertThat(investigation.nominalDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(investigation.date()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(investigation.movedByAtw()).isTrue();
    }

    @Test
    void withoutAnInterviewAfterSixWeeksTheInvestigationIsOverdueAndTheClientMayApply() {
        List<CaseDeadline> list = deadlines.of(notifiedOn(LocalDate.of(2026, 3, 2), Law.WMO), LocalDate.of(2026, 4, 14));
        assertThat(find(list, DeadlineRule.INVESTIGATION).status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(find(list, DeadlineRule.APPLICATION_WITHOUT_INVESTIGATION).status()).isEqualTo(DeadlineStatus.REACHED);
        assertThat(find(list, DeadlineRule.PERSONAL_PLAN).status()).isEqualTo(DeadlineStatus.PASSED);
    }

    @Test
    void afterTheInterviewTheReportIsExpectedInTwoWeeksAndTheDecisionTwoWeeksAfterTheApplication() {
        SupportCase c = notifiedOn(LocalDate.of(2026, 3, 2), Law.WMO);
        c.recordDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 10), null, LocalDate.of(2026, 5, 1));
        List<CaseDeadline> list = deadlines.of(c, LocalDate.of(2026, 4, 20));

        assertThat(find(list, DeadlineRule.INVESTIGATION).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(list).noneMatch(d -> d.computed().rule() == DeadlineRule.APPLICATION_WITHOUT_INVESTIGATION);
        CaseDeadline report = find(list, DeadlineRule.INTERVIEW_REPORT);
        assertThat(report.computed().date()).isEqualTo(LocalDate.of(2026, 4, 24));
        assertThat(report.status()).isEqualTo(DeadlineStatus.DUE_SOON);
        // 1 May + 2 weeks = Friday 15 May 2026, the designated day after Ascension: Monday 18 May.
        assertThat(find(list, DeadlineRule.DECISION_ON_APPLICATION).computed().date()).isEqualTo(LocalDate.of(2026, 5, 18));
    }

    @Test
    void aYouthCareRequestWithoutAMunicipalTermGetsEightWeeksMovedPastKingsDay() {
        List<CaseDeadline> list = deadlines.of(notifiedOn(LocalDate.of(2026, 3, 2), Law.JEUGDWET), LocalDate.of(2026, 3, 3));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).computed().ruleId()).isEqualTo("J1");
        assertThat(list.get(0).computed().date()).isEqualTo(LocalDate.of(2026, 4, 28));
    }

    @Test
    void aClosedCaseHasNothingToChase() {
        SupportCase c = notifiedOn(LocalDate.of(2026, 3, 2), Law.WMO);
        c.moveTo(CasePhase.CLOSED);
        assertThat(deadlines.of(c, LocalDate.of(2026, 6, 1))).allMatch(d -> d.status() == DeadlineStatus.MET);
        assertThat(deadlines.next(c, LocalDate.of(2026, 6, 1))).isEmpty();
    }

    @Test
    void theNextDeadlineIsTheFirstOneStillOpen() {
        SupportCase c = notifiedOn(LocalDate.of(2026, 3, 2), Law.WMO);
        assertThat(deadlines.next(c, LocalDate.of(2026, 3, 20)).orElseThrow().computed().rule())
                .isEqualTo(DeadlineRule.INVESTIGATION);
    }
}
