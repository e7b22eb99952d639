package nl.tafelgenoot.domain.reports;

import java.time.LocalDate;
import nl.tafelgenoot.domain.tasks.CaseTask;

/**
 * What the report chase has to do on one case now: nothing, open a new chase task, reopen one
 * the portal closed earlier, move an open one to a corrected date, or close the open one.
 * {@code task} is the existing task acted on (null for {@link Action#OPEN} and {@link Action#NONE}).
 */
public record ChaseStep(Action action, CaseTask task, LocalDate dueOn) {

    public enum Action {
        NONE,
        OPEN,
        REOPEN,
        RESCHEDULE,
        CLOSE
    }

    static ChaseStep none() {
        return new ChaseStep(Action.NONE, null, null);
    }
}
