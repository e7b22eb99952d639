package nl.tafelgenoot.domain.shared;

/** A window on a sorted list, as lazy grids ask for it: skip {@code offset}, take {@code limit}. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }
}
