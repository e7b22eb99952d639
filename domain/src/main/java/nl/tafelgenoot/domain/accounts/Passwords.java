package nl.tafelgenoot.domain.accounts;

/**
 * Hashing and checking passwords, done by the security layer's password service (argon2id), so
 * the domain can change a password without knowing the hash format.
 */
public interface Passwords {

    boolean matches(String plain, String hash);

    String hash(String plain);
}
