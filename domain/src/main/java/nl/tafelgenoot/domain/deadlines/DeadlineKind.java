package nl.tafelgenoot.domain.deadlines;

/**
 * What a computed date means for the person reading it, so screens can colour and word it and
 * so the Atw is only applied where the law does: a legal deadline passing is serious, a right
 * starting is good news, a practice reminder is only a moment to chase.
 */
public enum DeadlineKind {
    /** The client or the municipality must act by this date; a term set by law, lengthened by the Atw. */
    LEGAL_DEADLINE,
    /** A right or consequence starts on this date (the client may apply or appeal, a penalty runs). */
    STARTS_ON,
    /** No legal term: what practice expects, a moment to chase. Never moved by the Atw. */
    PRACTICE_REMINDER
}
