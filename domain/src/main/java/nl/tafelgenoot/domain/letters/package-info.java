/**
 * The content of the letters an advisor prepares with a client: a pro-forma
 * objection, a full objection with grounds, a notice of default. Plain values, independent of
 * entities, so the wiring can fill them from a case and a printer can only lay them out; {@link
 * nl.tafelgenoot.domain.letters.LetterCheck} says what the law (Awb 6:5, 4:17) still needs before
 * a letter may be printed, so nothing goes out with a placeholder. No user-facing text here:
 * screens translate {@link nl.tafelgenoot.domain.letters.MissingItem}.
 */
package nl.tafelgenoot.domain.letters;
