package nl.tafelgenoot.domain.people;

import nl.tafelgenoot.domain.shared.Refused;

/**
 * An admin's change of people that is not allowed or not valid: the reason
 * ({@code people.refused.<key>} on screen) and the field it belongs to (null: the whole form).
 */
public class PeopleRefused extends Refused {

    public PeopleRefused(String key, String field) {
        super(key, field);
    }
}
