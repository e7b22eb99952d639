package nl.tafelgenoot.domain.advisors;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.Objects;

/**
 * A part of the week an advisor is usually available, e.g. Tuesday 09:00–12:00. Stored in the
 * profile's own row (see {@link WeeklySlotsConverter}), so it is filtered by tenant with it.
 */
public record WeeklySlot(DayOfWeek day, LocalTime from, LocalTime to) implements Comparable<WeeklySlot> {

    private static final Comparator<WeeklySlot> ORDER = Comparator.comparing(WeeklySlot::day)
            .thenComparing(WeeklySlot::from).thenComparing(WeeklySlot::to);

    public WeeklySlot {
        Objects.requireNonNull(day);
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (!from.isBefore(to)) {
            throw new ProfileRefused("availability", "slotOrder");
        }
    }

    @Override
    public int compareTo(WeeklySlot other) {
        return ORDER.compare(this, other);
    }
}
