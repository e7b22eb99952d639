package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The Algemene termijnenwet (Atw) applied to a term counted forward from an event. Art. 1: a term
 * ending on a Saturday, Sunday, holiday or designated day ends on the next working day. Art. 2: a
 * term of three days or more is lengthened so that it contains at least two working days (the day
 * of the event itself does not count). Art. 1 lid 2 excludes terms counted backwards; none of the
 * portal's terms is, so this class only counts forward. Which terms the Atw covers at all is
 * decided per rule in {@link DeadlineRule}, not here.
 */
public final class GeneralTermsAct {

    private static final int MINIMUM_WORKING_DAYS = 2;
    private static final long SHORTEST_TERM_FOR_ARTICLE_2 = 3;

    private final HolidayCalendar calendar;

    public GeneralTermsAct(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public TermEnd endOf(LocalDate event, Term term) {
        return extend(event, term.endAfter(event));
    }

    /** Applies art. 1 and 2 to a term that starts the day after the event and nominally ends on nominalEnd. */
    public TermEnd extend(LocalDate event, LocalDate nominalEnd) {
        if (nominalEnd.isBefore(event)) {
            throw new IllegalArgumentException("Term ends " + nominalEnd + " before its event " + event);
        }
        Set<AtwArticle> articles = EnumSet.noneOf(AtwArticle.class);
        LocalDate end = calendar.firstWorkingDayFrom(nominalEnd);
        if (!end.equals(nominalEnd)) {
            articles.add(AtwArticle.ARTICLE_1);
        }
        // After art. 1 the last day is a working day, so art. 2 never needs more than one more.
        if (ChronoUnit.DAYS.between(event, nominalEnd) >= SHORTEST_TERM_FOR_ARTICLE_2
                && workingDaysBetween(event, end) < MINIMUM_WORKING_DAYS) {
            end = calendar.firstWorkingDayFrom(end.plusDays(1));
            articles.add(AtwArticle.ARTICLE_2);
        }
        LocalDate firstReported = articles.contains(AtwArticle.ARTICLE_2) ? event.plusDays(1) : nominalEnd;
        return new TermEnd(nominalEnd, end, articles, daysOff(firstReported, end));
    }

    /** Working days after the event up to and including the last day. */
    private long workingDaysBetween(LocalDate event, LocalDate last) {
        return event.plusDays(1).datesUntil(last.plusDays(1)).filter(calendar::isWorkingDay).count();
    }

    private List<DayOff> daysOff(LocalDate from, LocalDate untilExclusive) {
        List<DayOff> days = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(untilExclusive); day = day.plusDays(1)) {
            calendar.dayOff(day).ifPresent(days::add);
        }
        return days;
    }
}
