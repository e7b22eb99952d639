package nl.tafelgenoot.domain.tasks;

import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** The tasks of the current tenant's cases. */
public interface CaseTaskRepository {

    /** The tasks of a case: open ones first, by due date. */
    List<CaseTask> ofCase(SupportCase supportCase);

    Optional<CaseTask> find(SupportCase supportCase, long taskId);

    /** Open tasks on the cases the advisor has an open assignment on, earliest due date first. */
    List<CaseTask> openOnCasesOf(long advisorAccountId);

    CaseTask add(CaseTask task);

    void flush();
}
