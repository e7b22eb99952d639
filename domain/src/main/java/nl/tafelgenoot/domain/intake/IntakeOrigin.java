package nl.tafelgenoot.domain.intake;

/** A new request for help, or an existing case handed back to the queue because its advisor left. */
public enum IntakeOrigin {
    NEW_REQUEST,
    HANDOVER
}
