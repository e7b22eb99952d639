package nl.tafelgenoot.persistence.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.persistence.shared.Scopes;

/** Support cases in MariaDB; JPQL on multitenant entities only, so every query is tenant-filtered. */
@ApplicationScoped
public class JpaSupportCaseRepository implements SupportCaseRepository {

    private static final String ASSIGNED = " where (:advisor is null or exists (select a from CaseAssignment a"
            + " where a.supportCase = c and a.accountId = :advisor and a.endedAt is null))";

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaSupportCaseRepository() {
    }

    /** For tests outside the container. */
    public JpaSupportCaseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SupportCase> findByPublicId(String publicId) {
        return em.createQuery("select c from SupportCase c where c.publicId = :id", SupportCase.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SupportCase> search(Long advisorAccountId, PageRequest page) {
        TypedQuery<SupportCase> query = em.createQuery("select c from SupportCase c" + ASSIGNED
                + " order by c.referenceYear desc, c.referenceNumber desc", SupportCase.class);
        return query.setParameter("advisor", advisorAccountId)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    @Override
    public long count(Long advisorAccountId) {
        return em.createQuery("select count(c) from SupportCase c" + ASSIGNED, Long.class)
                .setParameter("advisor", advisorAccountId)
                .getSingleResult();
    }

    @Override
    public List<SupportCase> active(Long advisorAccountId) {
        return em.createQuery("select c from SupportCase c join fetch c.client where c.phase <> :closed and "
                        + Scopes.assignedTo("c") + " order by c.referenceYear desc, c.referenceNumber desc", SupportCase.class)
                .setParameter("closed", CasePhase.CLOSED)
                .setParameter("advisor", advisorAccountId)
                .getResultList();
    }

    @Override
    public List<SupportCase> awaitingReport(LocalDate interviewBefore) {
        return em.createQuery("select c from SupportCase c join fetch c.client where c.interviewOn < :before"
                        + " and c.reportReceivedOn is null and c.phase <> :closed", SupportCase.class)
                .setParameter("before", interviewBefore)
                .setParameter("closed", CasePhase.CLOSED)
                .getResultList();
    }

    @Override
    public List<SupportCase> forClient(long clientId) {
        return em.createQuery("select c from SupportCase c where c.client.id = :client"
                        + " order by c.referenceYear desc, c.referenceNumber desc", SupportCase.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    @Override
    public int highestNumber(int year) {
        Integer max = em.createQuery("select max(c.referenceNumber) from SupportCase c where c.referenceYear = :year",
                        Integer.class)
                .setParameter("year", year)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public SupportCase add(SupportCase supportCase) {
        em.persist(supportCase);
        em.flush();
        return supportCase;
    }

    @Override
    public SupportCase update(SupportCase supportCase) {
        SupportCase merged = em.merge(supportCase);
        em.flush();
        return merged;
    }

    @Override
    public List<CaseAssignment> openAssignments(SupportCase supportCase) {
        return em.createQuery("select a from CaseAssignment a where a.supportCase = :case and a.endedAt is null"
                        + " order by a.assignedAt", CaseAssignment.class)
                .setParameter("case", supportCase)
                .getResultList();
    }

    @Override
    public List<CaseAssignment> assignments(SupportCase supportCase) {
        return em.createQuery("select a from CaseAssignment a where a.supportCase = :case order by a.assignedAt, a.id",
                        CaseAssignment.class)
                .setParameter("case", supportCase)
                .getResultList();
    }

    @Override
    public List<CaseAssignment> openAssignmentsOf(long accountId) {
        return em.createQuery("select a from CaseAssignment a join fetch a.supportCase c join fetch c.client"
                        + " where a.accountId = :account and a.endedAt is null and c.phase <> :closed"
                        + " order by c.referenceYear, c.referenceNumber", CaseAssignment.class)
                .setParameter("account", accountId)
                .setParameter("closed", nl.tafelgenoot.domain.cases.CasePhase.CLOSED)
                .getResultList();
    }

    @Override
    public boolean isAssigned(SupportCase supportCase, long accountId) {
        return em.createQuery("select count(a) from CaseAssignment a where a.supportCase = :case"
                        + " and a.accountId = :account and a.endedAt is null", Long.class)
                .setParameter("case", supportCase)
                .setParameter("account", accountId)
                .getSingleResult() > 0;
    }

    @Override
    public CaseAssignment addAssignment(CaseAssignment assignment) {
        em.persist(assignment);
        em.flush();
        return assignment;
    }

    @Override
    public Map<Long, Integer> openCasesPerAdvisor() {
        Map<Long, Integer> counts = new HashMap<>();
        em.createQuery("select a.accountId, count(distinct a.supportCase.id) from CaseAssignment a"
                        + " where a.endedAt is null and a.supportCase.phase <> :closed group by a.accountId", Object[].class)
                .setParameter("closed", CasePhase.CLOSED)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }
}
