package nl.tafelgenoot.persistence.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.tafelgenoot.domain.organisations.LetterheadRepository;
import nl.tafelgenoot.domain.organisations.OrganisationLetterhead;

/** Letterheads by organisation id: the services pass only the current organisation's. */
@ApplicationScoped
public class JpaLetterheadRepository implements LetterheadRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaLetterheadRepository() {
    }

    /** For tests outside the container. */
    public JpaLetterheadRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<OrganisationLetterhead> find(long organisationId) {
        return Optional.ofNullable(em.find(OrganisationLetterhead.class, organisationId));
    }

    @Override
    public OrganisationLetterhead add(OrganisationLetterhead letterhead) {
        em.persist(letterhead);
        return letterhead;
    }
}
