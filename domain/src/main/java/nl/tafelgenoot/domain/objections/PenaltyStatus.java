package nl.tafelgenoot.domain.objections;

import java.time.LocalDate;
import nl.tafelgenoot.domain.deadlines.ComputedDate;

/**
 * Where a notice of default stands (A7, A8): the first penalty day, the day the maximum is
 * reached, from when the client may appeal against the silence, and the penalty owed up to and
 * including {@code countedUntil} (today, or the day before the decision was sent).
 */
public record PenaltyStatus(ComputedDate firstDay, ComputedDate maximumReached, ComputedDate appealAgainstSilenceFrom,
                            int accruedEuros, LocalDate countedUntil, boolean decided) {
}
