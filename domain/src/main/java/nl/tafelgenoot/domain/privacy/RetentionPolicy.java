package nl.tafelgenoot.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long an organisation keeps a closed case: {@code retention_months} whole months after the
 * moment it was closed. A case closed on 15 March 2024 with 24 months is erased in the first night
 * after 15 March 2026 (Amsterdam time), never earlier.
 */
public final class RetentionPolicy {

    public static final int DEFAULT_MONTHS = 24;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 240;

    private RetentionPolicy() {
    }

    /** Cases closed before this moment are past the period on {@code today}. */
    public static Instant cutoff(LocalDate today, int months, ZoneId zone) {
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            throw new IllegalArgumentException("retention months out of range: " + months);
        }
        return today.minusMonths(months).atStartOfDay(zone).toInstant();
    }

    /** Whether a case closed at this moment (null: open) is past the period on {@code today}. */
    public static boolean isPast(Instant closedAt, LocalDate today, int months, ZoneId zone) {
        return closedAt != null && closedAt.isBefore(cutoff(today, months, zone));
    }
}
