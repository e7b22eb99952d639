package nl.tafelgenoot.domain.privacy;

/**
 * An erasure the portal will not do: the retyped name does not match, or a legal duty keeps the
 * data for now. Carries the translation key of the reason; nothing was changed.
 */
public class ErasureRefused extends RuntimeException {

    private final String key;

    public ErasureRefused(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
