package nl.tafelgenoot.domain.intake;

/**
 * Where a request stands. Waiting and offered requests are the coordinator's queue; a declined
 * offer puts a request back to waiting.
 */
public enum IntakeStatus {
    /** In the queue, no advisor asked yet (or every advisor asked declined). */
    WAITING,
    /** Offered to one or two advisors who have not answered yet. */
    OFFERED,
    /** An advisor accepted: the request became (or went back to) a case. */
    ASSIGNED,
    /** Closed without a case, with the coordinator's reason. */
    CLOSED;

    public boolean isInQueue() {
        return this == WAITING || this == OFFERED;
    }
}
