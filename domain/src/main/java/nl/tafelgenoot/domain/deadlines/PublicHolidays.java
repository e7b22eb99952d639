package nl.tafelgenoot.domain.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The holidays of Atw art. 3 lid 1 and 2 for one year, fixed by law and therefore computed, not
 * configured (only the designated days of lid 3 are data, see {@link DesignatedDays}).
 *
 * <p>King's Day is 27 April, or 26 April when the 27th is a Sunday. That rule exists since 2014;
 * before it the holiday was Queen's Day on another date, so earlier years are refused rather than
 * answered wrongly. 5 May counts every year (the Atw names "de vijfde mei" without the
 * once-in-five-years rule of collective agreements).
 */
public final class PublicHolidays {

    /** The first year with King's Day; earlier years had Queen's Day on 30 April. */
    public static final int FIRST_SUPPORTED_YEAR = 2014;

    private PublicHolidays() {
    }

    /** All holidays of the year in date order; Liberation Day and Ascension Day can share a date. */
    public static List<PublicHoliday> of(Year year) {
        int y = year.getValue();
        if (y < FIRST_SUPPORTED_YEAR) {
            throw new IllegalArgumentException(
                    "Holidays are known from " + FIRST_SUPPORTED_YEAR + " (King's Day); asked for " + y);
        }
        LocalDate easter = Easter.sunday(y);
        List<PublicHoliday> holidays = new ArrayList<>(List.of(
                new PublicHoliday(LocalDate.of(y, Month.JANUARY, 1), Holiday.NEW_YEARS_DAY),
                new PublicHoliday(easter.minusDays(2), Holiday.GOOD_FRIDAY),
                new PublicHoliday(easter.plusDays(1), Holiday.EASTER_MONDAY),
                new PublicHoliday(kingsDay(y), Holiday.KINGS_DAY),
                new PublicHoliday(LocalDate.of(y, Month.MAY, 5), Holiday.LIBERATION_DAY),
                new PublicHoliday(easter.plusDays(39), Holiday.ASCENSION_DAY),
                new PublicHoliday(easter.plusDays(50), Holiday.WHIT_MONDAY),
                new PublicHoliday(LocalDate.of(y, Month.DECEMBER, 25), Holiday.CHRISTMAS_DAY),
                new PublicHoliday(LocalDate.of(y, Month.DECEMBER, 26), Holiday.BOXING_DAY)));
        holidays.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::holiday));
        return List.copyOf(holidays);
    }

    static LocalDate kingsDay(int year) {
        LocalDate birthday = LocalDate.of(year, Month.APRIL, 27);
        return birthday.getDayOfWeek() == DayOfWeek.SUNDAY ? birthday.minusDays(1) : birthday;
    }

    static LocalDate ascensionDay(int year) {
        return Easter.sunday(year).plusDays(39);
    }
}
