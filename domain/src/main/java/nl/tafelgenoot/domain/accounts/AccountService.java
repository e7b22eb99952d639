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

    /**
     * Starts setting up an authenticator app for the logged-in person: a new secret, not in use
     * until {@link #confirmTwoFactor} gets a right code from it. Refused while two-factor login
     * is on (stop it first, with a code).
     */
    public String beginTwoFactor(long accountId) {
        Account account = own(accountId);
        if (account.usesTwoFactor()) {
            throw new TwoFactorRefused("alreadyOn");
        }
        String secret = TwoFactor.newSecret();
        account.startTwoFactor(secret);
        return secret;
    }

    /** The first right code from the app turns two-factor login on; returns the recovery codes, shown once. */
    public List<String> confirmTwoFactor(long accountId, String code) {
        Account account = own(accountId);
        if (account.usesTwoFactor() || account.getTotpSecret() == null) {
            throw new TwoFactorRefused("notStarted");
        }
        long step = TwoFactor.matchingStep(account.getTotpSecret(), code, clock.instant(), Long.MIN_VALUE)
                .orElseThrow(() -> new TwoFactorRefused("codeWrong"));
        List<String> recovery = TwoFactor.newRecoveryCodes();
        account.enableTwoFactor(step, clock.instant(), recovery.stream().map(TwoFactor::recoveryHash).toList());
        return recovery;
    }

    /** Turns two-factor login off, with a code from the app or a recovery code; admins keep it. */
    public void stopTwoFactor(long accountId, String code) {
        Account account = own(accountId);
        if (!account.usesTwoFactor()) {
            throw new TwoFactorRefused("notOn");
        }
        if (account.mustUseTwoFactor()) {
            throw new TwoFactorRefused("requiredForAdmins");
        }
        if (!checkSecondFactor(account, code)) {
            throw new TwoFactorRefused("codeWrong");
        }
        account.stopTwoFactor();
    }

    /**
     * At login, after the password: whether the code is the app's code for now (and not used
     * before) or an unused recovery code, which is then used up.
     */
    public boolean checkSecondFactor(long accountId, String code) {
        return checkSecondFactor(own(accountId), code);
    }

    /** Whether the (active) account is a platform operator: works outside every organisation. */
    public boolean isPlatformOperator(long accountId) {
        return accounts.find(accountId).filter(Account::isActive).map(Account::isPlatformOperator).orElse(false);
    }

    public Optional<TwoFactorState> twoFactorState(long accountId) {
        return accounts.find(accountId).filter(Account::isActive)
                .map(a -> new TwoFactorState(a.usesTwoFactor(), a.recoveryCodesLeft(), a.mustUseTwoFactor()));
    }

    private boolean checkSecondFactor(Account account, String code) {
        var step = TwoFactor.matchingStep(account.getTotpSecret(), code, clock.instant(), account.lastTotpStep());
        if (step.isPresent()) {
            account.acceptTotpStep(step.getAsLong());
            return true;
        }
        return code != null && !code.isBlank() && account.useRecoveryCode(TwoFactor.recoveryHash(code), clock.instant());
    }

    private Account own(long accountId) {
        return accounts.find(accountId).filter(Account::isActive)
                .orElseThrow(() -> new TwoFactorRefused("noAccount"));
    }

    /**
     * Whether a session of the account logged in at that moment may go on: not when the account
     * was deactivated, nor when an admin reset its access after that login.
     */
    public boolean sessionStillValid(long accountId, java.time.Instant loggedInAt) {
        return accounts.find(accountId).map(a -> a.acceptsSessionFrom(loggedInAt)).orElse(false);
    }

    public void registerSuccessfulLogin(String email) {
        accounts.findThrottle(Account.normaliseEmail(email)).ifPresent(LoginThrottle::registerSuccess);
    }
}
