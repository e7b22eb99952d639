package nl.tafelgenoot.domain.intake;

/**
 * A step on a request that its state does not allow (offering a request without a client, a
 * third advisor, answering an offer twice) or input it refuses (a decline without a reason).
 * Carries a short key a screen turns into a message, and the field it concerns if any.
 */
public class IntakeRefused extends RuntimeException {

    private final String reason;
    private final String field;

    public IntakeRefused(String reason) {
        this(reason, null);
    }

    public IntakeRefused(String reason, String field) {
        super("Intake refused: " + reason);
        this.reason = reason;
        this.field = field;
    }

    /** A short key: {@code noClient}, {@code tooManyAdvisors}, {@code reasonRequired}, … */
    public String reason() {
        return reason;
    }

    /** The property of the request or form the refusal concerns, or null. */
    public String field() {
        return field;
    }

    static void check(boolean ok, String reason) {
        if (!ok) {
            throw new IntakeRefused(reason);
        }
    }
}
