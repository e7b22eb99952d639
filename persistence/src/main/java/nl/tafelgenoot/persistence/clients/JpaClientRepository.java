package nl.tafelgenoot.persistence.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.shared.PageRequest;

/**
 * Clients in MariaDB. Every query is JPQL on a multitenant entity, so EclipseLink adds
 * {@code tenant_id = ?} itself; paging happens in SQL.
 */
@ApplicationScoped
public class JpaClientRepository implements ClientRepository {

    private static final String WHERE = " where (:name is null"
            + " or lower(concat(c.givenName, ' ', coalesce(c.surnamePrefix, ''), ' ', c.surname)) like :name"
            + " or lower(concat(c.givenName, ' ', c.surname)) like :name)"
            + " and (:municipality is null or lower(c.municipality) like :municipality)";

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaClientRepository() {
    }

    /** For tests outside the container. */
    public JpaClientRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Client> findByPublicId(String publicId) {
        return em.createQuery("select c from Client c where c.publicId = :id", Client.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Client> search(ClientFilter filter, PageRequest page) {
        TypedQuery<Client> query = em.createQuery("select c from Client c" + WHERE
                + " order by c.surname, c.givenName, c.number", Client.class);
        return bind(query, filter)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    @Override
    public long count(ClientFilter filter) {
        return bind(em.createQuery("select count(c) from Client c" + WHERE, Long.class), filter)
                .getSingleResult();
    }

    @Override
    public int highestNumber() {
        Integer max = em.createQuery("select max(c.number) from Client c", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public Client add(Client client) {
        em.persist(client);
        em.flush();
        return client;
    }

    @Override
    public Client update(Client client) {
        Client merged = em.merge(client);
        em.flush();
        return merged;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ClientFilter filter) {
        return query.setParameter("name", like(filter.name()))
                .setParameter("municipality", like(filter.municipality()));
    }

    private static String like(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
