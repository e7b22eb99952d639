package nl.tafelgenoot.domain.booking;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.tafelgenoot.domain.deadlines.ComputedDate;

/**
 * The objection deadline a member's decision date gives (six weeks, Awb 6:7, with the Algemene
 * termijnenwet), and whether help is urgent: {@value #URGENT_DAYS} days or fewer left, or passed.
 */
public record ObjectionCheck(ComputedDate deadline, long daysLeft) {

    public static final int URGENT_DAYS = 14;

    public static ObjectionCheck of(ComputedDate deadline, LocalDate today) {
        return new ObjectionCheck(deadline, ChronoUnit.DAYS.between(today, deadline.date()));
    }

    public boolean urgent() {
        return daysLeft <= URGENT_DAYS;
    }

    public boolean passed() {
        return daysLeft < 0;
    }
}
