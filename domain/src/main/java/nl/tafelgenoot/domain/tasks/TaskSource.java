package nl.tafelgenoot.domain.tasks;

/** Where a task came from. Later sources (for example chasing a missing report) add values here. */
public enum TaskSource {
    /** An agreement made at or after the interview: who does what by when. */
    AGREEMENT
}
