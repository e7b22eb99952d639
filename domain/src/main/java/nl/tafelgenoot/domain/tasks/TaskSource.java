package nl.tafelgenoot.domain.tasks;

/** Where a task came from: a person's agreement, or the portal itself following a rule. */
public enum TaskSource {
    /** An agreement made at or after the interview: who does what by when. */
    AGREEMENT,
    /**
     * Made by the portal when the interview report is later than practice expects (W3): the
     * case's advisors chase the municipality for it. Closed by the portal when the report is in.
     */
    REPORT_CHASE;

    /** Made and closed by the portal, not by a person; it belongs to all advisors of the case. */
    public boolean isAutomatic() {
        return this != AGREEMENT;
    }
}
