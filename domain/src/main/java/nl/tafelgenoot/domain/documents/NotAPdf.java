package nl.tafelgenoot.domain.documents;

/** An upload refused because it is not a readable PDF, or too large. */
public class NotAPdf extends IllegalArgumentException {

    private final boolean tooLarge;

    public NotAPdf(boolean tooLarge) {
        super(tooLarge ? "PDF too large" : "Not a readable PDF");
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
