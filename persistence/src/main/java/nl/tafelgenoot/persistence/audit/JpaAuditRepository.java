package nl.tafelgenoot.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditEvent;
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
}
