package nl.tafelgenoot.domain.advisors;

/** What an advisor knows well; a request names the expertise it needs and matching rewards it. */
public enum Expertise {
    HOME_ADAPTATION,
    YOUTH_CARE,
    VISUAL_IMPAIRMENT,
    MENTAL_HEALTH,
    INFORMAL_CARE,
    OBJECTIONS,
    DEMENTIA,
    FINANCES
}
