package nl.tafelgenoot.domain.deadlines;

import java.time.LocalDate;
import java.util.Objects;

/** One holiday on its date in a given year. */
public record PublicHoliday(LocalDate date, Holiday holiday) {

    public PublicHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
    }
}
