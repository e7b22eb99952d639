package nl.tafelgenoot.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientRepository;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * A client's privacy requests, handled by a coordinator or admin of the client's organisation: the
 * export of everything stored (art. 15/20) and the erasure (art. 17, see {@link ErasurePolicy}). Anyone
 * else, and anyone asking about another organisation's client, gets "not found": the answer does not
 * even reveal that the client exists. Both are written to the audit trail, the erasure without a name.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PrivacyService {

    @Inject
    ClientRepository clients;

    @Inject
    PrivacyRepository privacy;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Whether the caller may handle privacy requests at all (to show the buttons). */
    public boolean mayManage() {
        return user.isPermitted(Permission.PRIVACY_MANAGE);
    }

    public ClientDossier export(String publicId) {
        Client client = managed(publicId);
        // Recorded first, so the export shows itself in its own audit section.
        audit.record(AuditAction.CLIENT_EXPORTED, client.getPublicId());
        return privacy.dossier(client, clock.instant());
    }

    /**
     * Erases the client for good when {@code typedName} is the client's full name and no legal duty
     * keeps the data; else refuses ({@link ErasureRefused}) and changes nothing.
     */
    public ErasureResult erase(String publicId, String typedName) {
        Client client = managed(publicId);
        ErasurePolicy.check(client.getFullName(), typedName, privacy.hasPendingObjection(client));
        ErasureResult result = privacy.erase(client, clock.instant());
        audit.record(AuditAction.CLIENT_ERASED, client.getPublicId());
        return result;
    }

    private Client managed(String publicId) {
        if (!user.isPermitted(Permission.PRIVACY_MANAGE) || !PublicIds.isWellFormed(publicId)) {
            throw new NotFoundException("client");
        }
        Optional<Client> client = clients.findByPublicId(publicId).filter(c -> !c.isErased());
        return client.orElseThrow(() -> new NotFoundException("client"));
    }
}
