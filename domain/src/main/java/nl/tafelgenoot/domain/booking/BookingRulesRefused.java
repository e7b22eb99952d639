package nl.tafelgenoot.domain.booking;

/**
 * Booking rules the domain refuses: a length or step that is not a positive number of whole
 * minutes, a negative travel buffer, a step longer than an appointment, a horizon outside 1..365
 * days. Names the field and a short reason key, so the booking settings screen can put its own
 * message next to the field and keep what was typed.
 */
public class BookingRulesRefused extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public BookingRulesRefused(String field, String reason) {
        super("Invalid " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The record component: {@code length}, {@code travelBuffer}, {@code step} or {@code daysAhead}. */
    public String field() {
        return field;
    }

    /** A short key: {@code positive}, {@code wholeMinutes}, {@code notNegative}, {@code longerThanLength}, {@code range}. */
    public String reason() {
        return reason;
    }
}
