package nl.tafelgenoot.domain.advisors;

import java.time.LocalDate;

/** An absence as a screen enters it; the profile checks it and keeps it as an {@link AdvisorAbsence}. */
public record Absence(LocalDate startsOn, LocalDate endsOn, String reason) {

    public static Absence of(AdvisorAbsence stored) {
        return new Absence(stored.getStartsOn(), stored.getEndsOn(), stored.getReason());
    }
}
