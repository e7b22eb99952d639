package nl.tafelgenoot.domain.clients;

import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.shared.PageRequest;

/**
 * The clients of the current tenant. Implementations work only inside a tenant-bound
 * transaction; every method sees the current organisation's rows and nothing else.
 */
public interface ClientRepository {

    Optional<Client> findByPublicId(String publicId);

    /** By the number staff know the client by in this organisation. */
    Optional<Client> findByNumber(int number);

    /** The numbers of these clients (by public id); clients that are gone are left out. */
    java.util.Map<String, Integer> numbersOf(java.util.Collection<String> publicIds);

    /**
     * Clients matching the filter, sorted by surname, given name and number. With an advisor id
     * only the clients that advisor may see (an open assignment on one of the client's cases, or
     * registered by them); with {@code null} all of the organisation's clients.
     */
    List<Client> search(ClientFilter filter, Long advisorAccountId, PageRequest page);

    long count(ClientFilter filter, Long advisorAccountId);

    /** Whether the advisor may see the client (see {@link #search}). */
    boolean isVisibleTo(Client client, long advisorAccountId);

    /**
     * Clients who may be the same person: the same phone key, or the same date of birth and
     * surname (the database compares without case and accents). A superset; {@link DuplicateCheck} decides.
     */
    List<Client> possibleDuplicates(String surname, java.time.LocalDate dateOfBirth, String phoneKey);

    /** The highest client number in use, 0 when there is none. */
    int highestNumber();

    Client add(Client client);

    /** Stores changes to a client read in an earlier transaction; fails if someone else changed it since. */
    Client update(Client client);
}
