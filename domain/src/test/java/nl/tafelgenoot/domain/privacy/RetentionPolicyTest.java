package nl.tafelgenoot.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which closed cases are past the organisation's retention period; dates worked out by hand. */
class RetentionPolicyTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void twentyFourMonthsAfterClosingOnFifteenMarchTheCaseGoesInTheNightAfterFifteenMarch() {
        LocalDate today = LocalDate.of(2026, 3, 16);
        // 16 March 2024 00:00 in Amsterdam (winter time, UTC+1) is 15 March 2024 23:00 UTC.
        assertThat(RetentionPolicy.cutoff(today, 24, AMSTERDAM)).isEqualTo(Instant.parse("2024-03-15T23:00:00Z"));
        assertThat(RetentionPolicy.isPast(Instant.parse("2024-03-15T10:00:00Z"), today, 24, AMSTERDAM)).isTrue();
        assertThat(RetentionPolicy.isPast(Instant.parse("2024-03-15T22:59:59Z"), today, 24, AMSTERDAM)).isTrue();
        assertThat(RetentionPolicy.isPast(Instant.parse("2024-03-15T23:00:00Z"), today, 24, AMSTERDAM))
                .as("closed at midnight of 16 March: one more day").isFalse();
        assertThat(RetentionPolicy.isPast(Instant.parse("2024-03-15T10:00:00Z"), LocalDate.of(2026, 3, 15), 24, AMSTERDAM))
                .as("on 15 March 2026 itself the period is not over").isFalse();
    }

    @Test
    void summerTimeAndShortMonths() {
        // 31 August 2026 minus 6 months is 28 February 2026 (no 31st); midnight in winter time.
        assertThat(RetentionPolicy.cutoff(LocalDate.of(2026, 8, 31), 6, AMSTERDAM))
                .isEqualTo(Instant.parse("2026-02-27T23:00:00Z"));
        // 1 October 2026 minus 1 month is 1 September 2026: summer time, UTC+2.
        assertThat(RetentionPolicy.cutoff(LocalDate.of(2026, 10, 1), 1, AMSTERDAM))
                .isEqualTo(Instant.parse("2026-08-31T22:00:00Z"));
    }

    @Test
    void anOpenCaseIsNeverPastAndTheMonthsStayInRange() {
        assertThat(RetentionPolicy.isPast(null, LocalDate.of(2030, 1, 1), 1, AMSTERDAM)).isFalse();
        assertThatThrownBy(() -> RetentionPolicy.cutoff(LocalDate.of(2026, 1, 1), 0, AMSTERDAM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetentionPolicy.cutoff(LocalDate.of(2026, 1, 1), 241, AMSTERDAM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
