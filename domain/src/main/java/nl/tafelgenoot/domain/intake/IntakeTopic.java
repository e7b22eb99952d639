package nl.tafelgenoot.domain.intake;

/** What the client asks help with. */
public enum IntakeTopic {
    PREPARE_INTERVIEW,
    ATTEND_INTERVIEW,
    CHECK_REPORT,
    OBJECTION,
    OTHER
}
