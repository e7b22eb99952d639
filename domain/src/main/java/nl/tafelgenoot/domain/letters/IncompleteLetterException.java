package nl.tafelgenoot.domain.letters;

import java.util.List;

/**
 * A letter was asked for while something it must contain is missing. Carries the items so a
 * screen can list them in the reader's language; the message names them for the log.
 */
public class IncompleteLetterException extends RuntimeException {

    private final List<MissingItem> missing;

    public IncompleteLetterException(List<MissingItem> missing) {
        this(missing, "Letter incomplete, missing: " + missing);
    }

    /** @param message a sentence naming the missing items, for a screen that shows the message as it is */
    public IncompleteLetterException(List<MissingItem> missing, String message) {
        super(message);
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }
}
