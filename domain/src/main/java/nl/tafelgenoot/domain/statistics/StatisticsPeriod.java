package nl.tafelgenoot.domain.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a coordinator asks statistics for, both days included. Refused when a date is
 * missing, when {@code from} is after {@code to}, or when the span is longer than five years
 * (the charts stay readable and the queries bounded). The quick choices are built from today.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 5;

    public StatisticsPeriod {
        if (from == null || to == null) {
            throw new PeriodRefused(PeriodRefused.Reason.MISSING);
        }
        if (from.isAfter(to)) {
            throw new PeriodRefused(PeriodRefused.Reason.FROM_AFTER_TO);
        }
        if (to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            throw new PeriodRefused(PeriodRefused.Reason.TOO_LONG);
        }
    }

    /** 1 January to 31 December of today's year. */
    public static StatisticsPeriod thisYear(LocalDate today) {
        return new StatisticsPeriod(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
    }

    /** The whole previous calendar year. */
    public static StatisticsPeriod lastYear(LocalDate today) {
        LocalDate first = today.withDayOfYear(1).minusYears(1);
        return new StatisticsPeriod(first, first.plusYears(1).minusDays(1));
    }

    /** The twelve whole months before this one plus this month so far: from the 1st of the month a year ago to today. */
    public static StatisticsPeriod last12Months(LocalDate today) {
        return new StatisticsPeriod(today.withDayOfMonth(1).minusMonths(11), today);
    }

    /** Every month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** The first moment of the period in the zone (inclusive), for timestamps such as a case's opening. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone (exclusive). */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The same period, ending no later than the day given (for what cannot have happened yet). */
    public StatisticsPeriod endingBy(LocalDate last) {
        if (!to.isAfter(last)) {
            return this;
        }
        return new StatisticsPeriod(from, last.isBefore(from) ? from : last);
    }
}
