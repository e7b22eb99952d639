package nl.tafelgenoot.domain.people;

import java.time.Duration;

/**
 * Why a single-use link was sent: to join the organisation, or to choose a new password (after an
 * admin's access reset, or because the person forgot it).
 */
public enum InvitationPurpose {
    /** Join the organisation; valid seven days. */
    INVITE(Duration.ofDays(7)),
    /** Choose a new password after an admin reset someone's access; valid 24 hours. */
    RESET(Duration.ofHours(24)),
    /** Choose a new password after the person said they forgot theirs; valid one hour. */
    FORGOTTEN(Duration.ofHours(1));

    private final Duration validFor;

    InvitationPurpose(Duration validFor) {
        this.validFor = validFor;
    }

    /** Whether using the link sets a chosen password on an existing account. */
    public boolean choosesNewPassword() {
        return this != INVITE;
    }

    public Duration validFor() {
        return validFor;
    }
}
