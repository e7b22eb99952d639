package nl.tafelgenoot.domain.intake;

/** How a request reached the organisation. */
public enum IntakeChannel {
    PHONE,
    EMAIL,
    WALK_IN,
    BOOKING
}
