package nl.tafelgenoot.ui.account;

import jakarta.enterprise.context.ApplicationScoped;
import nl.tafelgenoot.domain.accounts.Passwords;
import nl.tafelgenoot.ui.security.ShiroEnvironment;

/** Passwords hashed and checked by the same argon2id password service the login uses. */
@ApplicationScoped
public class ShiroPasswords implements Passwords {

    @Override
    public boolean matches(String plain, String hash) {
        return ShiroEnvironment.PASSWORDS.passwordsMatch(plain, hash);
    }

    @Override
    public String hash(String plain) {
        return ShiroEnvironment.PASSWORDS.encryptPassword(plain);
    }
}
