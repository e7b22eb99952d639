package nl.tafelgenoot.domain.privacy;

/** How many rows an erasure deleted and how many it kept anonymised; no names. */
public record ErasureResult(int deleted, int anonymised) {

    public static final ErasureResult NONE = new ErasureResult(0, 0);

    public ErasureResult plus(ErasureResult other) {
        return new ErasureResult(deleted + other.deleted, anonymised + other.anonymised);
    }
}
