package nl.tafelgenoot.persistence.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.tafelgenoot.domain.consent.ClientConsent;
import nl.tafelgenoot.domain.consent.ConsentRepository;

/** Client consents in MariaDB; JPQL on the multitenant entity only, so every query is tenant-filtered. */
@ApplicationScoped
public class JpaConsentRepository implements ConsentRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaConsentRepository() {
    }

    /** For tests outside the container. */
    public JpaConsentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ClientConsent> forClient(long clientId) {
        return em.createQuery("select c from ClientConsent c where c.client.id = :client"
                        + " order by c.givenOn desc, c.id desc", ClientConsent.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    @Override
    public ClientConsent add(ClientConsent consent) {
        em.persist(consent);
        em.flush();
        return consent;
    }
}
