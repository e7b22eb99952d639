package nl.tafelgenoot.domain.shared;

/**
 * A record does not exist for the caller: either it does not exist at all or it belongs to
 * another organisation. The two cases are deliberately indistinguishable.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
