package nl.tafelgenoot.domain.shared;

/** Free text as entities store it: surrounding blanks removed, and nothing typed stored as null. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
