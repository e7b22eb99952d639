package nl.tafelgenoot.persistence.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads "latest per case" query rows ({@code select caseId, someInstant, ...}) into a map by
 * case id, keeping the latest non-null timestamp of each row's remaining columns.
 *
 * <p>Why not {@code max(t.someInstant) ... group by}: EclipseLink applies the attribute converter
 * ({@code UtcInstantConverter}) to an aggregate too, but hands it the driver's
 * {@link java.sql.Timestamp} rather than the {@link LocalDateTime} the converter declares, which
 * fails. The repositories therefore select the attribute itself on the row that holds the
 * maximum (a correlated subquery); the plain types are still accepted here as UTC.
 */
public final class Aggregates {

    private Aggregates() {
    }

    /** Case id (first column) to the latest of the remaining columns, skipping nulls. */
    public static Map<Long, Instant> latestByCase(List<Object[]> rows) {
        Map<Long, Instant> latest = new HashMap<>();
        for (Object[] row : rows) {
            Long caseId = ((Number) row[0]).longValue();
            for (int i = 1; i < row.length; i++) {
                Instant at = instant(row[i]);
                if (at != null) {
                    latest.merge(caseId, at, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        return latest;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }
}
