package nl.tafelgenoot.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final Duration HOUR = Duration.ofMinutes(60);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    @Test
    void theDefaultIsAnHourOnTheHalfHourWithHalfAnHourOfTravelFourWeeksAhead() {
        assertThat(BookingRules.DEFAULT).isEqualTo(new BookingRules(HOUR, HALF_HOUR, HALF_HOUR, 28));
    }

    @Test
    void noTravelBufferIsAllowed() {
        assertThat(new BookingRules(HOUR, Duration.ZERO, HOUR, 1).travelBuffer()).isZero();
    }

    @Test
    void refusesRulesThatCannotGiveSlots() {
        assertRefused(() -> new BookingRules(Duration.ZERO, HALF_HOUR, HALF_HOUR, 28), "length", "positive");
        assertRefused(() -> new BookingRules(HOUR, HALF_HOUR, Duration.ZERO, 28), "step", "positive");
        assertRefused(() -> new BookingRules(HOUR, HALF_HOUR, Duration.ofMinutes(-15), 28), "step", "positive");
        assertRefused(() -> new BookingRules(HOUR, Duration.ofMinutes(-5), HALF_HOUR, 28), "travelBuffer", "notNegative");
        assertRefused(() -> new BookingRules(HALF_HOUR, HALF_HOUR, HOUR, 28), "step", "longerThanLength");
        assertRefused(() -> new BookingRules(HOUR, HALF_HOUR, Duration.ofSeconds(90), 28), "step", "wholeMinutes");
        assertRefused(() -> new BookingRules(HOUR, HALF_HOUR, HALF_HOUR, 0), "daysAhead", "range");
        assertRefused(() -> new BookingRules(HOUR, HALF_HOUR, HALF_HOUR, 366), "daysAhead", "range");
    }

    private static void assertRefused(Runnable create, String field, String reason) {
        assertThatThrownBy(create::run).isInstanceOfSatisfying(BookingRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.key()).isEqualTo(reason);
        });
    }
}
