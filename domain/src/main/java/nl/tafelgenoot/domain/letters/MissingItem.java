package nl.tafelgenoot.domain.letters;

/**
 * Something a letter may not go out without, in the order a reader meets it in the letter. Screens
 * translate the constant ({@code letters.missing.<NAME>}).
 */
public enum MissingItem {
    /** The letterhead's organisation name: the letter says who helped write it. */
    ORGANISATION_NAME,
    /** Awb 6:5 lid 1 sub a. */
    OBJECTOR_NAME,
    /** Awb 6:5 lid 1 sub a: street and number, postcode and place, all three. */
    OBJECTOR_ADDRESS,
    /** The addressee: without a municipality the letter goes nowhere. */
    MUNICIPALITY,
    /** Awb 6:5 lid 1 sub b: the dagtekening. */
    LETTER_DATE,
    /** Awb 6:5 lid 1 sub c: the decision's date. */
    DECISION_DATE,
    /** Awb 6:5 lid 1 sub c: the municipality's reference of the decision. */
    DECISION_REFERENCE,
    /** Awb 6:5 lid 1 sub d: a full objection needs at least one ground. */
    GROUNDS,
    /** Notice of default: when the application (or objection) was made. */
    APPLICATION_DATE,
    /** Notice of default: the decision term that passed. */
    PASSED_DEADLINE,
    /** Notice of default dated on or before the last day of the term: premature (Awb 4:17 needs the term to have passed). */
    DEADLINE_NOT_YET_PASSED
}
