package nl.tafelgenoot.domain.booking;

import java.time.Instant;
import java.util.Objects;

/**
 * One appointment as a calendar sees it: the stable {@code uid} that ties the invitation, its
 * updates and its cancellation together, the {@code sequence} that tells a calendar which version
 * is newest (raise it for every change that is mailed), and the texts the member or advisor reads.
 * The texts come from the caller, already in the reader's language; {@code location} and
 * {@code description} may be null.
 */
public record CalendarEntry(String uid, int sequence, Instant start, Instant end, String summary, String location,
                            String description) {

    public CalendarEntry {
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException("an appointment needs a uid");
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be 0 or more, not " + sequence);
        }
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
        if (summary == null || summary.isBlank()) {
            throw new IllegalArgumentException("an appointment needs a summary");
        }
        uid = uid.strip();
    }
}
