package nl.tafelgenoot.domain.people;

import java.time.Duration;

/** Why a single-use link was sent: to join the organisation, or to choose a new password. */
public enum InvitationPurpose {
    /** Join the organisation; valid seven days. */
    INVITE(Duration.ofDays(7)),
    /** Choose a new password after an admin reset someone's access; valid 24 hours. */
    RESET(Duration.ofHours(24));

    private final Duration validFor;

    InvitationPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    public Duration validFor() {
        return validFor;
    }
}
