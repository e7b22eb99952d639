package nl.tafelgenoot.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The median of days: odd and even counts, unsorted input, one value, none. */
class MedianTest {

    @Test
    void anOddCountTakesTheMiddleValue() {
        assertThat(Median.of(List.of(30, 2, 9)).getAsDouble()).isEqualTo(9.0);
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleValues() {
        assertThat(Median.of(List.of(12, 3, 10, 4)).getAsDouble()).isEqualTo(7.0);
        assertThat(Median.of(List.of(1, 2)).getAsDouble()).isEqualTo(1.5);
    }

    @Test
    void oneOutlierDoesNotPullTheMedian() {
        assertThat(Median.of(List.of(20, 21, 22, 23, 365)).getAsDouble()).isEqualTo(22.0);
    }

    @Test
    void oneValueAndNone() {
        assertThat(Median.of(List.of(5L)).getAsDouble()).isEqualTo(5.0);
        assertThat(Median.of(List.of())).isEmpty();
    }
}
