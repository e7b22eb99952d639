package nl.tafelgenoot.persistence.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    private static final String WHERE = " where c.erasedAt is null and (:name is null"
            + " or lower(concat(c.givenName, ' ', coalesce(c.surnamePrefix, ''), ' ', c.surname)) like :name"
            + " or lower(concat(c.givenName, ' ', c.surname)) like :name)"
            + " and (:municipality is null or lower(c.municipality) like :municipality)"
            + " and (:advisor is null or c.registeredBy = :advisor or exists (select a from CaseAssignment a"
            + "   where a.supportCase.client = c and a.accountId = :advisor and a.endedAt is null))";

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaClientRepository() {
    }

    /** For tests outside the container. */
    public JpaClientRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Client> findByNumber(int number) {
        return em.createQuery("select c from Client c where c.number = :number", Client.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Map<String, Integer> numbersOf(Collection<String> publicIds) {
        if (publicIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.publicId, c.number from Client c where c.publicId in :ids", Object[].class)
                .setParameter("ids", publicIds).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Integer) row[1]));
    }

    @Override
    public Optional<Client> findByPublicId(String publicId) {
        return em.createQuery("select c from Client c where c.publicId = :id", Client.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Client> search(ClientFilter filter, Long advisorAccountId, PageRequest page) {
        TypedQuery<Client> query = em.createQuery("select c from Client c" + WHERE
                + " order by c.surname, c.givenName, c.number", Client.class);
        return bind(query, filter, advisorAccountId)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    @Override
    public long count(ClientFilter filter, Long advisorAccountId) {
        return bind(em.createQuery("select count(c) from Client c" + WHERE, Long.class), filter, advisorAccountId)
                .getSingleResult();
    }

    @Override
    public boolean isVisibleTo(Client client, long advisorAccountId) {
        return bind(em.createQuery("select count(c) from Client c" + WHERE + " and c = :client", Long.class),
                ClientFilter.ALL, advisorAccountId)
                .setParameter("client", client)
                .getSingleResult() > 0;
    }

    @Override
    public List<Client> possibleDuplicates(String surname, java.time.LocalDate dateOfBirth, String phoneKey) {
        if (phoneKey == null && (dateOfBirth == null || surname == null)) {
            return List.of();
        }
        return em.createQuery("select c from Client c where (:phone is not null and c.phoneKey = :phone)"
                        + " or (:birth is not null and c.dateOfBirth = :birth and c.surname = :surname)"
                        + " order by c.surname, c.givenName, c.number", Client.class)
                .setParameter("phone", phoneKey)
                .setParameter("birth", dateOfBirth)
                .setParameter("surname", surname)
                .setMaxResults(20)
                .getResultList();
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

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ClientFilter filter, Long advisorAccountId) {
        return query.setParameter("name", like(filter.name()))
                .setParameter("municipality", like(filter.municipality()))
                .setParameter("advisor", advisorAccountId);
    }

    private static String like(String text) {
        if (text == null) {
            return null;
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
