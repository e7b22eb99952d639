package nl.tafelgenoot.domain.clients;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import nl.tafelgenoot.domain.shared.SystemActor;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Registering, finding and changing the clients of the caller's organisation. Checks the
 * caller's permission itself (a view may forget) and validates every change on the server.
 * Coordinators see every client; advisors only the clients of their cases and those they registered.
 * Every read of one client's record and every change is written to the audit trail.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ClientService {

    @Inject
    Municipalities municipalities;

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
        return clients.search(filter, scope(), page);
    }

    public long count(ClientFilter filter) {
        return clients.count(filter, scope());
    }

    /** Null when the caller may read every client; else the caller's account id (advisors). */
    private Long scope() {
        user.require(Permission.CLIENT_READ);
        return user.isPermitted(Permission.CLIENT_READ_ALL) ? null : user.accountId();
    }

    private Optional<Client> visible(String publicId) {
        Long scope = scope();
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        return clients.findByPublicId(publicId)
                .filter(c -> !c.isErased())
                .filter(c -> scope == null || clients.isVisibleTo(c, scope));
    }

    /** The client with this public id in the caller's organisation, or empty: never another's. */
    public Optional<Client> find(String publicId) {
        Optional<Client> client = visible(publicId);
        client.ifPresent(c -> audit.record(AuditAction.CLIENT_VIEWED, c.getPublicId()));
        return client;
    }

    /**
     * Clients of the organisation who may be this person (same name and date of birth, or same
     * phone), for a warning before registering. An advisor gets only those they may see.
     */
    public List<PossibleDuplicate> possibleDuplicates(DuplicateCheck check) {
        Long scope = scope();
        return clients.possibleDuplicates(check.surname(), check.dateOfBirth(), check.phoneKey()).stream()
                .filter(c -> scope == null || clients.isVisibleTo(c, scope))
                .map(c -> new PossibleDuplicate(c, check.reasons(c)))
                .filter(d -> !d.reasons().isEmpty())
                .toList();
    }

    public Client register(Client client) {
        user.require(Permission.CLIENT_WRITE);
        client.setMunicipality(municipalities.require(client.getMunicipality()));
        Validity.require(validator, client);
        client.register(clients.highestNumber() + 1, user.accountId(), clock.instant());
        Client added = clients.add(client);
        audit.record(AuditAction.CLIENT_REGISTERED, added.getPublicId());
        return added;
    }

    /**
     * For an online booking, where nobody is logged in: whether the organisation may already know
     * this person (same name and birth date, or same phone), looking at every client.
     */
    public boolean mayBeKnown(DuplicateCheck check) {
        return clients.possibleDuplicates(check.surname(), check.dateOfBirth(), check.phoneKey()).stream()
                .anyMatch(c -> !check.reasons(c).isEmpty());
    }

    /**
     * Registers the person of an online booking as a new client, recorded as done by the system.
     * Only for the booking service, after {@link #mayBeKnown} said no: a possible duplicate waits
     * for a coordinator instead.
     */
    public Client registerFromBooking(Client client) {
        client.setMunicipality(municipalities.require(client.getMunicipality()));
        Validity.require(validator, client);
        client.register(clients.highestNumber() + 1, SystemActor.ACCOUNT_ID, clock.instant());
        Client added = clients.add(client);
        audit.recordBySystem(AuditAction.CLIENT_REGISTERED, added.getPublicId());
        return added;
    }

    public Client update(Client client) {
        user.require(Permission.CLIENT_WRITE);
        client.setMunicipality(municipalities.require(client.getMunicipality()));
        Validity.require(validator, client);
        boolean ours = visible(client.getPublicId())
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

}
