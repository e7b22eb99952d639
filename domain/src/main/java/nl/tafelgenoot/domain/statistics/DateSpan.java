package nl.tafelgenoot.domain.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Two dates of one case and its municipality, as the statistics fetch them for a median (say the
 * notification and the interview): only these three columns, never the case itself.
 */
public record DateSpan(String municipality, LocalDate start, LocalDate end) {

    /** Calendar days from start to end (0 on the same day). */
    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }
}
