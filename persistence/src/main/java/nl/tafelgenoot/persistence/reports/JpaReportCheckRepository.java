package nl.tafelgenoot.persistence.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckRepository;
import nl.tafelgenoot.persistence.shared.Aggregates;
import nl.tafelgenoot.persistence.shared.Scopes;

/** Report checks and their differences in MariaDB; JPQL on multitenant entities only, so tenant-filtered. */
@ApplicationScoped
public class JpaReportCheckRepository implements ReportCheckRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaReportCheckRepository() {
    }

    /** For tests outside the container. */
    public JpaReportCheckRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ReportCheck> forCase(SupportCase supportCase) {
        return em.createQuery("select distinct r from ReportCheck r left join fetch r.differences"
                        + " where r.supportCase = :case", ReportCheck.class)
                .setParameter("case", supportCase)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ReportCheck add(ReportCheck check) {
        em.persist(check);
        em.flush();
        return check;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Map<Long, Instant> checkedAtByCase(Long advisorAccountId) {
        List<Object[]> rows = em.createQuery("select r.supportCase.id, r.checkedAt from ReportCheck r where "
                        + Scopes.assignedTo("r.supportCase"), Object[].class)
                .setParameter("advisor", advisorAccountId)
                .getResultList();
        return Aggregates.latestByCase(rows);
    }
}
