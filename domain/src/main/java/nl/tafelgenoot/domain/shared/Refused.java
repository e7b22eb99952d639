package nl.tafelgenoot.domain.shared;

/**
 * A request refused with a reason a person can read: {@link #key()} names the text on screen
 * (each feature's {@code <feature>.refused.<key>}), {@link #field()} the field it belongs next to
 * (null: the whole form). Features subclass it so callers catch exactly their own refusals.
 */
public abstract class Refused extends RuntimeException {

    private final String key;
    private final String field;

    protected Refused(String key, String field) {
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
