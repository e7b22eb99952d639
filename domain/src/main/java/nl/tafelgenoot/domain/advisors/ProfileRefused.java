package nl.tafelgenoot.domain.advisors;

/**
 * Profile input the domain refuses: an unknown municipality, a postcode area that is not four
 * digits, a maximum outside 1..50, an absence that ends before it starts. Names the field and a
 * short reason key, so a screen can put its own message next to the field and keep what was typed.
 */
public class ProfileRefused extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public ProfileRefused(String field, String reason) {
        super("Invalid " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The property, as named in {@link ProfileInput} / {@link OwnProfileInput}. */
    public String field() {
        return field;
    }

    /** A short key: {@code unknownMunicipality}, {@code postcodeArea}, {@code maxOpenCases}, … */
    public String reason() {
        return reason;
    }
}
