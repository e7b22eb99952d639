package nl.tafelgenoot.domain.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * What a letter still lacks before it may be printed. Awb 6:5 wants the objector's name and
 * address, the date, a description of the decision (its date and reference) and the grounds, or
 * for a pro-forma objection the statement that they follow, which the letter always prints; the
 * signature line is always printed too. A notice of default needs the date of the request and the
 * decision term that passed, and is only valid once that term has passed (Awb 4:17), so a letter
 * dated on or before its last day is refused. The organisation's name and the municipality are
 * needed to print a letterhead and an addressee at all.
 */
public final class LetterCheck {

    private LetterCheck() {
    }

    /** The missing items in the order the letter shows them; empty when the letter may be printed. */
    public static List<MissingItem> missing(LetterContent letter) {
        List<MissingItem> missing = new ArrayList<>();
        if (letter.letterhead() == null || blank(letter.letterhead().organisationName())) {
            missing.add(MissingItem.ORGANISATION_NAME);
        }
        Objector objector = letter.objector();
        if (objector == null || blank(objector.name())) {
            missing.add(MissingItem.OBJECTOR_NAME);
        }
        if (objector == null || blank(objector.streetAndNumber()) || blank(objector.postcode()) || blank(objector.place())) {
            missing.add(MissingItem.OBJECTOR_ADDRESS);
        }
        if (letter.municipality() == null || blank(letter.municipality().name())) {
            missing.add(MissingItem.MUNICIPALITY);
        }
        if (letter.letterDate() == null) {
            missing.add(MissingItem.LETTER_DATE);
        }
        if (letter.kind().objectsToDecision()) {
            DecisionReference decision = letter.decision();
            if (decision == null || decision.decisionDate() == null) {
                missing.add(MissingItem.DECISION_DATE);
            }
            if (decision == null || blank(decision.reference())) {
                missing.add(MissingItem.DECISION_REFERENCE);
            }
        }
        if (letter.kind() == LetterKind.OBJECTION && letter.filledGrounds().isEmpty()) {
            missing.add(MissingItem.GROUNDS);
        }
        if (letter.kind() == LetterKind.NOTICE_OF_DEFAULT) {
            LateDecision late = letter.lateDecision();
            if (late == null || late.submittedOn() == null) {
                missing.add(MissingItem.APPLICATION_DATE);
            }
            if (late == null || late.deadlinePassed() == null) {
                missing.add(MissingItem.PASSED_DEADLINE);
            } else if (letter.letterDate() != null && !letter.letterDate().isAfter(late.deadlinePassed())) {
                missing.add(MissingItem.DEADLINE_NOT_YET_PASSED);
            }
        }
        return List.copyOf(missing);
    }

    /** @throws IncompleteLetterException naming every missing item, when there is one */
    public static void requireComplete(LetterContent letter) {
        List<MissingItem> missing = missing(letter);
        if (!missing.isEmpty()) {
            throw new IncompleteLetterException(missing);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
