package nl.tafelgenoot.domain.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PenaltyForLateDecisionTest {

    /*
     * By hand: 13 x 23 = 299; 14 x 23 = 322; 322 + 13 x 35 = 777; 322 + 14 x 35 = 812;
     * 812 + 13 x 45 = 1397; 812 + 14 x 45 = 1442, the cap; day 43 and later add nothing.
     */
    @ParameterizedTest(name = "{0} days: EUR {1}")
    @CsvSource({
            "0, 0",
            "1, 23",
            "13, 299",
            "14, 322",
            "15, 357",
            "27, 777",
            "28, 812",
            "29, 857",
            "41, 1397",
            "42, 1442",
            "43, 1442",
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
