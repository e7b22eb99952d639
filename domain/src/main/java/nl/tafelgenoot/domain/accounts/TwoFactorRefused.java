package nl.tafelgenoot.domain.accounts;

/** A step of setting up or stopping two-factor login that cannot be done ({@code twoFactor.refused.<key>}). */
public class TwoFactorRefused extends RuntimeException {

    private final String key;

    public TwoFactorRefused(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
