package nl.tafelgenoot.domain.cases;

/** A date of the route that contradicts an earlier one (an interview before the notification, say). */
public class DatesOutOfOrder extends IllegalArgumentException {

    private final String field;

    public DatesOutOfOrder(String field) {
        super("Date out of order: " + field);
        this.field = field;
    }

    /** The property whose date is out of order, for showing the message next to its field. */
    public String field() {
        return field;
    }
}
