package nl.tafelgenoot.domain.booking;

import java.time.Duration;
import java.util.Objects;

/**
 * How an organisation lets members book: the length of an appointment, the travel buffer before
 * and after a home visit, the grid on which slots start (counted from the start of each
 * availability window) and how many days ahead members can book. Checked here because a step
 * longer than an appointment would leave unbookable gaps and a zero step would never end.
 */
public record BookingRules(Duration length, Duration travelBuffer, Duration step, int daysAhead) {

    /** The longest horizon; a search beyond a year is not a booking page any more. */
    public static final int MAX_DAYS_AHEAD = 365;

    public static final BookingRules DEFAULT = new BookingRules(
            Duration.ofMinutes(60), Duration.ofMinutes(30), Duration.ofMinutes(30), 28);

    public BookingRules {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(travelBuffer, "travelBuffer");
        Objects.requireNonNull(step, "step");
        requirePositiveMinutes("length", length);
        requirePositiveMinutes("step", step);
        if (travelBuffer.isNegative()) {
            throw new BookingRefused("notNegative", "travelBuffer");
        }
        if (!isWholeMinutes(travelBuffer)) {
            throw new BookingRefused("wholeMinutes", "travelBuffer");
        }
        if (step.compareTo(length) > 0) {
            throw new BookingRefused("longerThanLength", "step");
        }
        if (daysAhead < 1 || daysAhead > MAX_DAYS_AHEAD) {
            throw new BookingRefused("range", "daysAhead");
        }
    }

    private static void requirePositiveMinutes(String field, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new BookingRefused("positive", field);
        }
        if (!isWholeMinutes(duration)) {
            throw new BookingRefused("wholeMinutes", field);
        }
    }

    private static boolean isWholeMinutes(Duration duration) {
        return duration.getNano() == 0 && duration.getSeconds() % 60 == 0;
    }
}
