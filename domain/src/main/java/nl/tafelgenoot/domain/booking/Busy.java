package nl.tafelgenoot.domain.booking;

import java.time.Instant;
import java.util.Objects;

/** An existing appointment of an advisor (home visits also block the travel buffer around them). */
public record Busy(Instant start, Instant end, MeetingMode mode) {

    public Busy {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(mode, "mode");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("An appointment ends after it starts: " + start + " – " + end);
        }
    }
}
