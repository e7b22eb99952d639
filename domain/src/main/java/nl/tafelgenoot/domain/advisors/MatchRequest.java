package nl.tafelgenoot.domain.advisors;

import java.time.LocalDate;
import java.util.Set;

/**
 * What matching needs to know of a request for help: where the client lives, what expertise and
 * language are needed, and today's date (for absences and the VOG's age).
 *
 * @param municipality official municipality name, or {@code null}
 * @param postcode     Dutch postcode ("3701 AB") or just its 4 digits, or {@code null}
 * @param language     ISO 639-1 code of the client's preferred language, or {@code null}
 */
public record MatchRequest(String municipality, String postcode, Set<Expertise> expertise, String language,
                           LocalDate today) {

    public MatchRequest {
        expertise = expertise == null ? Set.of() : Set.copyOf(expertise);
    }
}
