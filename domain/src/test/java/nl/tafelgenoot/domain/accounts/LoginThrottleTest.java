package nl.tafelgenoot.domain.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant start = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void locksAfterTheFifthFailureForFifteenMinutes() {
        LoginThrottle throttle = new LoginThrottle("anna@example.org");
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.registerFailure(start.plusSeconds(i))).as("failure " + i).isFalse();
        }
        assertThat(throttle.registerFailure(start.plusSeconds(5))).isTrue();
        assertThat(throttle.isLocked(start.plusSeconds(5).plus(Duration.ofMinutes(15)).minusMillis(1))).isTrue();
        assertThat(throttle.isLocked(start.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        LoginThrottle throttle = new LoginThrottle("anna@example.org");
        for (int i = 0; i < 4; i++) {
            throttle.registerFailure(start);
        }
        throttle.registerSuccess();
        assertThat(throttle.registerFailure(start)).isFalse();
        assertThat(throttle.failures()).isEqualTo(1);
    }

    @Test
    void afterTheLockEndsOneMoreFailureDoesNotLockAgainAtOnce() {
        LoginThrottle throttle = new LoginThrottle("anna@example.org");
        for (int i = 0; i < 5; i++) {
            throttle.registerFailure(start);
        }
        Instant later = start.plus(Duration.ofMinutes(16));
        assertThat(throttle.registerFailure(later)).isFalse();
        assertThat(throttle.failures()).isEqualTo(1);
    }

    @Test
    void emailAddressesAreComparedWithoutCaseAndBlanks() {
        assertThat(Account.normaliseEmail("  Anna.Visser@DeLinde.Example ")).isEqualTo("anna.visser@delinde.example");
    }
}
