package nl.tafelgenoot.domain.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The days of one calendar year that a royal decree puts on a par with a holiday (Atw art. 3 lid 3).
 * The decree is issued every few years and may differ from habit, so these days are data an
 * operator can correct; {@link #defaultPattern(Year)} is only the habit DOMAIN.md describes.
 *
 * <p>A day belongs to the year it falls in: the Monday 31 December before a New Year's Day on a
 * Tuesday is part of the old year's set, the Friday 2 January after one on a Thursday of the new.
 */
public record DesignatedDays(Year year, SortedSet<LocalDate> dates) {

    public DesignatedDays {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(dates, "dates");
        for (LocalDate date : dates) {
            if (date.getYear() != year.getValue()) {
                throw new IllegalArgumentException("Designated day " + date + " is not in " + year);
            }
        }
        dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
    }

    public static DesignatedDays of(Year year, Set<LocalDate> dates) {
        return new DesignatedDays(year, new TreeSet<>(dates));
    }

    public boolean contains(LocalDate date) {
        return dates.contains(date);
    }

    /**
     * The usual decree: the Friday after Ascension Day; the Monday before New Year's Day, King's Day,
     * 5 May or Christmas Day when that day is a Tuesday; the Friday after New Year's Day, King's Day,
     * 5 May or Boxing Day when that day is a Thursday. Other bridge days some decrees added (such as
     * a Wednesday between Liberation Day and Ascension Day) are left to the operator.
     */
    public static DesignatedDays defaultPattern(Year year) {
        int y = year.getValue();
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(PublicHolidays.ascensionDay(y).plusDays(1));
        List<LocalDate> bridgedByMonday = List.of(
                LocalDate.of(y + 1, Month.JANUARY, 1),
                PublicHolidays.kingsDay(y),
                LocalDate.of(y, Month.MAY, 5),
                LocalDate.of(y, Month.DECEMBER, 25));
        for (LocalDate holiday : bridgedByMonday) {
            if (holiday.getDayOfWeek() == DayOfWeek.TUESDAY) {
                dates.add(holiday.minusDays(1));
            }
        }
        List<LocalDate> bridgedByFriday = List.of(
                LocalDate.of(y, Month.JANUARY, 1),
                PublicHolidays.kingsDay(y),
                LocalDate.of(y, Month.MAY, 5),
                LocalDate.of(y, Month.DECEMBER, 26));
        for (LocalDate holiday : bridgedByFriday) {
            if (holiday.getDayOfWeek() == DayOfWeek.THURSDAY) {
                dates.add(holiday.plusDays(1));
            }
        }
        return new DesignatedDays(year, dates);
    }
}
