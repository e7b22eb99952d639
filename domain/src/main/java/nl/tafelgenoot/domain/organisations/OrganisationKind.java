package nl.tafelgenoot.domain.organisations;

/** The kinds of organisation the portal serves; used for wording and statistics. */
public enum OrganisationKind {
    SENIOR_ASSOCIATION,
    SENIOR_ASSOCIATION_BRANCH,
    CARERS_ASSOCIATION,
    UNION_MEMBER_SERVICE,
    PATIENT_ASSOCIATION,
    OTHER
}
