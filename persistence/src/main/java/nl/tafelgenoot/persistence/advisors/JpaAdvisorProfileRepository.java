package nl.tafelgenoot.persistence.advisors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileRepository;

/**
 * Advisor profiles in MariaDB. Profile and absences are multitenant entities, so every query and
 * every lazy load is filtered by the organisation.
 */
@ApplicationScoped
public class JpaAdvisorProfileRepository implements AdvisorProfileRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaAdvisorProfileRepository() {
    }

    /** For tests outside the container. */
    public JpaAdvisorProfileRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AdvisorProfile> forFeedToken(String feedToken) {
        return em.createQuery("select p from AdvisorProfile p where p.feedToken = :token", AdvisorProfile.class)
                .setParameter("token", feedToken)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<AdvisorProfile> forAccount(long accountId) {
        Optional<AdvisorProfile> found = em.createQuery(
                        "select p from AdvisorProfile p where p.accountId = :account", AdvisorProfile.class)
                .setParameter("account", accountId)
                .getResultStream()
                .findFirst();
        // Loaded inside the transaction: the screens read the absences after it has ended.
        found.ifPresent(AdvisorProfile::getAbsences);
        return found;
    }

    @Override
    public List<AdvisorProfile> all() {
        List<AdvisorProfile> all = em.createQuery("select distinct p from AdvisorProfile p left join fetch p.absences",
                AdvisorProfile.class).getResultList();
        return all;
    }

    @Override
    public AdvisorProfile add(AdvisorProfile profile) {
        em.persist(profile);
        return profile;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
