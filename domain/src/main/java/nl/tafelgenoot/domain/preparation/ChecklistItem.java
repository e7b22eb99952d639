package nl.tafelgenoot.domain.preparation;

/** What the client brings to the kitchen-table interview (DOMAIN.md, step 2 Preparation). */
public enum ChecklistItem {
    IDENTITY_DOCUMENT,
    CURRENT_HELP_OVERVIEW,
    MEDICAL_INFORMATION,
    DAILY_BOTTLENECKS,
    NETWORK_OVERVIEW,
    AIDS_QUOTES,
    TRUSTED_PERSON
}
