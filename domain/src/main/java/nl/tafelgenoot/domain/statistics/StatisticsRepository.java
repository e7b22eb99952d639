package nl.tafelgenoot.domain.statistics;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;

/**
 * The statistics' queries on the bound organisation's rows (JPQL on the multitenant entities, so
 * tenant-filtered). Counts are aggregated in the database; for medians only the two dates and the
 * municipality of each case in the period are fetched, and the median is computed in Java.
 */
public interface StatisticsRepository {

    /**
     * New requests per month of the period, every month present (0 when none). A request's month is
     * taken in {@code zone} (Europe/Amsterdam), so a case opened at 00:30 on 1 March counts for March.
     *
     * <p>A new request is one taken into the intake queue (not a case handed back to it), or a
     * case opened without an intake request (an advisor opened it directly): a request that became
     * a case counts once, in the month it came in.
     */
    Map<YearMonth, Long> newRequestsPerMonth(StatisticsPeriod period, ZoneId zone);

    /** Cases opened in the period (in {@code zone}) per municipality of the case; municipalities without any are absent. */
    Map<String, Long> casesPerMunicipality(StatisticsPeriod period, ZoneId zone);

    /** Decisions dated ({@code decided_on}) in the period, per outcome; decisions without an outcome are not counted. */
    Map<DecisionOutcome, Long> decisionOutcomes(StatisticsPeriod period);

    /**
     * Decisions on objections sent ({@code decision_dispatched_on}, the only date the portal keeps of
     * that decision) in the period, per outcome; objections without an outcome are not counted.
     */
    Map<ObjectionOutcome, Long> objectionOutcomes(StatisticsPeriod period);

    /** Per case whose interview was held in the period: municipality, notification date, interview date. */
    List<DateSpan> notificationToInterview(StatisticsPeriod period);

    /** Per decision dated in the period whose case has an application date: municipality, application date, decision date. */
    List<DateSpan> applicationToDecision(StatisticsPeriod period);
}
