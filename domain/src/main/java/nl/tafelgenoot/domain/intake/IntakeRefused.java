package nl.tafelgenoot.domain.intake;

import nl.tafelgenoot.domain.shared.Refused;

/**
 * A step on a request that its state does not allow (offering a request without a client, a
 * third advisor, answering an offer twice) or input it refuses (a decline without a reason).
 * Carries a short key a screen turns into a message ({@code intake.refused.<key>}), and the field
 * it concerns if any.
 */
public class IntakeRefused extends Refused {

    public IntakeRefused(String reason) {
        this(reason, null);
    }

    public IntakeRefused(String reason, String field) {
        super(reason, field);
    }

    /** The key, as the intake screens have always called it: {@code noClient}, {@code tooManyAdvisors}, … */
    public String reason() {
        return key();
    }

    static void check(boolean ok, String reason) {
        if (!ok) {
            throw new IntakeRefused(reason);
        }
    }
}
