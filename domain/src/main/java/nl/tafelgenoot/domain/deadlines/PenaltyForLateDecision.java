package nl.tafelgenoot.domain.deadlines;

/**
 * The tariff of the penalty a municipality owes for deciding late (A7, Awb 4:17 lid 2): EUR 23 a
 * day for the first 14 days, EUR 35 for the next 14, EUR 45 after that, for at most 42 days, so
 * at most EUR 1,442. The amounts are those of DOMAIN.md (indexed in 2019); should they be indexed
 * again, this is the one place to change. Whole euros, because the law sets whole euros.
 */
public final class PenaltyForLateDecision {

    public static final int MAXIMUM_DAYS = 42;
    public static final int MAXIMUM_EUROS = 1442;

    private static final int TIER_DAYS = 14;
    private static final int FIRST_TIER_EUROS_PER_DAY = 23;
    private static final int SECOND_TIER_EUROS_PER_DAY = 35;
    private static final int THIRD_TIER_EUROS_PER_DAY = 45;

    private PenaltyForLateDecision() {
    }

    /** The penalty for this many days in default; days beyond the 42nd add nothing. */
    public static int eurosForDays(long days) {
        if (days < 0) {
            throw new IllegalArgumentException("Days in default cannot be negative: " + days);
        }
        long counted = Math.min(days, MAXIMUM_DAYS);
        long first = Math.min(counted, TIER_DAYS);
        long second = Math.min(Math.max(counted - TIER_DAYS, 0), TIER_DAYS);
        long third = Math.max(counted - 2 * TIER_DAYS, 0);
        return Math.toIntExact(first * FIRST_TIER_EUROS_PER_DAY
                + second * SECOND_TIER_EUROS_PER_DAY
                + third * THIRD_TIER_EUROS_PER_DAY);
    }
}
