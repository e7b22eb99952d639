package nl.tafelgenoot.domain.booking;

/**
 * A booking step refused with a reason the member can read: {@link #key()} names the Dutch text
 * ({@code booking.refused.<key>}), {@link #field()} the field it belongs next to, if any.
 */
public class BookingRefused extends RuntimeException {

    private final String key;
    private final String field;

    public BookingRefused(String key, String field) {
        super(key + (field == null ? "" : " (" + field + ")"));
        this.key = key;
        this.field = field;
    }

    public BookingRefused(String key) {
        this(key, null);
    }

    public static void check(boolean condition, String key) {
        if (!condition) {
            throw new BookingRefused(key);
        }
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }
}
