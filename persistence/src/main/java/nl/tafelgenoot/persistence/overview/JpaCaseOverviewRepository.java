package nl.tafelgenoot.persistence.overview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.overview.CaseOverviewFilter;
import nl.tafelgenoot.domain.overview.CaseOverviewRepository;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.shared.PageRequest;

/**
 * The overview in JPQL on the multitenant case entity, so every query is tenant-filtered. Only the
 * filter's parts that are set become conditions, so MariaDB can use the indexes on
 * (tenant_id, [phase | municipality | next_deadline_overdue,] next_deadline_sort, ref_year, ref_number).
 *
 * <p>The order is on {@code next_deadline_sort}, a column the database computes as the next
 * deadline or 9999-12-31 without one (V16_1). Ordering by {@code case when next_deadline_on is
 * null then 1 else 0 end, next_deadline_on, ...} gave the same rows but no index can deliver an
 * expression's order: MariaDB sorted every case of the organisation for each page (0.5 s for the
 * first page of 150,000 cases, see the README's Performance section); now it reads the first
 * page straight from the index. "Deadline within N days" is {@code next_deadline_sort <= :until},
 * the same cases (no deadline sorts after any date the filter allows) on the same index.
 */
@ApplicationScoped
public class JpaCaseOverviewRepository implements CaseOverviewRepository {

    /** Nearest deadline first, cases without one last, then by reference: a stable order for paging. */
    private static final String ORDER = " order by c.nextDeadlineSort, c.referenceYear, c.referenceNumber";

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaCaseOverviewRepository() {
    }

    /** For tests outside the container. */
    public JpaCaseOverviewRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SupportCase> page(CaseOverviewFilter filter, LocalDate today, PageRequest page) {
        TypedQuery<SupportCase> query = em.createQuery("select c from SupportCase c join fetch c.client"
                + where(filter) + ORDER, SupportCase.class);
        bind(query, filter, today);
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    public long count(CaseOverviewFilter filter, LocalDate today) {
        TypedQuery<Long> query = em.createQuery("select count(c) from SupportCase c" + where(filter), Long.class);
        bind(query, filter, today);
        return query.getSingleResult();
    }

    @Override
    public Map<Long, List<Long>> openAssignees(List<Long> caseIds) {
        Map<Long, List<Long>> byCase = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        List<CaseAssignment> open = em.createQuery("select a from CaseAssignment a where a.supportCase.id in :ids"
                        + " and a.endedAt is null order by a.assignedAt, a.id", CaseAssignment.class)
                .setParameter("ids", caseIds)
                .getResultList();
        for (CaseAssignment a : open) {
            byCase.computeIfAbsent(a.getSupportCase().getId(), id -> new ArrayList<>()).add(a.getAccountId());
        }
        return byCase;
    }

    private static String where(CaseOverviewFilter f) {
        List<String> conditions = new ArrayList<>();
        if (f.phase() != null) {
            conditions.add("c.phase = :phase");
        }
        if (f.municipality() != null) {
            conditions.add("c.municipality = :municipality");
        }
        if (f.advisorAccountId() != null) {
            conditions.add("exists (select a from CaseAssignment a where a.supportCase = c"
                    + " and a.accountId = :advisor and a.endedAt is null)");
        }
        if (f.overdueOnly()) {
            conditions.add("c.nextDeadlineOverdue = true");
        }
        if (f.withinDays() != null) {
            conditions.add("c.nextDeadlineSort <= :until");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, CaseOverviewFilter f, LocalDate today) {
        if (f.phase() != null) {
            query.setParameter("phase", f.phase());
        }
        if (f.municipality() != null) {
            query.setParameter("municipality", f.municipality());
        }
        if (f.advisorAccountId() != null) {
            query.setParameter("advisor", f.advisorAccountId());
        }
        if (f.withinDays() != null) {
            query.setParameter("until", today.plusDays(f.withinDays()));
        }
    }
}
