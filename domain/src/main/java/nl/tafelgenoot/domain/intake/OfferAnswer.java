package nl.tafelgenoot.domain.intake;

/** An advisor's answer to the offer of a request. */
public enum OfferAnswer {
    PENDING,
    ACCEPTED,
    DECLINED,
    /** The coordinator took the offer back before it was answered (reassigned or closed). */
    WITHDRAWN
}
