package nl.tafelgenoot.domain.consent;

/** How the client gave consent. */
public enum ConsentMethod {
    ORAL,
    WRITTEN,
    DIGITAL
}
