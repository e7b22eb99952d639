package nl.tafelgenoot.domain.cases;

/** The life domains of DOMAIN.md on which a client's situation is described and prepared. */
public enum LifeDomain {
    HOUSEHOLD,
    MEALS,
    PERSONAL_CARE,
    MOBILITY_AND_TRANSPORT,
    HOME_ADAPTATION,
    AIDS,
    DAY_ACTIVITIES,
    SOCIAL_CONTACTS,
    INFORMAL_CARE_AND_RESPITE,
    FINANCES_AND_ADMINISTRATION,
    SAFETY,
    HEALTH,
    YOUTH_CARE
}
