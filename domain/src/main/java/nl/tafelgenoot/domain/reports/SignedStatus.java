package nl.tafelgenoot.domain.reports;

/**
 * What the client did with the municipality's report of the interview: nothing yet, signed it
 * (signing often counts as the application), or responded to it, for example with corrections
 * and a request for an extra conversation.
 */
public enum SignedStatus {
    NOT_YET,
    SIGNED,
    RESPONDED
}
