package nl.tafelgenoot.domain.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Recording and withdrawing a client's consent, and the health and care needs that depend on it.
 * Every call first finds the client through {@link ClientService#find}, so a caller reaches only
 * clients they may see (never another organisation's): anything else is "not found". Changes need
 * {@link Permission#CLIENT_WRITE} and are audited in the same transaction.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ConsentService {

    @Inject
    ConsentRepository consents;

    @Inject
    ClientService clients;

    @Inject
    AccountRepository accounts;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** The client's consents, newest first (withdrawn ones included, as history). */
    public List<ClientConsent> consents(String clientPublicId) {
        return consents.forClient(client(clientPublicId).getId());
    }

    public boolean hasConsent(String clientPublicId, ConsentScope scope) {
        return ClientConsent.anyActive(consents(clientPublicId), scope);
    }

    public ClientConsent record(String clientPublicId, LocalDate givenOn, Set<ConsentScope> scope,
                                ConsentMethod method) {
        user.require(Permission.CLIENT_WRITE);
        Client client = client(clientPublicId);
        ClientConsent consent = new ClientConsent(client, givenOn, scope, method, user.accountId(), clock.instant(),
                LocalDate.now(clock));
        consents.add(consent);
        audit.record(AuditAction.CONSENT_RECORDED, client.getPublicId());
        return consent;
    }

    public ClientConsent withdraw(String clientPublicId, String consentPublicId, LocalDate on) {
        user.require(Permission.CLIENT_WRITE);
        Client client = client(clientPublicId);
        ClientConsent consent = consents.forClient(client.getId()).stream()
                .filter(c -> c.getPublicId().equals(consentPublicId))
                .findFirst().orElseThrow(() -> new NotFoundException("consent"));
        consent.withdraw(on, user.accountId(), clock.instant(), LocalDate.now(clock));
        audit.record(AuditAction.CONSENT_WITHDRAWN, client.getPublicId());
        return consent;
    }

    /**
     * Stores the client's health and care needs; refused with {@link ConsentRequired} unless the
     * client's consent for {@link ConsentScope#HEALTH_AND_CARE_NEEDS} is active. After a withdrawal
     * the stored text stays but cannot be changed (see {@link Client#recordCareNeeds}).
     */
    public Client recordCareNeeds(String clientPublicId, long clientVersion, String careNeeds) {
        user.require(Permission.CLIENT_WRITE);
        Client client = client(clientPublicId);
        if (client.getVersion() != clientVersion) {
            throw new OptimisticLockException("client changed since it was read");
        }
        boolean active = ClientConsent.anyActive(consents.forClient(client.getId()), ConsentScope.HEALTH_AND_CARE_NEEDS);
        if (!active) {
            throw new ConsentRequired(ConsentScope.HEALTH_AND_CARE_NEEDS.name());
        }
        client.recordCareNeeds(careNeeds, true);
        Validity.require(validator, client);
        audit.record(AuditAction.CLIENT_CHANGED, client.getPublicId());
        return client;
    }

    /** The name of the staff member who recorded or withdrew a consent, empty if the account is gone. */
    public String staffName(long accountId) {
        return accounts.find(accountId).map(Account::getDisplayName).orElse("");
    }

    private Client client(String clientPublicId) {
        return clients.find(clientPublicId).orElseThrow(() -> new NotFoundException("client"));
    }
}
