package nl.tafelgenoot.domain.platform;

/**
 * A platform operator's request that is not valid: the reason ({@code platform.refused.<key>} on
 * screen) and the field it belongs to (null: the whole form).
 */
public class PlatformRefused extends RuntimeException {

    private final String key;
    private final String field;

    public PlatformRefused(String key, String field) {
        super(key);
        this.key = key;
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String field() {
        return field;
    }
}
