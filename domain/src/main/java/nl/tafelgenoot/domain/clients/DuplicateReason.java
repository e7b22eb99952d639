package nl.tafelgenoot.domain.clients;

/** Why an existing client may be the person being registered. */
public enum DuplicateReason {
    /** Same given name and surname (case, accents and spacing aside) and the same date of birth. */
    SAME_NAME_AND_BIRTH_DATE,
    /** The same phone number, however it was typed. */
    SAME_PHONE
}
