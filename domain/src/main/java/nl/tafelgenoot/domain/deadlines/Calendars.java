package nl.tafelgenoot.domain.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Year;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The holiday calendar the application computes with: the computed holidays, and per year either
 * the decree of designated days an operator stored or the usual pattern. The calendar is built
 * once and rebuilt when a decree is recorded, so every deadline after that uses the correction.
 * Code that keeps a calendar for long asks {@link #current()} each time instead of injecting one.
 */
@ApplicationScoped
public class Calendars {

    @Inject
    DesignatedDaysDecreeRepository decrees;

    @Inject
    Clock clock;

    private volatile HolidayCalendar calendar;

    public Calendars() {
    }

    /** For tests outside the container. */
    public Calendars(DesignatedDaysDecreeRepository decrees, Clock clock) {
        this.decrees = decrees;
        this.clock = clock;
    }

    /** The calendar with every stored decree. */
    public HolidayCalendar current() {
        HolidayCalendar known = calendar;
        if (known == null) {
            known = load();
            calendar = known;
        }
        return known;
    }

    /**
     * Stores the designated days of a year as the decree set them (an operator's correction) and
     * computes with them from now on.
     */
    @Transactional
    public DesignatedDays record(DesignatedDays days, String source, String recordedBy) {
        decrees.save(new DesignatedDaysDecree(days, source, recordedBy, clock.instant()));
        calendar = load();
        return days;
    }

    @Produces
    HolidayCalendar holidayCalendar() {
        return current();
    }

    private HolidayCalendar load() {
        Map<Year, Set<LocalDate>> overrides = new HashMap<>();
        for (DesignatedDaysDecree decree : decrees.all()) {
            overrides.put(Year.of(decree.getYear()), decree.designatedDays().dates());
        }
        return new HolidayCalendar(overrides);
    }
}
