package nl.tafelgenoot.domain.statistics;

/**
 * The rule for counts that leave the portal (the statistics' CSV, which is passed on to boards,
 * funders and municipalities): a count of 1 to 4 is written {@code <5}, so that nobody can find a
 * client in a small group ("the one objection from Bunnik"). 0 stays 0: there is no one to find.
 * On the screen the coordinator, who may see every case anyway, reads the exact numbers.
 *
 * <p>The threshold of 5 follows the usual practice of statistical agencies (CBS publishes no
 * cell under 5 either). Medians, averages and other figures computed over fewer than 5 cases are
 * not written as a number at all ({@link #isTooFewFor(long)}), because with 1 to 4 cases they
 * come close to a single client's dates.
 */
public final class SmallCounts {

    /** Counts below this (and above 0) are masked. */
    public static final int THRESHOLD = 5;
    /** How a masked count is written. */
    public static final String MASK = "<" + THRESHOLD;

    private SmallCounts() {
    }

    /** {@code 0} → "0", {@code 1..4} → "<5", anything else as it is. */
    public static String mask(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        return isMasked(count) ? MASK : Long.toString(count);
    }

    /** Whether the count is written as {@code <5}. */
    public static boolean isMasked(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** Whether a figure computed over this many cases (a median) must not be written as a number. */
    public static boolean isTooFewFor(long cases) {
        return cases < THRESHOLD;
    }
}
