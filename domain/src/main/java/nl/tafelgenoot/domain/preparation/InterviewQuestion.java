package nl.tafelgenoot.domain.preparation;

/**
 * The questions a client can expect at the interview (DOMAIN.md, "Questions clients can expect"),
 * in the order the municipality usually asks them. Advisors rehearse them with the client.
 */
public enum InterviewQuestion {
    WHAT_GOES_WELL,
    WHAT_IS_HARD,
    HELP_FROM_NETWORK,
    WHAT_TO_REACH,
    LONELINESS_AND_ACTIVITY,
    ALREADY_TRIED,
    AIDS_AT_HOME,
    INDEPENDENT_SUPPORT
}
