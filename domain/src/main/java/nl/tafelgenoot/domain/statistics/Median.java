package nl.tafelgenoot.domain.statistics;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * The median of a number of days: the middle value, or for an even count the mean of the two
 * middle values (so 3, 4, 10, 12 gives 7.0). Empty when there are no values. Used instead of the
 * average because one case that waited a year would otherwise pull a municipality's figure up.
 */
public final class Median {

    private Median() {
    }

    public static OptionalDouble of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return OptionalDouble.empty();
        }
        long[] sorted = values.stream().mapToLong(Number::longValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return OptionalDouble.of(sorted[middle]);
        }
        return OptionalDouble.of((sorted[middle - 1] + sorted[middle]) / 2.0);
    }
}
