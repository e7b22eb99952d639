package nl.tafelgenoot.domain.people;

/** Where a person stands with the organisation, as the people list shows it. */
public enum PersonState {
    /** Works here and logs in. */
    ACTIVE,
    /** Invited; has not accepted yet. */
    INVITED
}
