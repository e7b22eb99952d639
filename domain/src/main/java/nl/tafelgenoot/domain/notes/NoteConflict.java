package nl.tafelgenoot.domain.notes;

import jakarta.persistence.OptimisticLockException;

/**
 * A change to a note made on top of a text that someone else has changed since. Carries the
 * note's current text and version, so the refused writer can compare and merge by hand.
 */
public class NoteConflict extends OptimisticLockException {

    private final String currentText;
    private final long currentVersion;
    private final long currentWriter;

    public NoteConflict(String currentText, long currentVersion, long currentWriter) {
        super("note changed since it was read");
        this.currentText = currentText;
        this.currentVersion = currentVersion;
        this.currentWriter = currentWriter;
    }

    public String currentText() {
        return currentText;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public long currentWriter() {
        return currentWriter;
    }
}
