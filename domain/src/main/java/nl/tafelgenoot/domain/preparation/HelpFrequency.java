package nl.tafelgenoot.domain.preparation;

/** How often a client needs help on a life domain: a short choice, with free text beside it. */
public enum HelpFrequency {
    SEVERAL_TIMES_A_DAY,
    DAILY,
    SEVERAL_TIMES_A_WEEK,
    WEEKLY,
    LESS_THAN_WEEKLY
}
