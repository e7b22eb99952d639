package nl.tafelgenoot.domain.cases;

/** How a computed date of a case stands today. */
public enum DeadlineStatus {
    /** Done: what the date asks for has happened (an interview held, a report received). */
    MET,
    /** The date has passed and what it asks for has not happened: chase it. */
    OVERDUE,
    /** Within a week from today and not met. */
    DUE_SOON,
    /** Further away than a week. */
    UPCOMING,
    /** A date of an option (the personal plan) that has gone by; nothing to chase. */
    PASSED,
    /** A right that has started (to apply without an investigation, for example). */
    REACHED
}
