package nl.tafelgenoot.domain.security;

/** The acting user lacks a permission a service requires. Shown to users as "not found". */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String permission) {
        super("Permission required: " + permission);
    }
}
