package nl.tafelgenoot.persistence.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.tafelgenoot.domain.deadlines.DesignatedDaysDecree;
import nl.tafelgenoot.domain.deadlines.DesignatedDaysDecreeRepository;

/** Decrees of designated days: a global table, no tenant needed. */
@ApplicationScoped
public class JpaDesignatedDaysDecreeRepository implements DesignatedDaysDecreeRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaDesignatedDaysDecreeRepository() {
    }

    /** For tests outside the container. */
    public JpaDesignatedDaysDecreeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DesignatedDaysDecree> all() {
        return em.createQuery("select d from DesignatedDaysDecree d order by d.year", DesignatedDaysDecree.class)
                .getResultList();
    }

    @Override
    public DesignatedDaysDecree save(DesignatedDaysDecree decree) {
        DesignatedDaysDecree stored = em.find(DesignatedDaysDecree.class, decree.getYear());
        if (stored != null) {
            em.remove(stored);
            em.flush();
        }
        em.persist(decree);
        em.flush();
        return decree;
    }
}
