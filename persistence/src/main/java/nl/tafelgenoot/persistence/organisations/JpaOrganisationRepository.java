package nl.tafelgenoot.persistence.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.organisations.OrganisationStatus;

/** Organisations: a global table, no tenant needed. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaOrganisationRepository() {
    }

    /** For tests outside the container. */
    public JpaOrganisationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findBySlug(String slug) {
        return em.createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select o from Organisation o where o.id in :ids order by o.name", Organisation.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
    }

    @Override
    public List<Organisation> all() {
        return em.createQuery("select o from Organisation o order by o.name", Organisation.class).getResultList();
    }

    @Override
    public List<Organisation> active() {
        return em.createQuery("select o from Organisation o where o.status = :active order by o.id", Organisation.class)
                .setParameter("active", OrganisationStatus.ACTIVE)
                .getResultList();
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        em.flush();
        return organisation;
    }
}
