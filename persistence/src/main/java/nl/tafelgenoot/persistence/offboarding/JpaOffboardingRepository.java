package nl.tafelgenoot.persistence.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.offboarding.Offboarding;
import nl.tafelgenoot.domain.offboarding.OffboardingRepository;

/** Offboarding records: a global table; a link is found by its secret's hash alone (the export page has no login). */
@ApplicationScoped
public class JpaOffboardingRepository implements OffboardingRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaOffboardingRepository() {
    }

    /** For tests outside the container. */
    public JpaOffboardingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Offboarding add(Offboarding offboarding) {
        em.persist(offboarding);
        em.flush();
        return offboarding;
    }

    @Override
    public Optional<Offboarding> find(long id) {
        return Optional.ofNullable(em.find(Offboarding.class, id));
    }

    @Override
    public Optional<Offboarding> latestOf(long organisationId) {
        return em.createQuery("select o from Offboarding o where o.organisationId = :organisation order by o.id desc",
                        Offboarding.class)
                .setParameter("organisation", organisationId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<Offboarding> findByTokenHash(String tokenHash) {
        return em.createQuery("select o from Offboarding o join o.links l where l.tokenHash = :hash", Offboarding.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<Offboarding> dueAt(Instant now) {
        return em.createQuery("select o from Offboarding o where o.purgedAt is null and o.cancelledAt is null"
                        + " and o.purgeAfter <= :now order by o.id", Offboarding.class)
                .setParameter("now", now).getResultList();
    }
}
