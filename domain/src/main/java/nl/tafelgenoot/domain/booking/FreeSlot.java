package nl.tafelgenoot.domain.booking;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A time members can book, with the advisors free then (in the order the agendas were given, so
 * the caller's preference, e.g. the member's own advisor first, decides who is offered first).
 */
public record FreeSlot(ZonedDateTime start, ZonedDateTime end, List<Long> advisorAccountIds) {

    public FreeSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        advisorAccountIds = List.copyOf(advisorAccountIds);
    }
}
