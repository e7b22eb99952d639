package nl.tafelgenoot.domain.people;

/**
 * An admin's change of people that is not allowed or not valid: the reason
 * ({@code people.refused.<key>} on screen) and the field it belongs to (null: the whole form).
 */
public class PeopleRefused extends RuntimeException {

    private final String key;
    private final String field;

    public PeopleRefused(String key, String field) {
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
