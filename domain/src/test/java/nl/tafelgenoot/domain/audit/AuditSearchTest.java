package nl.tafelgenoot.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditSearchTest {

    private static AuditSearchRefused refusal(LocalDate from, LocalDate to) {
        return catchThrowableOfType(AuditSearchRefused.class, () -> new AuditSearch(null, null, from, to).check());
    }

    @Test
    void aPeriodIsWholeDutchDaysEvenOnTheDayTheClocksGoForward() {
        AuditFilter filter = new AuditSearch(7L, null, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29))
                .filter("ABCDEFGHJKLM");
        assertThat(filter.from()).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(filter.to()).as("a day of 23 hours").isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(filter.accountId()).isEqualTo(7L);
        assertThat(filter.clientRef()).isEqualTo("ABCDEFGHJKLM");
    }

    @Test
    void aPeriodRunningBackwardsIsRefusedAtItsStart() {
        AuditSearchRefused refused = refusal(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1));
        assertThat(refused.key()).isEqualTo("fromAfterTo");
        assertThat(refused.field()).isEqualTo("from");
    }

    @Test
    void bothEndsOfThePeriodAreNeeded() {
        assertThat(refusal(null, LocalDate.of(2026, 5, 1)).field()).isEqualTo("from");
        assertThat(refusal(LocalDate.of(2026, 5, 1), null).field()).isEqualTo("to");
    }

    @Test
    void aYearAndADayIsTheLongestPeriod() {
        assertThat(refusal(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 2))).isNull();
        AuditSearchRefused refused = refusal(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 5, 3));
        assertThat(refused.key()).isEqualTo("tooLong");
        assertThat(refused.field()).isEqualTo("to");
    }
}
