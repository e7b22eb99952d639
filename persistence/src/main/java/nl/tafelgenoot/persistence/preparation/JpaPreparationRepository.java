package nl.tafelgenoot.persistence.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.PreparationRepository;

/**
 * Preparations in MariaDB. The preparation and each of its parts are multitenant entities, so
 * every query and every lazy load is filtered by the organisation.
 */
@ApplicationScoped
public class JpaPreparationRepository implements PreparationRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaPreparationRepository() {
    }

    /** For tests outside the container. */
    public JpaPreparationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CasePreparation> forCase(SupportCase supportCase) {
        Optional<CasePreparation> found = em.createQuery(
                        "select p from CasePreparation p where p.supportCase = :case", CasePreparation.class)
                .setParameter("case", supportCase)
                .getResultStream()
                .findFirst();
        // Loaded inside the transaction: the screens read the parts after it has ended.
        found.ifPresent(p -> {
            p.getDomains();
            p.getDiary();
            p.getAnswers();
        });
        return found;
    }

    @Override
    public void add(CasePreparation preparation) {
        em.persist(preparation);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
