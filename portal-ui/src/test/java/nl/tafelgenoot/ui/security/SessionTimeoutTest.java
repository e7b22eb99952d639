package nl.tafelgenoot.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What an operator's (or a test's) setting of the idle timeout gives. */
class SessionTimeoutTest {

    @Test
    void thirtyMinutesUnlessSet() {
        assertThat(SessionTimeout.of(null, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(SessionTimeout.of(" ", "")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void minutesAsSetAndSecondsWin() {
        assertThat(SessionTimeout.of("20", null)).isEqualTo(Duration.ofMinutes(20));
        assertThat(SessionTimeout.of(" 45 ", null)).isEqualTo(Duration.ofMinutes(45));
        assertThat(SessionTimeout.of("20", "15")).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void nonsenseGivesTheDefaultAndExtremesAreBounded() {
        assertThat(SessionTimeout.of("half uur", null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(SessionTimeout.of(null, "1.5")).isEqualTo(Duration.ofMinutes(30));
        assertThat(SessionTimeout.of("0", null)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SessionTimeout.of(null, "-1")).isEqualTo(Duration.ofSeconds(5));
        assertThat(SessionTimeout.of("100000", null)).isEqualTo(Duration.ofHours(24));
    }
}
