package nl.tafelgenoot.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * Who looked at or changed a client's data, for the coordinator and the admin. Reading a client's
 * trail is itself a read of the client, and is recorded like any other; the admin's search of the
 * whole organisation's trail shows client numbers only, so it reads no client.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AuditService {

    static final int LIMIT = 500;

    @Inject
    AuditRepository events;

    @Inject
    AccountRepository accounts;

    @Inject
    ClientService clients;

    @Inject
    CurrentUser user;

    @Inject
    ClientRepository clientRecords;

    @Inject
    TenantContext tenant;

    /**
     * The organisation's trail for the admin, newest first. A client number that is not the
     * organisation's is refused at its field, never silently ignored (that would show everyone).
     */
    public List<AuditLine> search(AuditSearch search, PageRequest page) {
        AuditFilter filter = filter(search);
        List<AuditEvent> found = events.search(filter, page.offset(), page.limit());
        Map<Long, String> names = namesOf(found);
        Map<String, Integer> numbers = clientRecords.numbersOf(found.stream().map(AuditEvent::getClientRef)
                .filter(Objects::nonNull).distinct().toList());
        return found.stream().map(e -> new AuditLine(e.getOccurredAt(), names.get(e.getAccountId()), e.getAction(),
                e.getClientRef(), e.getClientRef() == null ? null : numbers.get(e.getClientRef()))).toList();
    }

    public long count(AuditSearch search) {
        return events.count(filter(search));
    }

    /** Everyone who works for the organisation now, by name, to filter the trail on. */
    public List<Person> people() {
        user.require(Permission.AUDIT_TRAIL);
        return Stream.of(Role.values()).flatMap(role -> accounts.withRole(tenant.require(), role).stream())
                .map(a -> new Person(a.getId(), a.getDisplayName())).distinct()
                .sorted(Comparator.comparing(Person::name)).toList();
    }

    private AuditFilter filter(AuditSearch search) {
        user.require(Permission.AUDIT_TRAIL);
        search.check();
        String clientRef = search.clientNumber() == null ? null : clientRecords.findByNumber(search.clientNumber())
                .map(Client::getPublicId).orElseThrow(() -> new AuditSearchRefused("clientUnknown", "client"));
        return search.filter(clientRef);
    }

    private Map<Long, String> namesOf(List<AuditEvent> found) {
        return found.stream().map(AuditEvent::getAccountId).distinct()
                .filter(id -> !SystemActor.is(id))
                .collect(Collectors.toMap(Function.identity(),
                        id -> accounts.find(id).map(Account::getDisplayName).orElse("#" + id)));
    }

    /** The newest events first, at most {@value #LIMIT}. */
    public List<AuditEntry> forClient(String clientPublicId) {
        user.require(Permission.AUDIT_READ);
        String ref = clients.find(clientPublicId).orElseThrow(() -> new NotFoundException("client")).getPublicId();
        List<AuditEvent> found = events.forClient(ref, LIMIT);
        Map<Long, String> names = namesOf(found);
        return found.stream().map(e -> new AuditEntry(e.getOccurredAt(), names.get(e.getAccountId()), e.getAction())).toList();
    }
}
