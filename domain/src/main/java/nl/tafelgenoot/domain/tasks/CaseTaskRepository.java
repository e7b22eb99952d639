package nl.tafelgenoot.domain.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** The tasks of the current tenant's cases. */
public interface CaseTaskRepository {

    /** The tasks of a case: open ones first, by due date. */
    List<CaseTask> ofCase(SupportCase supportCase);

    Optional<CaseTask> find(SupportCase supportCase, long taskId);

    /**
     * Open tasks, earliest due date first (so overdue ones lead), at most {@code limit}, with
     * their case and client loaded. With an advisor id only the tasks on cases that advisor has
     * an open assignment on; with {@code null} those of all of the organisation's cases.
     */
    List<CaseTask> openTasks(Long advisorAccountId, int limit);

    /** How many open tasks {@link #openTasks} would list without a limit. */
    long countOpen(Long advisorAccountId);

    /**
     * The report-chase tasks the daily pass must look at, with case and client loaded: every open
     * one, and every one of a case whose interview was before {@code interviewBefore} and whose
     * report is not in.
     */
    List<CaseTask> reportChasesToReview(LocalDate interviewBefore);

    /** Every open task of this source in the organisation, with case and client loaded. */
    List<CaseTask> openOfSource(TaskSource source);

    /**
     * When a task was last ticked off by a person on each case, by case id, in one query (tasks
     * the portal closed by itself do not count). Scoped like {@link #openTasks}.
     */
    Map<Long, Instant> lastDoneByCase(Long advisorAccountId);

    CaseTask add(CaseTask task);

    void flush();
}
