package nl.tafelgenoot.domain.deadlines;

/**
 * Whether an objection was on time (A1, A2), and why, so a screen can explain it. A late
 * objection may still be admissible when the lateness is excusable (A3, Awb 6:11); that is a
 * judgement for the advisor, not a computation.
 */
public enum ObjectionTimeliness {
    /** Received by the municipality within the objection term. */
    RECEIVED_IN_TIME,
    /** Posted within the term and received within a week after it (Awb 6:9 lid 2). */
    POSTED_IN_TIME,
    LATE;

    public boolean isOnTime() {
        return this != LATE;
    }
}
