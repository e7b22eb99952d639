package nl.tafelgenoot.domain.advisors;

/**
 * One visible reason in a matching score: a factor that gave points, one that gave none, or one
 * that blocks the advisor. Each has a Dutch and an English text in the advisors bundle, so a
 * proposal is never a black box.
 */
public enum MatchReason {
    /** Serves the request's municipality. */
    SERVES_MUNICIPALITY(false),
    /** Serves the 4-digit postcode area of the request. */
    SERVES_POSTCODE_AREA(false),
    /** Serves neither the municipality nor the postcode area. */
    OUTSIDE_REGION(false),
    /** Has one of the needed kinds of expertise (named in the factor). */
    HAS_EXPERTISE(false),
    /** Lacks one of the needed kinds of expertise (named in the factor). */
    LACKS_EXPERTISE(false),
    SPEAKS_LANGUAGE(false),
    LACKS_LANGUAGE(false),
    /** Has room under the maximum; fewer open cases give more points. */
    HAS_ROOM(false),
    /** Not away in the next 7 days and has weekly availability. */
    AVAILABLE_SOON(false),
    ABSENT_SOON(false),
    NO_WEEKLY_AVAILABILITY(false),
    VOG_VALID(false),
    /** Blocks: the status is not active. */
    NOT_ACTIVE(true),
    /** Blocks: no certificate of good conduct recorded. */
    VOG_MISSING(true),
    /** Blocks: the certificate is older than the organisation's limit. */
    VOG_EXPIRED(true),
    /** Blocks: as many open cases as the maximum. */
    CAPACITY_FULL(true);

    private final boolean blocking;

    MatchReason(boolean blocking) {
        this.blocking = blocking;
    }

    public boolean isBlocking() {
        return blocking;
    }
}
