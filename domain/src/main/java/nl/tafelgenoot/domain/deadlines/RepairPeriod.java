package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period in which the municipality waited for the client to repair an omission in the objection
 * (Awb 6:6, typically the grounds of a pro-forma objection). Awb 7:10 lid 2 stops the decision
 * clock from the day after the request until the day the omission was repaired or the repair term
 * ran out unused. We count that as {@code ended − requested} days, i.e. including the day of
 * repair: the longer of the two readings of "tot de dag", and the safe side for the client,
 * whose notice of default would be premature if the decision term were computed too short.
 *
 * @param requested the day the municipality asked for the repair
 * @param ended     the day the omission was repaired, or the last day of the repair term when it passed unused
 */
public record RepairPeriod(LocalDate requested, LocalDate ended) {

    public RepairPeriod {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(ended, "ended");
        if (ended.isBefore(requested)) {
            throw new IllegalArgumentException("Repair ended " + ended + " before it was requested " + requested);
        }
    }

    public long suspendedDays() {
        return ChronoUnit.DAYS.between(requested, ended);
    }
}
