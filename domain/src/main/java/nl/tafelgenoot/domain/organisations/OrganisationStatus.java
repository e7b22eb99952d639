package nl.tafelgenoot.domain.organisations;

/**
 * Where an organisation stands on the platform. Only an active one has people logging in and a
 * booking page. A suspended one keeps all its data. One being offboarded waits for its data to be
 * deleted (its admins can fetch the export meanwhile); an offboarded one is only its name and slug,
 * kept so the slug never leads to another organisation.
 */
public enum OrganisationStatus {
    ACTIVE,
    SUSPENDED,
    OFFBOARDING,
    OFFBOARDED
}
