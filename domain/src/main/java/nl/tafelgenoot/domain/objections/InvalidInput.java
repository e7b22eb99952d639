package nl.tafelgenoot.domain.objections;

/**
 * Input a decision or objection refuses: a date before the one it follows, a late objection
 * without its excuse. Names the field and the reason, so a screen can put its own message next
 * to the field while keeping everything the user typed.
 */
public class InvalidInput extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public InvalidInput(String field, String reason) {
        super("Invalid " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The property, as named in the input record. */
    public String field() {
        return field;
    }

    /** A short key: {@code beforeDispatch}, {@code lateWithoutExcuse}, … */
    public String reason() {
        return reason;
    }

    static void check(boolean ok, String field, String reason) {
        if (!ok) {
            throw new InvalidInput(field, reason);
        }
    }

    static boolean notBefore(java.time.LocalDate later, java.time.LocalDate earlier) {
        return later == null || earlier == null || !later.isBefore(earlier);
    }
}
