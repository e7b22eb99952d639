package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A length of time counted from an event, as the law writes it ("binnen zes weken na").
 * The term starts the day after the event and ends on the last day: "N weeks after E" ends on
 * the same weekday N weeks later (decision sent Monday 3 March 2025, six-week objection term ends
 * Monday 14 April 2025), "N days after E" ends on E + N. This is the nominal end; whether the
 * Algemene termijnenwet moves it is {@link GeneralTermsAct}'s business.
 */
public record Term(int amount, Unit unit) {

    public enum Unit {
        DAYS, WEEKS
    }

    public Term {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("A term lasts at least one " + unit + ": " + amount);
        }
    }

    public static Term days(int amount) {
        return new Term(amount, Unit.DAYS);
    }

    public static Term weeks(int amount) {
        return new Term(amount, Unit.WEEKS);
    }

    /** The last day of the term that starts the day after the event. */
    public LocalDate endAfter(LocalDate event) {
        return event.plusDays(lengthInDays());
    }

    public long lengthInDays() {
        return unit == Unit.WEEKS ? 7L * amount : amount;
    }
}
