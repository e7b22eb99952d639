package nl.tafelgenoot.domain.consent;

/** What a client's consent covers (GDPR art. 9: special-category data needs explicit consent per purpose). */
public enum ConsentScope {
    /** Recording information about the client's health and care needs. */
    HEALTH_AND_CARE_NEEDS,
    /** Sharing what is recorded with the municipality (Wmo desk, social team). */
    SHARE_WITH_MUNICIPALITY
}
