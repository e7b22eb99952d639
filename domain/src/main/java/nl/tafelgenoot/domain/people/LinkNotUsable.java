package nl.tafelgenoot.domain.people;

/**
 * An invitation or reset link that does not work: unknown, expired, used, withdrawn or of another
 * organisation. Deliberately one exception without detail: the page says the same for all.
 */
public class LinkNotUsable extends RuntimeException {

    public LinkNotUsable() {
        super("link not usable");
    }
}
