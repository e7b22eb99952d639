package nl.tafelgenoot.domain.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The holiday calendar the application computes with. For now the computed holidays and the
 * default pattern of designated days; operator corrections per year will come from stored data.
 */
@ApplicationScoped
public class Calendars {

    private final HolidayCalendar calendar = HolidayCalendar.withDefaultDesignatedDays();

    @Produces
    HolidayCalendar holidayCalendar() {
        return calendar;
    }
}
