package nl.tafelgenoot.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.audit.AuditFilter;
import nl.tafelgenoot.domain.audit.AuditRepository;

/** The audit trail in MariaDB; tenant-filtered like every tenant-owned entity. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaAuditRepository() {
    }

    /** For tests outside the container. */
    public JpaAuditRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> forClient(String clientRef, int limit) {
        return em.createQuery("select e from AuditEvent e where e.clientRef = :ref order by e.occurredAt desc, e.id desc",
                        AuditEvent.class)
                .setParameter("ref", clientRef)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        return bind(em.createQuery("select e from AuditEvent e" + WHERE + " order by e.occurredAt desc, e.id desc",
                AuditEvent.class), filter).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        return bind(em.createQuery("select count(e) from AuditEvent e" + WHERE, Long.class), filter).getSingleResult();
    }

    private static final String WHERE = " where e.occurredAt >= :from and e.occurredAt < :to"
            + " and (:account is null or e.accountId = :account) and (:ref is null or e.clientRef = :ref)";

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, AuditFilter filter) {
        return query.setParameter("from", filter.from()).setParameter("to", filter.to())
                .setParameter("account", filter.accountId()).setParameter("ref", filter.clientRef());
    }
}
