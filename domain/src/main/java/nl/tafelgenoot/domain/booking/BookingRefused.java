package nl.tafelgenoot.domain.booking;

import nl.tafelgenoot.domain.shared.Refused;

/**
 * A booking step refused with a reason the member can read: {@link #key()} names the Dutch text
 * ({@code booking.refused.<key>}), {@link #field()} the field it belongs next to, if any.
 */
public class BookingRefused extends Refused {

    public BookingRefused(String key, String field) {
        super(key, field);
    }

    public BookingRefused(String key) {
        this(key, null);
    }

    public static void check(boolean condition, String key) {
        if (!condition) {
            throw new BookingRefused(key);
        }
    }
}
