package nl.tafelgenoot.domain.organisations;

/** A suspended organisation keeps all its data but nobody of it can log in. */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED
}
