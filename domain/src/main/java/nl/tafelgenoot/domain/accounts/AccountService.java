package nl.tafelgenoot.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
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

    /**
     * A logged-in person chooses a new password. The current one must be given (and wrong guesses
     * count towards the same lock-out as the login); the new one must pass {@link PasswordPolicy}
     * and differ from the current one.
     */
    public void changeOwnPassword(long accountId, String current, String chosen, String repeat, Passwords passwords) {
        Account account = accounts.find(accountId).filter(Account::isActive)
                .orElseThrow(() -> new PasswordRefused("current", "current"));
        if (isLockedOut(account.getEmail())) {
            throw new PasswordRefused("lockedOut", "current");
        }
        if (current == null || !passwords.matches(current, account.getPasswordHash())) {
            registerFailedLogin(account.getEmail());
            throw new PasswordRefused("current", "current");
        }
        PasswordPolicy.require(chosen, repeat, List.of(account.getEmail(), account.getDisplayName()));
        if (chosen.equals(current)) {
            throw new PasswordRefused("sameAsCurrent", "chosen");
        }
        account.replacePassword(passwords.hash(chosen));
        registerSuccessfulLogin(account.getEmail());
    }

    public void registerSuccessfulLogin(String email) {
        accounts.findThrottle(Account.normaliseEmail(email)).ifPresent(LoginThrottle::registerSuccess);
    }
}
