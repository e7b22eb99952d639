package nl.tafelgenoot.domain.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseRouteChanged;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.CaseTaskRepository;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Carries out the {@link ReportChaseRule} on stored cases: at once, inside the transaction of a
 * person who changed a case's dates or phase ({@link CaseRouteChanged}), and once a day for every
 * case of the bound organisation ({@link #chaseAll()}, called per organisation by a job). Both
 * paths are idempotent; a unique key on open chase tasks keeps a second instance or a race from
 * ever leaving two open on one case. The tasks are opened and closed in the portal's name, and
 * audited as such.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ReportChaser {

    /** W3 lies at least this long after the interview, so younger interviews need no look. */
    static final int REPORT_TERM_DAYS = 14;

    @Inject
    SupportCaseRepository cases;

    @Inject
    CaseTaskRepository tasks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Calendars calendars;

    /** What one pass did. */
    public record Run(int opened, int closed) {
    }

    /** Right after a case's dates or phase changed, in the same transaction. */
    public void onRouteChanged(@Observes CaseRouteChanged changed) {
        SupportCase supportCase = changed.supportCase();
        apply(new ReportChaseRule(calendars.current()).next(supportCase, today(), tasks.ofCase(supportCase)), supportCase);
    }

    /** The daily pass over every case of the bound organisation that may need a chase opened or closed. */
    public Run chaseAll() {
        LocalDate today = today();
        LocalDate interviewBefore = today.minusDays(REPORT_TERM_DAYS);
        Map<Long, SupportCase> toReview = new LinkedHashMap<>();
        Map<Long, List<CaseTask>> chasesByCase = new LinkedHashMap<>();
        for (SupportCase c : cases.awaitingReport(interviewBefore)) {
            toReview.put(c.getId(), c);
        }
        for (CaseTask chase : tasks.reportChasesToReview(interviewBefore)) {
            toReview.putIfAbsent(chase.getSupportCase().getId(), chase.getSupportCase());
            chasesByCase.computeIfAbsent(chase.getSupportCase().getId(), id -> new ArrayList<>()).add(chase);
        }
        ReportChaseRule rule = new ReportChaseRule(calendars.current());
        int opened = 0;
        int closed = 0;
        for (SupportCase c : toReview.values()) {
            ChaseStep step = rule.next(c, today, chasesByCase.getOrDefault(c.getId(), List.of()));
            apply(step, c);
            opened += step.action() == ChaseStep.Action.OPEN || step.action() == ChaseStep.Action.REOPEN ? 1 : 0;
            closed += step.action() == ChaseStep.Action.CLOSE ? 1 : 0;
        }
        return new Run(opened, closed);
    }

    private void apply(ChaseStep step, SupportCase supportCase) {
        String client = supportCase.getClient().getPublicId();
        switch (step.action()) {
            case OPEN -> {
                tasks.add(CaseTask.reportChase(supportCase, step.dueOn(), clock.instant()));
                audit.recordBySystem(AuditAction.REPORT_CHASE_OPENED, client);
            }
            case REOPEN -> {
                step.task().reopen();
                tasks.flush();
                audit.recordBySystem(AuditAction.REPORT_CHASE_OPENED, client);
            }
            case RESCHEDULE -> {
                step.task().reschedule(step.dueOn());
                tasks.flush();
                audit.recordBySystem(AuditAction.TASK_CHANGED, client);
            }
            case CLOSE -> {
                step.task().closeBySystem(clock.instant());
                tasks.flush();
                audit.recordBySystem(AuditAction.REPORT_CHASE_CLOSED, client);
            }
            case NONE -> {
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
