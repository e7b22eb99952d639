package nl.tafelgenoot.domain.accounts;

import java.util.Optional;

/** Login identities are global: this repository needs no tenant. */
public interface AccountRepository {

    Optional<Account> find(long id);

    /** By normalised e-mail address. */
    Optional<Account> findByEmail(String email);

    Account add(Account account);

    /** The active accounts holding the role in the organisation, sorted by name. */
    java.util.List<Account> withRole(nl.tafelgenoot.domain.tenancy.TenantId organisation, Role role);

    /** The active accounts holding any role in the organisation. */
    java.util.List<Account> members(nl.tafelgenoot.domain.tenancy.TenantId organisation);

    Optional<LoginThrottle> findThrottle(String identity);

    LoginThrottle addThrottle(LoginThrottle throttle);
}
