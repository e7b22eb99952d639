package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/** One input of a computed date: which event, on which day. */
public record TriggerDate(Trigger trigger, LocalDate date) {

    public TriggerDate {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(date, "date");
    }
}
