package nl.tafelgenoot.domain.letters;

/** The letters the portal prints; screens and the printer translate the constant. */
public enum LetterKind {
    /** Bezwaarschrift without grounds yet: stops the objection term, asks for a repair term (Awb 6:6). */
    PRO_FORMA_OBJECTION,
    /** Bezwaarschrift with its grounds (Awb 6:5). */
    OBJECTION,
    /** Ingebrekestelling after a missed decision term, the start of the penalty (Awb 4:17) and of the appeal against silence (6:12). */
    NOTICE_OF_DEFAULT;

    /** Whether the letter objects to a decision and so must describe it (Awb 6:5 lid 1 sub c). */
    public boolean objectsToDecision() {
        return this != NOTICE_OF_DEFAULT;
    }
}
