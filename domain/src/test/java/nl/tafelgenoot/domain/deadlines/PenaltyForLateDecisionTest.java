package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyForLateDecisionTest {

    @ParameterizedTest(name = "{0} days: EUR {1}")
    @CsvSource({
            "0, 0",
            "1, 23",
            "14, 322",
            "15, 357",
            "28, 812",
            "29, 857",
            "42, 1442",
            "50, 1442",
            "365, 1442"})
    void twentyThreeThenThirtyFiveThenFortyFiveEurosADayForAtMostFortyTwoDays(long days, int euros) {
        assertThat(PenaltyForLateDecision.eurosForDays(days)).isEqualTo(euros);
    }

    @Test
    void theMaximumIsTheSumOfTheThreeTiers() {
        assertThat(PenaltyForLateDecision.eurosForDays(PenaltyForLateDecision.MAXIMUM_DAYS))
                .isEqualTo(PenaltyForLateDecision.MAXIMUM_EUROS)
                .isEqualTo(14 * 23 + 14 * 35 + 14 * 45);
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> PenaltyForLateDecision.eurosForDays(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
