package nl.tafelgenoot.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Who looked at or changed a client's data, for the coordinator and the admin. Reading the trail
 * is itself a read of the client, and is recorded like any other.
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

    /** The newest events first, at most {@value #LIMIT}. */
    public List<AuditEntry> forClient(String clientPublicId) {
        user.require(Permission.AUDIT_READ);
        String ref = clients.find(clientPublicId).orElseThrow(() -> new NotFoundException("client")).getPublicId();
        List<AuditEvent> found = events.forClient(ref, LIMIT);
        Map<Long, String> names = found.stream().map(AuditEvent::getAccountId).distinct()
                .filter(id -> !SystemActor.is(id))
                .collect(Collectors.toMap(Function.identity(),
                        id -> accounts.find(id).map(Account::getDisplayName).orElse("#" + id)));
        return found.stream().map(e -> new AuditEntry(e.getOccurredAt(), names.get(e.getAccountId()), e.getAction())).toList();
    }
}
