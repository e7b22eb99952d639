package nl.tafelgenoot.domain.booking;

import java.util.List;
import java.util.Objects;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.WeeklySlot;

/**
 * What the search needs to know of one advisor: the profile's weekly availability and absences
 * (inclusive dates) and the appointments already made. Copied, so a caller cannot change an agenda
 * between the search and the check under the lock.
 */
public record AdvisorAgenda(long accountId, List<WeeklySlot> availability, List<Absence> absences, List<Busy> busy) {

    public AdvisorAgenda {
        availability = List.copyOf(Objects.requireNonNull(availability, "availability"));
        absences = List.copyOf(Objects.requireNonNull(absences, "absences"));
        busy = List.copyOf(Objects.requireNonNull(busy, "busy"));
    }
}
