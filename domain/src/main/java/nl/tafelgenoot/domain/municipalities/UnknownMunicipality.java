package nl.tafelgenoot.domain.municipalities;

/** A name that is not a current Dutch municipality was given where one is required. */
public class UnknownMunicipality extends RuntimeException {

    private final String given;

    public UnknownMunicipality(String given) {
        super("not a current municipality: " + given);
        this.given = given;
    }

    public String given() {
        return given;
    }
}
