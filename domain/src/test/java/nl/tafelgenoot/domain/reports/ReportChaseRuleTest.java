package nl.tafelgenoot.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.HolidayCalendar;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskSource;
import org.junit.jupiter.api.Test;

/** When the portal chases a missing interview report (W3), with dates worked out by hand. */
class ReportChaseRuleTest {

    private static final Instant NOW = Instant.parse("2026-05-20T08:00:00Z");
    private final ReportChaseRule rule = new ReportChaseRule(HolidayCalendar.withDefaultDesignatedDays());

    private static SupportCase interviewed(LocalDate interviewOn, Law law) {
        SupportCase c = new SupportCase(new Client("Jan", null, "Jansen"), law, "Zeist", "Hulp bij douchen",
                Set.of(LifeDomain.PERSONAL_CARE), LocalDate.of(2026, 3, 2));
        c.open(2026, 1, Instant.parse("2026-03-02T09:00:00Z"));
        c.recordDates(LocalDate.of(2026, 3, 2), interviewOn, null, null);
        return c;
    }

    private static SupportCase interviewed(LocalDate interviewOn) {
        return interviewed(interviewOn, Law.WMO);
    }

    @Test
    void anInterviewOnTheThursdayTwoWeeksBeforeAscensionIsChasedFromTheFridayAfterAscension() {
        // Thursday 30 April 2026 + 2 weeks = Thursday 14 May 2026, Ascension Day. W3 is practice,
        // not law: the Atw does not move it (WmoDeadlines), so neither does the chase.
        SupportCase c = interviewed(LocalDate.of(2026, 4, 30));
        assertThat(rule.overdueSince(c, LocalDate.of(2026, 5, 13))).isEmpty();
        assertThat(rule.overdueSince(c, LocalDate.of(2026, 5, 14))).as("due today is not late").isEmpty();
        assertThat(rule.overdueSince(c, LocalDate.of(2026, 5, 15))).contains(LocalDate.of(2026, 5, 14));
    }

    @Test
    void anInterviewEnteredThreeWeeksLateWithoutAReportOpensAChaseDueOnTheExpectedDate() {
        SupportCase c = interviewed(LocalDate.of(2026, 4, 29));
        ChaseStep step = rule.next(c, LocalDate.of(2026, 5, 20), List.of());
        assertThat(step.action()).isEqualTo(ChaseStep.Action.OPEN);
        assertThat(step.dueOn()).isEqualTo(LocalDate.of(2026, 5, 13));
    }

    @Test
    void noChaseWithoutAnInterviewBeforeTheTermOrForYouthCare() {
        SupportCase notInterviewed = interviewed(null);
        assertThat(rule.next(notInterviewed, LocalDate.of(2026, 5, 20), List.of()).action())
                .isEqualTo(ChaseStep.Action.NONE);
        SupportCase recent = interviewed(LocalDate.of(2026, 5, 10));
        assertThat(rule.next(recent, LocalDate.of(2026, 5, 20), List.of()).action()).isEqualTo(ChaseStep.Action.NONE);
        SupportCase youthCare = interviewed(LocalDate.of(2026, 4, 1), Law.JEUGDWET);
        assertThat(rule.overdueSince(youthCare, LocalDate.of(2026, 5, 20))).isEmpty();
    }

    @Test
    void anAlreadyOpenChaseTaskIsLeftAloneNeverASecondOne() {
        SupportCase c = interviewed(LocalDate.of(2026, 4, 29));
        CaseTask open = CaseTask.reportChase(c, LocalDate.of(2026, 5, 13), NOW);
        CaseTask agreement = new CaseTask(c, TaskSource.AGREEMENT, "Offerte opvragen", TaskParty.CLIENT, null,
                LocalDate.of(2026, 5, 1), 7, NOW);
        assertThat(rule.next(c, LocalDate.of(2026, 5, 20), List.of(agreement, open)).action())
                .isEqualTo(ChaseStep.Action.NONE);
    }

    @Test
    void theReportComingInClosesTheOpenChaseTask() {
        SupportCase c = interviewed(LocalDate.of(2026, 4, 29));
        CaseTask open = CaseTask.reportChase(c, LocalDate.of(2026, 5, 13), NOW);
        c.recordDates(c.getNotifiedOn(), c.getInterviewOn(), LocalDate.of(2026, 5, 19), null);
        ChaseStep step = rule.next(c, LocalDate.of(2026, 5, 20), List.of(open));
        assertThat(step.action()).isEqualTo(ChaseStep.Action.CLOSE);
        assertThat(step.task()).isSameAs(open);
        assertThat(rule.next(c, LocalDate.of(2026, 5, 20), List.of()).action()).isEqualTo(ChaseStep.Action.NONE);
    }

    @Test
    void closingTheCaseClosesTheChaseToo() {
        SupportCase c = interviewed(LocalDate.of(2026, 4, 29));
        CaseTask open = CaseTask.reportChase(c, LocalDate.of(2026, 5, 13), NOW);
        c.moveTo(CasePhase.CLOSED);
        assertThat(rule.next(c, LocalDate.of(2026, 5, 20), List.of(open)).action()).isEqualTo(ChaseStep.Action.CLOSE);
    }

    @Test
    void aCorrectedInterviewDateMovesTheOpenTask() {
        SupportCase c = interviewed(LocalDate.of(2026, 4, 29));
        CaseTask open = CaseTask.reportChase(c, LocalDate.of(2026, 5, 13), NOW);
        c.recordDates(c.getNotifiedOn(), LocalDate.of(2026, 4, 27), null, null);
        ChaseStep step = rule.next(c, LocalDate.of(2026, 5, 20), List.of(open));
        assertThat(step.action()).isEqualTo(ChaseStep.Action.RESCHEDULE);
        assertThat(step.dueOn()).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void aChaseAPersonTickedOffIsNotOpenedAgainButOneThePortalClosedIs() {
        SupportCase c = interviewed(LocalDate.of(2026, 4, 29));
        CaseTask ticked = CaseTask.reportChase(c, LocalDate.of(2026, 5, 13), NOW);
        ticked.markDone(7, NOW);
        assertThat(rule.next(c, LocalDate.of(2026, 5, 21), List.of(ticked)).action()).isEqualTo(ChaseStep.Action.NONE);

        CaseTask closedByPortal = CaseTask.reportChase(c, LocalDate.of(2026, 5, 13), NOW);
        closedByPortal.closeBySystem(NOW);
        ChaseStep step = rule.next(c, LocalDate.of(2026, 5, 21), List.of(closedByPortal));
        assertThat(step.action()).as("report date taken away again").isEqualTo(ChaseStep.Action.REOPEN);
        assertThat(step.task()).isSameAs(closedByPortal);
    }

    @Test
    void aChaseTaskBelongsToAllAdvisorsOfTheCaseAndIsMadeByThePortal() {
        CaseTask chase = CaseTask.reportChase(interviewed(LocalDate.of(2026, 4, 29)), LocalDate.of(2026, 5, 13), NOW);
        assertThat(chase.isForAllAdvisors()).isTrue();
        assertThat(chase.isAdvisorNamedWhenNeeded()).isTrue();
        assertThat(chase.getCreatedBy()).isZero();
        chase.closeBySystem(NOW);
        assertThat(chase.isDone()).isTrue();
        assertThat(chase.isClosedBySystem()).isTrue();
        assertThat(chase.getDoneBy()).isNull();
        chase.reopen();
        assertThat(chase.isClosedBySystem()).isFalse();
    }
}
