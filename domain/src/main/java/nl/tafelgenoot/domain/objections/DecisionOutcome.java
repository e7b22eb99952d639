package nl.tafelgenoot.domain.objections;

/** What the municipality's decision (beschikking) on the application says. */
public enum DecisionOutcome {
    GRANTED,
    PARTLY_GRANTED,
    REFUSED,
    /** An existing provision changed (less hours of home help, say). */
    CHANGED,
    /** An existing provision ended. */
    ENDED
}
