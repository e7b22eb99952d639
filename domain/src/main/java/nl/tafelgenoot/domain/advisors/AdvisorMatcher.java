package nl.tafelgenoot.domain.advisors;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks advisors for a request with a visible score, so the coordinator sees why someone is
 * proposed. Pure: no database, no clock; the caller passes today and the open-case counts.
 *
 * <p>Weights (points):
 * <ul>
 *   <li>serves the request's municipality: {@value #MUNICIPALITY};</li>
 *   <li>serves the request's 4-digit postcode area: {@value #POSTCODE_AREA} (both can count);</li>
 *   <li>each needed kind of expertise the advisor has: {@value #EXPERTISE_EACH};</li>
 *   <li>speaks the preferred language: {@value #LANGUAGE} (no points either way when none is given);</li>
 *   <li>room under the maximum: {@value #ROOM} × free places ÷ maximum, rounded down — an
 *       advisor with 1 of 4 open cases gets 7, with 0 open cases 10;</li>
 *   <li>available soon (not away on any of the next 7 days, today included, and has weekly
 *       availability): {@value #AVAILABLE};</li>
 *   <li>VOG valid: 0 points, shown as a reason.</li>
 * </ul>
 * Blocked, whatever the points: a status other than active, a VOG that is missing or older than
 * the organisation's limit, and as many open cases as the maximum. Blocked advisors come after all
 * eligible ones, with their reasons. Ties: fewest open cases first, then name (Dutch order).
 */
public final class AdvisorMatcher {

    public static final int MUNICIPALITY = 30;
    public static final int POSTCODE_AREA = 20;
    public static final int EXPERTISE_EACH = 20;
    public static final int LANGUAGE = 15;
    public static final int ROOM = 10;
    public static final int AVAILABLE = 10;
    /** Days looked ahead for absences, today included. */
    public static final int SOON_DAYS = 7;

    private final int vogMaxAgeMonths;

    /** @param vogMaxAgeMonths the organisation's limit on the age of a VOG */
    public AdvisorMatcher(int vogMaxAgeMonths) {
        this.vogMaxAgeMonths = vogMaxAgeMonths;
    }

    /** Every candidate scored: eligible ones best first, then the blocked ones. */
    public List<MatchingScore> rank(MatchRequest request, Collection<MatchCandidate> candidates) {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
        Comparator<MatchingScore> order = Comparator.comparing(MatchingScore::isBlocked)
                .thenComparing(Comparator.comparingInt(MatchingScore::points).reversed())
                .thenComparingInt(MatchingScore::openCases)
                .thenComparing(MatchingScore::name, dutch)
                .thenComparingLong(MatchingScore::accountId);
        return candidates.stream().map(c -> score(request, c)).sorted(order).toList();
    }

    /** The score of one advisor for one request. */
    public MatchingScore score(MatchRequest request, MatchCandidate candidate) {
        AdvisorProfile profile = candidate.profile();
        List<MatchFactor> factors = new ArrayList<>();
        region(request, profile, factors);
        for (Expertise needed : request.expertise().stream().sorted().toList()) {
            boolean has = profile.getExpertise().contains(needed);
            factors.add(new MatchFactor(has ? MatchReason.HAS_EXPERTISE : MatchReason.LACKS_EXPERTISE,
                    has ? EXPERTISE_EACH : 0, needed));
        }
        if (request.language() != null && !request.language().isBlank()) {
            boolean speaks = profile.getLanguages().contains(request.language().strip().toLowerCase(Locale.ROOT));
            factors.add(MatchFactor.of(speaks ? MatchReason.SPEAKS_LANGUAGE : MatchReason.LACKS_LANGUAGE,
                    speaks ? LANGUAGE : 0));
        }
        int free = profile.getMaxOpenCases() - candidate.openCases();
        if (free > 0) {
            factors.add(MatchFactor.of(MatchReason.HAS_ROOM, ROOM * free / profile.getMaxOpenCases()));
        }
        LocalDate today = request.today();
        if (profile.isAbsentBetween(today, today.plusDays(SOON_DAYS - 1L))) {
            factors.add(MatchFactor.of(MatchReason.ABSENT_SOON, 0));
        } else if (profile.getAvailability().isEmpty()) {
            factors.add(MatchFactor.of(MatchReason.NO_WEEKLY_AVAILABILITY, 0));
        } else {
            factors.add(MatchFactor.of(MatchReason.AVAILABLE_SOON, AVAILABLE));
        }
        if (profile.hasValidVog(today, vogMaxAgeMonths)) {
            factors.add(MatchFactor.of(MatchReason.VOG_VALID, 0));
        }
        int points = factors.stream().mapToInt(MatchFactor::points).sum();
        return new MatchingScore(profile.getAccountId(), candidate.name(), points, factors,
                profile.assignmentBlocks(today, vogMaxAgeMonths, candidate.openCases()),
                candidate.openCases(), profile.getMaxOpenCases());
    }

    private static void region(MatchRequest request, AdvisorProfile profile, List<MatchFactor> factors) {
        boolean any = false;
        if (request.municipality() != null && profile.getMunicipalities().stream()
                .anyMatch(m -> m.equalsIgnoreCase(request.municipality().strip()))) {
            factors.add(MatchFactor.of(MatchReason.SERVES_MUNICIPALITY, MUNICIPALITY));
            any = true;
        }
        String area = AdvisorProfile.areaOf(request.postcode());
        if (area != null && profile.getPostcodeAreas().contains(area)) {
            factors.add(MatchFactor.of(MatchReason.SERVES_POSTCODE_AREA, POSTCODE_AREA));
            any = true;
        }
        if (!any) {
            factors.add(MatchFactor.of(MatchReason.OUTSIDE_REGION, 0));
        }
    }
}
