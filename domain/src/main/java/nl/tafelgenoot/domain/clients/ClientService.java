package nl.tafelgenoot.domain.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Registering, finding and changing the clients of the caller's organisation. Checks the
 * caller's permission itself (a view may forget) and validates every change on the server.
 * Every read of one client's record and every change is written to the audit trail.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ClientService {

    @Inject
    ClientRepository clients;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    public List<Client> search(ClientFilter filter, PageRequest page) {
        user.require(Permission.CLIENT_READ);
        return clients.search(filter, page);
    }

    public long count(ClientFilter filter) {
        user.require(Permission.CLIENT_READ);
        return clients.count(filter);
    }

    /** The client with this public id in the caller's organisation, or empty: never another's. */
    public Optional<Client> find(String publicId) {
        user.require(Permission.CLIENT_READ);
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        Optional<Client> client = clients.findByPublicId(publicId);
        client.ifPresent(c -> audit.record(AuditAction.CLIENT_VIEWED, c.getPublicId()));
        return client;
    }

    public Client register(Client client) {
        user.require(Permission.CLIENT_WRITE);
        validate(client);
        client.register(clients.highestNumber() + 1, clock.instant());
        Client added = clients.add(client);
        audit.record(AuditAction.CLIENT_REGISTERED, added.getPublicId());
        return added;
    }

    public Client update(Client client) {
        user.require(Permission.CLIENT_WRITE);
        validate(client);
        boolean ours = clients.findByPublicId(client.getPublicId())
                .filter(stored -> stored.getId().equals(client.getId()))
                .isPresent();
        if (!ours) {
            throw new NotFoundException("client");
        }
        client.touch(clock.instant());
        Client updated = clients.update(client);
        audit.record(AuditAction.CLIENT_CHANGED, updated.getPublicId());
        return updated;
    }

    private void validate(Client client) {
        var violations = validator.validate(client);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }
}
