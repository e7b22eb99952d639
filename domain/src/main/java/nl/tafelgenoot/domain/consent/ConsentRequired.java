package nl.tafelgenoot.domain.consent;

/**
 * Refusal to store data that needs a basis that is not there: the client's consent for the scope,
 * or (for an informal carer's own needs) the carer's own consent.
 */
public class ConsentRequired extends RuntimeException {

    private final String what;

    public ConsentRequired(String what) {
        super("consent required for " + what);
        this.what = what;
    }

    /** What could not be stored, e.g. {@code HEALTH_AND_CARE_NEEDS} or {@code carerOwnNeeds}. */
    public String what() {
        return what;
    }
}
