package nl.tafelgenoot.domain.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A day that is not a working day in the sense of the Atw, with every reason it is one, so a
 * screen can say why a term was moved ("Friday 25 December: Christmas Day"). A Saturday that is
 * also Boxing Day lists the holiday and is a weekend day.
 */
public record DayOff(LocalDate date, List<Holiday> holidays, boolean designatedDay) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        holidays = List.copyOf(holidays);
    }

    public boolean isWeekend() {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
