package nl.tafelgenoot.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * What the login needs of accounts: look a person up by e-mail and keep the failed-attempt
 * count. Works on global data only, before any organisation is chosen.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    public Optional<Account> findActiveByEmail(String email) {
        return accounts.findByEmail(Account.normaliseEmail(email)).filter(Account::isActive);
    }

    public Optional<Account> find(long id) {
        return accounts.find(id);
    }

    public boolean isLockedOut(String email) {
        return accounts.findThrottle(Account.normaliseEmail(email))
                .map(t -> t.isLocked(clock.instant()))
                .orElse(false);
    }

    /** Returns whether the identity is locked out after this failure. */
    public boolean registerFailedLogin(String email) {
        String identity = Account.normaliseEmail(email);
        LoginThrottle throttle = accounts.findThrottle(identity)
                .orElseGet(() -> accounts.addThrottle(new LoginThrottle(identity)));
        return throttle.registerFailure(clock.instant());
    }

    public void registerSuccessfulLogin(String email) {
        accounts.findThrottle(Account.normaliseEmail(email)).ifPresent(LoginThrottle::registerSuccess);
    }
}
