package nl.tafelgenoot.domain.tasks;

/** Where a task came from: a person's agreement, or the portal itself following a rule. */
public enum TaskSource {
    /** An agreement made at or after the interview: who does what by when. */
    AGREEMENT,
    /**
     * Made by the portal when the interview report is later than practice expects (W3): the
     * case's advisors chase the municipality for it. Closed by the portal when the report is in.
     */
    REPORT_CHASE,
    /**
     * Made by the portal for a legal deadline of the case that is not met yet (the objection
     * term, the decision term on the objection, the appeal term, …), due on its date, so it is on
     * every advisor's list. Moved when the date moves; closed by the portal when it is met.
     */
    DEADLINE;

    /** Made and closed by the portal, not by a person; it belongs to all advisors of the case. */
    public boolean isAutomatic() {
        return this != AGREEMENT;
    }
}
