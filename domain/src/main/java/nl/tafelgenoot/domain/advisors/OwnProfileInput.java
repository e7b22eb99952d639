package nl.tafelgenoot.domain.advisors;

import java.util.List;
import java.util.Set;

/**
 * The part of a profile an advisor keeps up themselves: languages, weekly availability and
 * absences. Status, maximum, regions, expertise and VOG are the coordinator's, so they are not here.
 */
public record OwnProfileInput(Set<String> languages, List<WeeklySlot> availability, List<Absence> absences) {

    public static OwnProfileInput of(AdvisorProfile p) {
        return new OwnProfileInput(p.getLanguages(), p.getAvailability(),
                p.getAbsences().stream().map(Absence::of).toList());
    }
}
