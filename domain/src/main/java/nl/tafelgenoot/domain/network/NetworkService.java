package nl.tafelgenoot.domain.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * A client's network: who cares for or may act for the client. Every call first finds the client
 * through {@link ClientService#find} (so only clients the caller may see, never another
 * organisation's); changes need {@link Permission#CLIENT_WRITE}, are validated on the server and
 * audited. A carer's own needs are refused without the carer's own consent.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class NetworkService {

    @Inject
    NetworkRepository members;

    @Inject
    ClientService clients;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    /** The network ordered by who may act for the client (Wmo 2015 art. 1.1.1), then by name. */
    public List<NetworkMember> members(String clientPublicId) {
        Client client = client(clientPublicId);
        return members.forClient(client.getId()).stream().sorted(NetworkMember.BY_WHO_MAY_ACT).toList();
    }

    /**
     * Adds a member (a draft without id) or changes one read before (by its public id, refused with
     * an {@link OptimisticLockException} when someone changed it since).
     */
    public NetworkMember save(String clientPublicId, NetworkMember draft) {
        user.require(Permission.CLIENT_WRITE);
        Client client = client(clientPublicId);
        NetworkMember target;
        if (draft.getId() == null) {
            target = new NetworkMember(client);
        } else {
            target = members.findByPublicId(client.getId(), draft.getPublicId())
                    .orElseThrow(() -> new NotFoundException("network member"));
            if (target.getVersion() != draft.getVersion()) {
                throw new OptimisticLockException("network member changed since it was read");
            }
        }
        target.copyFrom(draft);
        if (!target.ownNeedsAreLawful()) {
            throw new ConsentRequired("carerOwnNeeds");
        }
        Validity.require(validator, target);
        if (target.getId() == null) {
            members.add(target);
        }
        audit.record(AuditAction.NETWORK_CHANGED, client.getPublicId());
        return target;
    }

    /**
     * Takes someone out of the client's network (they moved away, or were entered by mistake);
     * refused with an {@link OptimisticLockException} when someone changed them since they were read.
     */
    public void remove(String clientPublicId, String memberPublicId, long version) {
        user.require(Permission.CLIENT_WRITE);
        Client client = client(clientPublicId);
        NetworkMember member = members.findByPublicId(client.getId(), memberPublicId)
                .orElseThrow(() -> new NotFoundException("network member"));
        if (member.getVersion() != version) {
            throw new OptimisticLockException("network member changed since it was read");
        }
        members.remove(member);
        audit.record(AuditAction.NETWORK_CHANGED, client.getPublicId());
    }

    private Client client(String clientPublicId) {
        return clients.find(clientPublicId).orElseThrow(() -> new NotFoundException("client"));
    }
}
