package nl.tafelgenoot.domain.clients;

/** How a client prefers to be contacted; many older clients have no e-mail and want a call or a letter. */
public enum ContactPreference {
    PHONE,
    EMAIL,
    LETTER,
    IN_PERSON,
    VIA_NETWORK
}
