package nl.tafelgenoot.persistence.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionRepository;

/** Objections in MariaDB; JPQL on a multitenant entity only, so tenant-filtered. */
@ApplicationScoped
public class JpaObjectionRepository implements ObjectionRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaObjectionRepository() {
    }

    /** For tests outside the container. */
    public JpaObjectionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Objection> forCase(SupportCase supportCase) {
        return OnePerCase.of(em, Objection.class, supportCase);
    }

    @Override
    public List<Objection> forCases(Collection<SupportCase> cases) {
        return OnePerCase.ofAll(em, Objection.class, cases);
    }

    @Override
    public Objection add(Objection entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
