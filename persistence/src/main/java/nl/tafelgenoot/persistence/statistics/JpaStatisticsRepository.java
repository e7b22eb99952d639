package nl.tafelgenoot.persistence.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionOutcome;
import nl.tafelgenoot.domain.statistics.DateSpan;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.domain.statistics.StatisticsRepository;

/**
 * The statistics in JPQL on the multitenant entities, so every query is tenant-filtered; counts
 * are grouped in the database, the medians' rows are three columns each. Indexes for these queries
 * (leading with tenant_id, then the period's date) are in migration V16_1.
 *
 * <p>New requests per month are the requests taken into the intake queue plus the cases opened
 * without one (an advisor who opened a case directly), so a request that became a case counts
 * once. Moments are stored in UTC, while a month runs from midnight
 * in Amsterdam. Grouping by the UTC month would put a case opened at 00:30 on 1 March in February,
 * and MariaDB's time-zone tables (for {@code CONVERT_TZ}) are not loaded everywhere. So one query
 * sums, per month, the cases between that month's first moment and the next's, computed in Java
 * for the zone: one range scan of the index on (tenant_id, opened_at), one row back.
 */
@ApplicationScoped
public class JpaStatisticsRepository implements StatisticsRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaStatisticsRepository() {
    }

    /** For tests outside the container. */
    public JpaStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<YearMonth, Long> newRequestsPerMonth(StatisticsPeriod period, ZoneId zone) {
        List<YearMonth> months = period.months();
        List<Instant> bounds = new ArrayList<>();
        bounds.add(period.start(zone));
        for (YearMonth m : months.subList(1, months.size())) {
            bounds.add(m.atDay(1).atStartOfDay(zone).toInstant());
        }
        bounds.add(period.end(zone));
        long[] requests = perMonth("IntakeRequest x", "x.receivedAt",
                " and x.origin = nl.tafelgenoot.domain.intake.IntakeOrigin.NEW_REQUEST", bounds);
        long[] direct = perMonth("SupportCase x", "x.openedAt",
                " and not exists (select r from IntakeRequest r where r.supportCase = x)", bounds);
        Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
        for (int i = 0; i < months.size(); i++) {
            perMonth.put(months.get(i), requests[i] + direct[i]);
        }
        return perMonth;
    }

    /** Per interval between consecutive bounds, how many rows have their moment in it: one query, one row back. */
    private long[] perMonth(String from, String moment, String condition, List<Instant> bounds) {
        int months = bounds.size() - 1;
        StringBuilder jpql = new StringBuilder("select ");
        for (int i = 0; i < months; i++) {
            jpql.append(i == 0 ? "" : ", ").append("sum(case when ").append(moment).append(" >= :b").append(i)
                    .append(" and ").append(moment).append(" < :b").append(i + 1).append(" then 1 else 0 end)");
        }
        jpql.append(" from ").append(from).append(" where ").append(moment).append(" >= :b0 and ")
                .append(moment).append(" < :b").append(months).append(condition);
        TypedQuery<Object> query = em.createQuery(jpql.toString(), Object.class);
        for (int i = 0; i < bounds.size(); i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        Object result = query.getSingleResult();
        Object[] sums = result instanceof Object[] row ? row : new Object[] {result};
        long[] counts = new long[months];
        for (int i = 0; i < months; i++) {
            counts[i] = sums[i] == null ? 0L : ((Number) sums[i]).longValue();
        }
        return counts;
    }

    @Override
    public Map<String, Long> casesPerMunicipality(StatisticsPeriod period, ZoneId zone) {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery("select c.municipality, count(c) from SupportCase c"
                        + " where c.openedAt >= :from and c.openedAt < :to group by c.municipality", Object[].class)
                .setParameter("from", period.start(zone))
                .setParameter("to", period.end(zone))
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Map<DecisionOutcome, Long> decisionOutcomes(StatisticsPeriod period) {
        Map<DecisionOutcome, Long> counts = new EnumMap<>(DecisionOutcome.class);
        em.createQuery("select d.outcome, count(d) from Decision d where d.decidedOn between :from and :to"
                        + " and d.outcome is not null group by d.outcome", Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList()
                .forEach(row -> counts.put((DecisionOutcome) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public Map<ObjectionOutcome, Long> objectionOutcomes(StatisticsPeriod period) {
        Map<ObjectionOutcome, Long> counts = new EnumMap<>(ObjectionOutcome.class);
        em.createQuery("select o.outcome, count(o) from Objection o where o.decisionDispatchedOn between :from and :to"
                        + " and o.outcome is not null group by o.outcome", Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList()
                .forEach(row -> counts.put((ObjectionOutcome) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    @Override
    public List<DateSpan> notificationToInterview(StatisticsPeriod period) {
        return spans(em.createQuery("select c.municipality, c.notifiedOn, c.interviewOn from SupportCase c"
                + " where c.interviewOn between :from and :to", Object[].class), period);
    }

    @Override
    public List<DateSpan> applicationToDecision(StatisticsPeriod period) {
        return spans(em.createQuery("select c.municipality, c.applicationOn, d.decidedOn from Decision d join d.supportCase c"
                + " where d.decidedOn between :from and :to and c.applicationOn is not null", Object[].class), period);
    }

    private static List<DateSpan> spans(TypedQuery<Object[]> query, StatisticsPeriod period) {
        return query.setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList().stream()
                .map(row -> new DateSpan((String) row[0], (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
    }
}
