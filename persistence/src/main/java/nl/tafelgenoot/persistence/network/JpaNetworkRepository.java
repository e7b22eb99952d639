package nl.tafelgenoot.persistence.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.NetworkRepository;

/** Network members in MariaDB; JPQL on the multitenant entity only, so every query is tenant-filtered. */
@ApplicationScoped
public class JpaNetworkRepository implements NetworkRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaNetworkRepository() {
    }

    /** For tests outside the container. */
    public JpaNetworkRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<NetworkMember> forClient(long clientId) {
        return em.createQuery("select m from NetworkMember m where m.client.id = :client order by m.id",
                        NetworkMember.class)
                .setParameter("client", clientId)
                .getResultList();
    }

    @Override
    public Optional<NetworkMember> findByPublicId(long clientId, String publicId) {
        return em.createQuery("select m from NetworkMember m where m.client.id = :client and m.publicId = :id",
                        NetworkMember.class)
                .setParameter("client", clientId)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public NetworkMember add(NetworkMember member) {
        em.persist(member);
        em.flush();
        return member;
    }

    @Override
    public void remove(NetworkMember member) {
        em.remove(member);
        em.flush();
    }
}
