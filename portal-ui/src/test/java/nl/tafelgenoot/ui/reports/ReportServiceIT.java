package nl.tafelgenoot.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditEntry;
import nl.tafelgenoot.domain.audit.AuditService;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.reports.ReportChaser;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput;
import nl.tafelgenoot.domain.reports.ReportCheckInput.Difference;
import nl.tafelgenoot.domain.reports.ReportDifference;
import nl.tafelgenoot.domain.reports.ReportService;
import nl.tafelgenoot.domain.reports.SignedStatus;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.start.StartPage;
import nl.tafelgenoot.domain.start.StartPageService;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskService;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: the chase task appears as soon as late dates are recorded, never twice,
 * and closes when the report comes in; the report check is refused without a report, kept with
 * its differences, and out of reach for another organisation or an advisor not on the case; the
 * start page lists an advisor's own cases only.
 */
@ExtendWith(ArquillianExtension.class)
class ReportServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";

    @Inject
    CaseService cases;

    @Inject
    ClientService clients;

    @Inject
    TaskService tasks;

    @Inject
    ReportService reports;

    @Inject
    ReportChaser chaser;

    @Inject
    AuditService audit;

    @Inject
    StartPageService startPage;

    private final LocalDate today = LocalDate.now();

    /** A new case of Anna's for Johanna van Dijk, notified 40 days ago. */
    private SupportCase annasNewCase() {
        Client johanna = as(ANNA, linde, () -> clients.search(new ClientFilter("Johanna", null), new PageRequest(0, 5)))
                .get(0);
        SupportCase draft = new SupportCase(johanna, Law.WMO, "Zeist", "Ik kan niet meer zelf koken.",
                Set.of(LifeDomain.MEALS), today.minusDays(40));
        return as(ANNA, linde, () -> cases.open(johanna.getPublicId(), draft));
    }

    private SupportCase recordDates(String caseId, LocalDate interviewOn, LocalDate reportOn) {
        return as(ANNA, linde, () -> {
            SupportCase c = cases.find(caseId).orElseThrow();
            return cases.recordDates(caseId, c.getVersion(), c.getNotifiedOn(), interviewOn, reportOn, null);
        });
    }

    private List<CaseTask> chases(String caseId) {
        return as(ANNA, linde, () -> tasks.ofCase(caseId)).stream()
                .filter(t -> t.getSource() == TaskSource.REPORT_CHASE).toList();
    }

    private static void assertRefused(Class<? extends Throwable> why, Runnable attempt) {
        RuntimeException refused = assertThrows(RuntimeException.class, attempt::run);
        assertTrue(Failures.causedBy(refused, why), refused.toString());
    }

    @Test
    void anInterviewEnteredThreeWeeksLateOpensOneChaseTaskThatClosesWhenTheReportComesIn() {
        String caseId = annasNewCase().getPublicId();
        LocalDate interview = today.minusDays(21);
        recordDates(caseId, interview, null);

        List<CaseTask> open = chases(caseId);
        assertEquals(1, open.size(), open.toString());
        CaseTask chase = open.get(0);
        assertFalse(chase.isDone());
        assertEquals(interview.plusWeeks(2), chase.getDueOn(), "due on the W3 date");
        assertTrue(chase.isForAllAdvisors());
        assertTrue(as(ANNA, linde, () -> tasks.openTasksOfMine()).stream().anyMatch(t -> t.getId().equals(chase.getId())));
        assertTrue(as(LINDE_COORDINATOR, linde, () -> tasks.openTasksOfMine()).stream()
                .anyMatch(t -> t.getId().equals(chase.getId())), "a coordinator sees every open task");
        assertFalse(as(PIETER, linde, () -> tasks.openTasksOfMine()).stream().anyMatch(t -> t.getId().equals(chase.getId())));

        recordDates(caseId, interview, null);
        as(ANNA, linde, () -> chaser.chaseAll());
        assertEquals(1, chases(caseId).size(), "recording again and the daily pass add no second task");

        recordDates(caseId, interview, today.minusDays(1));
        CaseTask closed = chases(caseId).get(0);
        assertEquals(1, chases(caseId).size());
        assertTrue(closed.isDone());
        assertTrue(closed.isClosedBySystem());
        assertNull(closed.getDoneBy());
        as(ANNA, linde, () -> chaser.chaseAll());
        assertTrue(chases(caseId).stream().allMatch(CaseTask::isDone), "the daily pass does not reopen it");

        String client = as(ANNA, linde, () -> cases.find(caseId)).orElseThrow().getClient().getPublicId();
        List<AuditEntry> trail = as(LINDE_COORDINATOR, linde, () -> audit.forClient(client));
        assertTrue(trail.stream().anyMatch(e -> e.action() == AuditAction.REPORT_CHASE_OPENED && e.bySystem()));
        assertTrue(trail.stream().anyMatch(e -> e.action() == AuditAction.REPORT_CHASE_CLOSED && e.bySystem()));
    }

    @Test
    void aReportCheckNeedsTheReportAndKeepsItsDifferences() {
        String caseId = annasNewCase().getPublicId();
        recordDates(caseId, today.minusDays(10), null);
        ReportCheckInput input = new ReportCheckInput(ReportCheckInput.NEW, SignedStatus.SIGNED, today, null, false,
                List.of(new Difference("Er staat dat de dochter dagelijks helpt.", "Zij helpt eens per week."),
                        new Difference("De traplift wordt niet genoemd.", null)));
        RuntimeException refused = assertThrows(RuntimeException.class, () -> as(ANNA, linde, () -> reports.record(caseId, input)));
        ConstraintViolationException violations = Failures.find(refused, ConstraintViolationException.class).orElseThrow();
        assertTrue(violations.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().equals("reportReceived")), violations.toString());

        recordDates(caseId, today.minusDays(10), today.minusDays(1));
        ReportCheck saved = as(ANNA, linde, () -> reports.record(caseId, input));
        ReportCheck read = as(LINDE_COORDINATOR, linde, () -> reports.checkOf(caseId)).orElseThrow();
        assertEquals(SignedStatus.SIGNED, read.getStatus());
        assertEquals(today, read.getSignedOn());
        assertEquals(List.of("Er staat dat de dochter dagelijks helpt.", "De traplift wordt niet genoemd."),
                read.getDifferences().stream().map(ReportDifference::getReportSays).toList());

        ReportCheckInput stale = new ReportCheckInput(ReportCheckInput.NEW, SignedStatus.NOT_YET, null, null, false, List.of());
        assertRefused(OptimisticLockException.class, () -> as(ANNA, linde, () -> reports.record(caseId, stale)));
        ReportCheckInput responded = new ReportCheckInput(saved.getVersion(), SignedStatus.RESPONDED, null, today, true,
                List.of(new Difference("Alleen dit nog", null)));
        ReportCheck changed = as(ANNA, linde, () -> reports.record(caseId, responded));
        assertTrue(changed.isExtraConversationAsked());
        assertEquals(1, as(ANNA, linde, () -> reports.checkOf(caseId)).orElseThrow().getDifferences().size());
    }

    @Test
    void anotherOrganisationOrAnAdvisorNotOnTheCaseCannotReachTheReportCheck() {
        String caseId = annasNewCase().getPublicId();
        recordDates(caseId, today.minusDays(10), today.minusDays(1));
        ReportCheckInput input = new ReportCheckInput(ReportCheckInput.NEW, SignedStatus.NOT_YET, null, null, false,
                List.of(new Difference("Mag niet", null)));
        assertRefused(NotFoundException.class, () -> as(PIETER, linde, () -> reports.checkOf(caseId)));
        assertRefused(NotFoundException.class, () -> as(PIETER, linde, () -> reports.record(caseId, input)));
        assertRefused(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> reports.checkOf(caseId)));
        assertRefused(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> reports.record(caseId, input)));
        assertRefused(AccessDeniedException.class, () -> as(LINDE_ADMIN, linde, () -> reports.record(caseId, input)));
        assertTrue(as(ANNA, linde, () -> reports.checkOf(caseId)).isEmpty(), "nothing was stored");
    }

    @Test
    void theStartPageOfAnAdvisorListsOnlyTheirOwnCases() {
        String newCase = annasNewCase().getPublicId();
        Set<String> annas = Set.copyOf(as(ANNA, linde, () -> cases.search(new PageRequest(0, 500))).stream()
                .map(SupportCase::getPublicId).toList());
        Set<String> linden = Set.copyOf(as(LINDE_COORDINATOR, linde, () -> cases.search(new PageRequest(0, 500))).stream()
                .map(SupportCase::getPublicId).toList());

        StartPage page = as(ANNA, linde, () -> startPage.startPage());
        assertFalse(page.wholeOrganisation());
        assertTrue(page.deadlines().stream().anyMatch(d -> d.caseRef().publicId().equals(newCase)));
        assertTrue(page.deadlines().stream().allMatch(d -> annas.contains(d.caseRef().publicId())), page.toString());
        assertTrue(page.tasks().stream().allMatch(t -> annas.contains(t.caseRef().publicId())));
        assertTrue(page.interviews().stream().allMatch(i -> annas.contains(i.caseRef().publicId())));
        assertTrue(page.quietCases().stream().allMatch(q -> annas.contains(q.caseRef().publicId())));
        assertTrue(page.interviews().stream().anyMatch(i -> i.at() != null), "the demo interview planned with a time");

        StartPage pieters = as(PIETER, linde, () -> startPage.startPage());
        assertTrue(pieters.deadlines().stream().noneMatch(d -> d.caseRef().publicId().equals(newCase)));

        StartPage coordinators = as(LINDE_COORDINATOR, linde, () -> startPage.startPage());
        assertTrue(coordinators.wholeOrganisation());
        assertTrue(coordinators.deadlines().stream().allMatch(d -> linden.contains(d.caseRef().publicId())));
        StartPage samens = as(SAMEN_COORDINATOR, samen, () -> startPage.startPage());
        assertTrue(samens.deadlines().stream().noneMatch(d -> linden.contains(d.caseRef().publicId())));
        assertTrue(samens.tasks().stream().noneMatch(t -> linden.contains(t.caseRef().publicId())));

    }
}
