package nl.tafelgenoot.persistence.privacy;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.mail.OutboxMail;

/**
 * Which rows are about one client, for both the export and the erasure: the client's cases, its
 * intake requests (linked to the client or to one of its cases) and the mails to or naming it. JPQL
 * on the multitenant entities, so only the bound organisation's rows are found.
 */
final class ClientRows {

    private final EntityManager em;

    ClientRows(EntityManager em) {
        this.em = em;
    }

    List<?> byClient(String entity, Client client) {
        return em.createQuery("select x from " + entity + " x where x.client = :client order by x.id")
                .setParameter("client", client).getResultList();
    }

    List<?> in(String entity, String path, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + entity + " x where " + path + " in :ids order by x.id")
                .setParameter("ids", ids).getResultList();
    }

    List<Long> caseIds(Client client) {
        return em.createQuery("select s.id from SupportCase s where s.client = :client order by s.id", Long.class)
                .setParameter("client", client).getResultList();
    }

    /** The client's intake requests: linked to the client or to one of the client's cases. */
    List<Long> requestIds(Client client, List<Long> cases) {
        Set<Long> ids = new LinkedHashSet<>(em.createQuery("select r.id from IntakeRequest r where r.client = :client",
                Long.class).setParameter("client", client).getResultList());
        if (!cases.isEmpty()) {
            ids.addAll(em.createQuery("select r.id from IntakeRequest r join r.supportCase s where s.id in :cases",
                    Long.class).setParameter("cases", cases).getResultList());
        }
        return List.copyOf(ids);
    }

    /** Mails to one of the client's addresses, or naming the client (by the record's or a request's name). */
    List<OutboxMail> mails(Client client, List<Long> requests) {
        Set<String> addresses = new LinkedHashSet<>();
        Set<String> fullNames = new LinkedHashSet<>();
        if (client.getEmail() != null) {
            addresses.add(client.getEmail().toLowerCase(Locale.ROOT));
        }
        fullNames.add(client.getFullName().toLowerCase(Locale.ROOT));
        for (Object row : in("IntakeRequest", "x.id", requests)) {
            IntakeRequest request = (IntakeRequest) row;
            if (request.getEmail() != null) {
                addresses.add(request.getEmail().toLowerCase(Locale.ROOT));
            }
            fullNames.add(Client.fullName(request.getGivenName(), request.getSurnamePrefix(), request.getSurname())
                    .toLowerCase(Locale.ROOT));
        }
        Map<Long, OutboxMail> found = new LinkedHashMap<>();
        if (!addresses.isEmpty()) {
            em.createQuery("select m from OutboxMail m where lower(m.recipientAddress) in :addresses order by m.id",
                    OutboxMail.class).setParameter("addresses", addresses).getResultList()
                    .forEach(m -> found.put(m.getId(), m));
        }
        for (String name : fullNames) {
            if (name.isBlank()) {
                continue;
            }
            String like = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            em.createQuery("select m from OutboxMail m where lower(m.recipientName) = :name"
                            + " or lower(m.subject) like :like or lower(m.body) like :like order by m.id", OutboxMail.class)
                    .setParameter("name", name).setParameter("like", like).getResultList()
                    .forEach(m -> found.put(m.getId(), m));
        }
        return List.copyOf(found.values());
    }
}
