package nl.tafelgenoot.domain.statistics;

/**
 * A statistics period the domain refuses, with the reason a screen turns into its own message
 * next to the date fields (the dates typed stay).
 */
public class PeriodRefused extends IllegalArgumentException {

    /** Why the period was refused. */
    public enum Reason {
        MISSING, FROM_AFTER_TO, TOO_LONG
    }

    private final Reason reason;

    public PeriodRefused(Reason reason) {
        super("Statistics period refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
