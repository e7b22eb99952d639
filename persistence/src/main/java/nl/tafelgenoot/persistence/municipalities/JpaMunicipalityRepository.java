package nl.tafelgenoot.persistence.municipalities;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.municipalities.MunicipalityRepository;
import nl.tafelgenoot.domain.municipalities.PostcodeRange;

/** Municipalities: a global reference table, no tenant needed. */
@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaMunicipalityRepository() {
    }

    /** For tests outside the container. */
    public JpaMunicipalityRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Municipality> all() {
        return em.createQuery("select m from Municipality m order by m.name", Municipality.class).getResultList();
    }

    @Override
    public List<PostcodeRange> postcodeRanges() {
        return em.createQuery("select r from PostcodeRange r", PostcodeRange.class).getResultList();
    }
}
