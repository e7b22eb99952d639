package nl.tafelgenoot.domain.advisors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a coordinator sets on an advisor's profile. Municipalities may be typed in their
 * everyday form ("Den Haag"); the service stores the official name.
 */
public record ProfileInput(AdvisorStatus status, Set<String> municipalities, Set<String> postcodeAreas,
                           Set<Expertise> expertise, Set<String> languages, int maxOpenCases,
                           List<WeeklySlot> availability, List<Absence> absences, LocalDate vogDate) {

    public static ProfileInput of(AdvisorProfile p) {
        return new ProfileInput(p.getStatus(), p.getMunicipalities(), p.getPostcodeAreas(), p.getExpertise(),
                p.getLanguages(), p.getMaxOpenCases(), p.getAvailability(),
                p.getAbsences().stream().map(Absence::of).toList(), p.getVogDate());
    }
}
