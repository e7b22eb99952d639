package nl.tafelgenoot.persistence.objections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.DecisionRepository;

/** Decisions in MariaDB; JPQL on a multitenant entity only, so tenant-filtered. */
@ApplicationScoped
public class JpaDecisionRepository implements DecisionRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaDecisionRepository() {
    }

    /** For tests outside the container. */
    public JpaDecisionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Decision> forCase(SupportCase supportCase) {
        return OnePerCase.of(em, Decision.class, supportCase);
    }

    @Override
    public List<Decision> forCases(Collection<SupportCase> cases) {
        return OnePerCase.ofAll(em, Decision.class, cases);
    }

    @Override
    public Decision add(Decision entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
