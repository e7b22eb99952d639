package nl.tafelgenoot.domain.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Agreements and other tasks of a case. The case is resolved through
 * {@link CaseService#find(String)} first, so only those who may see the case see its tasks, and
 * only those who may also change cases add tasks or tick them off. An advisor's task names one of
 * the case's advisors.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class TaskService {

    static final int OPEN_TASKS_LIMIT = 200;

    @Inject
    CaseService cases;

    @Inject
    CaseTaskRepository tasks;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The tasks of the case: open ones first, by due date. */
    public List<CaseTask> ofCase(String casePublicId) {
        return tasks.ofCase(visibleCase(casePublicId));
    }

    /**
     * Records an agreement as a task. For an advisor's task without a named advisor, the caller
     * takes it when they work on the case.
     */
    public CaseTask agree(String casePublicId, String what, TaskParty party, Long advisorAccountId, LocalDate dueOn) {
        SupportCase supportCase = writableCase(casePublicId);
        CaseTask task = Validity.require(validator, new CaseTask(supportCase, TaskSource.AGREEMENT, what, party,
                advisorOnCase(supportCase, party, advisorAccountId), dueOn, user.accountId(), clock.instant()));
        tasks.add(task);
        audit.record(AuditAction.TASK_CHANGED, supportCase.getClient().getPublicId());
        return task;
    }

    /**
     * Changes an open task (what, who, by when); refused when it changed since {@code version} or
     * is done already.
     */
    public CaseTask change(String casePublicId, long taskId, long version, String what, TaskParty party,
                           Long advisorAccountId, LocalDate dueOn) {
        SupportCase supportCase = writableCase(casePublicId);
        CaseTask task = tasks.find(supportCase, taskId).orElseThrow(() -> new NotFoundException("task"));
        if (task.getVersion() != version || task.isDone()) {
            throw new OptimisticLockException("task changed since it was read");
        }
        task.change(what, party, advisorOnCase(supportCase, party, advisorAccountId), dueOn);
        Validity.require(validator, task);
        tasks.flush();
        audit.record(AuditAction.TASK_CHANGED, supportCase.getClient().getPublicId());
        return task;
    }

    /**
     * The advisor an advisor's task names: one of the case's advisors. Without a named advisor
     * the caller takes it when they work on the case.
     */
    private Long advisorOnCase(SupportCase supportCase, TaskParty party, Long advisorAccountId) {
        if (party != TaskParty.ADVISOR) {
            return advisorAccountId;
        }
        List<Long> onCase = cases.advisorsOf(supportCase).stream().map(Account::getId).toList();
        if (advisorAccountId == null && onCase.contains(user.accountId())) {
            return user.accountId();
        }
        if (advisorAccountId != null && !onCase.contains(advisorAccountId)) {
            throw new NotFoundException("advisor");
        }
        return advisorAccountId;
    }

    /** Marks the task done ({@code done}) or open again; refused when it changed since {@code version}. */
    public CaseTask markDone(String casePublicId, long taskId, long version, boolean done) {
        SupportCase supportCase = writableCase(casePublicId);
        CaseTask task = tasks.find(supportCase, taskId).orElseThrow(() -> new NotFoundException("task"));
        if (task.getVersion() != version) {
            throw new OptimisticLockException("task changed since it was read");
        }
        if (done == task.isDone()) {
            return task;
        }
        if (done) {
            task.markDone(user.accountId(), clock.instant());
        } else {
            task.reopen();
        }
        tasks.flush();
        audit.record(AuditAction.TASK_CHANGED, supportCase.getClient().getPublicId());
        return task;
    }

    /**
     * The open tasks on the cases the caller works on, overdue first (earliest due date first),
     * at most {@value #OPEN_TASKS_LIMIT}, with case and client loaded. For an advisor the cases
     * assigned to them; for a coordinator every case of the organisation. For the start page.
     */
    public List<CaseTask> openTasksOfMine() {
        return tasks.openTasks(cases.advisorScope(), OPEN_TASKS_LIMIT);
    }

    /** How many open tasks there are on the caller's cases, for "n more" under a shortened list. */
    public long countOpenTasksOfMine() {
        return tasks.countOpen(cases.advisorScope());
    }

    private SupportCase visibleCase(String casePublicId) {
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }

    private SupportCase writableCase(String casePublicId) {
        user.require(Permission.CASE_WRITE);
        return visibleCase(casePublicId);
    }
}
