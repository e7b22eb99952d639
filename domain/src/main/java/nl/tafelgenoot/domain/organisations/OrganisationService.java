package nl.tafelgenoot.domain.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * Which organisations a person works for, before one is chosen. Reads global data only and
 * answers for the given account, which callers take from the login, never from input.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountRepository accounts;

    /** The active organisations the account works for, sorted by name. */
    public List<Organisation> workplacesOf(long accountId) {
        return accounts.find(accountId)
                .map(account -> organisations.findAll(account.organisationIds()).stream()
                        .filter(Organisation::isActive)
                        .toList())
                .orElse(List.of());
    }

    /** Every active organisation, for jobs that run per organisation. Global data, no tenant. */
    public List<Organisation> active() {
        return organisations.active();
    }

    /**
     * The organisations whose outbox is sent: the active ones, and those being offboarded (their
     * admins' export links; every other mail of theirs was given up at the start).
     */
    public List<Organisation> sendingMail() {
        return organisations.all().stream().filter(o -> o.isActive()
                || o.getStatus() == OrganisationStatus.OFFBOARDING).toList();
    }

    /** The organisation, if the account works for it and it is active. */
    public Optional<Organisation> workplace(long accountId, TenantId tenant) {
        return workplacesOf(accountId).stream().filter(o -> o.getId() == tenant.value()).findFirst();
    }
}
