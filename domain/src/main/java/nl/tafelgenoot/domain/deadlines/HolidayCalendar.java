package nl.tafelgenoot.domain.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which days count as working days for legal terms: not a Saturday, Sunday, holiday (Atw art. 3
 * lid 1 and 2) or designated day (lid 3). Holidays are computed; designated days follow
 * {@link DesignatedDays#defaultPattern(Year)} unless an operator has entered the decree's actual
 * days for that year, which then replace the pattern for the whole year. Immutable, so one
 * instance can serve every request. Dates before {@value PublicHolidays#FIRST_SUPPORTED_YEAR}
 * are refused with an IllegalArgumentException (see {@link PublicHolidays}).
 */
public final class HolidayCalendar {

    private final Map<Year, DesignatedDays> designatedDayOverrides;

    /** @param designatedDayOverrides per year, the designated days that replace the default pattern */
    public HolidayCalendar(Map<Year, Set<LocalDate>> designatedDayOverrides) {
        Map<Year, DesignatedDays> overrides = new HashMap<>();
        designatedDayOverrides.forEach((year, dates) -> overrides.put(year, DesignatedDays.of(year, dates)));
        this.designatedDayOverrides = Map.copyOf(overrides);
    }

    public static HolidayCalendar withDefaultDesignatedDays() {
        return new HolidayCalendar(Map.of());
    }

    public List<PublicHoliday> holidays(Year year) {
        return PublicHolidays.of(year);
    }

    public DesignatedDays designatedDays(Year year) {
        return designatedDayOverrides.getOrDefault(year, DesignatedDays.defaultPattern(year));
    }

    /** The holidays on this date; usually none or one, two when Ascension Day is 5 May. */
    public List<Holiday> holidaysOn(LocalDate date) {
        return holidays(Year.of(date.getYear())).stream()
                .filter(holiday -> holiday.date().equals(date))
                .map(PublicHoliday::holiday)
                .toList();
    }

    public boolean isHoliday(LocalDate date) {
        return !holidaysOn(date).isEmpty();
    }

    public boolean isDesignatedDay(LocalDate date) {
        return designatedDays(Year.of(date.getYear())).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayOff(date).isEmpty();
    }

    /** Why this date is not a working day, or empty when it is one. */
    public Optional<DayOff> dayOff(LocalDate date) {
        List<Holiday> holidays = holidaysOn(date);
        boolean designated = isDesignatedDay(date);
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        if (holidays.isEmpty() && !designated && !weekend) {
            return Optional.empty();
        }
        return Optional.of(new DayOff(date, holidays, designated));
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
