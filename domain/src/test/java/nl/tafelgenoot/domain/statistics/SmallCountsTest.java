package nl.tafelgenoot.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts of 1 to 4 leave the portal as "<5"; 0 stays 0, 5 and more as they are. */
class SmallCountsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void oneToFourIsMasked(long count) {
        assertThat(SmallCounts.mask(count)).isEqualTo("<5");
        assertThat(SmallCounts.isMasked(count)).isTrue();
    }

    @Test
    void zeroStaysZero() {
        assertThat(SmallCounts.mask(0)).isEqualTo("0");
        assertThat(SmallCounts.isMasked(0)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 17, 150_000})
    void fiveAndMoreAreWrittenAsTheyAre(long count) {
        assertThat(SmallCounts.mask(count)).isEqualTo(Long.toString(count));
    }

    @Test
    void aMedianNeedsFiveCases() {
        assertThat(SmallCounts.isTooFewFor(0)).isTrue();
        assertThat(SmallCounts.isTooFewFor(4)).isTrue();
        assertThat(SmallCounts.isTooFewFor(5)).isFalse();
    }

    @Test
    void aNegativeCountIsAMistake() {
        assertThatThrownBy(() -> SmallCounts.mask(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
