package nl.tafelgenoot.domain.advisors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdvisorMatcherTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    private static final AdvisorMatcher MATCHER = new AdvisorMatcher(36);
    private static final MatchRequest ZEIST_DEMENTIA = new MatchRequest("Zeist", "3701 AB",
            Set.of(Expertise.DEMENTIA), "tr", TODAY);
    private static final MatchRequest NOTHING = new MatchRequest(null, null, Set.of(), null, TODAY);

    private static long nextId = 1;

    /** An active advisor with a fresh VOG, maximum 4, weekly availability, nothing else. */
    static AdvisorProfile profile() {
        AdvisorProfile p = new AdvisorProfile(nextId++);
        p.update(new ProfileInput(AdvisorStatus.ACTIVE, Set.of(), Set.of(), Set.of(), Set.of("nl"), 4,
                List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of(),
                TODAY.minusMonths(6)));
        return p;
    }

    static AdvisorProfile with(AdvisorProfile p, java.util.function.UnaryOperator<ProfileInput> change) {
        p.update(change.apply(ProfileInput.of(p)));
        return p;
    }

    static ProfileInput copy(ProfileInput i, AdvisorStatus status, Set<String> municipalities, Set<String> areas,
                             Set<Expertise> expertise, Set<String> languages, int max, List<WeeklySlot> slots,
                             List<Absence> absences, LocalDate vog) {
        return new ProfileInput(status == null ? i.status() : status, municipalities == null ? i.municipalities() : municipalities,
                areas == null ? i.postcodeAreas() : areas, expertise == null ? i.expertise() : expertise,
                languages == null ? i.languages() : languages, max == 0 ? i.maxOpenCases() : max,
                slots == null ? i.availability() : slots, absences == null ? i.absences() : absences, vog);
    }

    private static MatchingScore score(MatchRequest request, AdvisorProfile p, int open) {
        return MATCHER.score(request, new MatchCandidate(p, "Anna", open));
    }

    private static List<MatchReason> reasons(MatchingScore s) {
        return s.factors().stream().map(MatchFactor::reason).toList();
    }

    @Test
    void servingTheMunicipalityGivesItsPoints() {
        AdvisorProfile p = with(profile(), i -> copy(i, null, Set.of("Zeist"), null, null, null, 0, null, null, i.vogDate()));
        MatchingScore s = score(ZEIST_DEMENTIA, p, 0);
        assertThat(s.factors()).contains(MatchFactor.of(MatchReason.SERVES_MUNICIPALITY, AdvisorMatcher.MUNICIPALITY));
        assertThat(reasons(score(ZEIST_DEMENTIA, profile(), 0))).contains(MatchReason.OUTSIDE_REGION)
                .doesNotContain(MatchReason.SERVES_MUNICIPALITY);
    }

    @Test
    void servingThePostcodeAreaGivesItsPoints() {
        AdvisorProfile p = with(profile(), i -> copy(i, null, null, Set.of("3701"), null, null, 0, null, null, i.vogDate()));
        assertThat(score(ZEIST_DEMENTIA, p, 0).factors())
                .contains(MatchFactor.of(MatchReason.SERVES_POSTCODE_AREA, AdvisorMatcher.POSTCODE_AREA))
                .noneMatch(f -> f.reason() == MatchReason.OUTSIDE_REGION);
    }

    @Test
    void eachNeededExpertiseCounts() {
        MatchRequest two = new MatchRequest(null, null, Set.of(Expertise.DEMENTIA, Expertise.OBJECTIONS), null, TODAY);
        AdvisorProfile one = with(profile(), i -> copy(i, null, null, null, Set.of(Expertise.DEMENTIA), null, 0, null, null, i.vogDate()));
        AdvisorProfile both = with(profile(), i -> copy(i, null, null, null,
                Set.of(Expertise.DEMENTIA, Expertise.OBJECTIONS, Expertise.FINANCES), null, 0, null, null, i.vogDate()));
        MatchingScore s = score(two, one, 0);
        assertThat(s.factors()).contains(new MatchFactor(MatchReason.HAS_EXPERTISE, AdvisorMatcher.EXPERTISE_EACH, Expertise.DEMENTIA),
                new MatchFactor(MatchReason.LACKS_EXPERTISE, 0, Expertise.OBJECTIONS));
        assertThat(score(two, both, 0).points() - s.points()).isEqualTo(AdvisorMatcher.EXPERTISE_EACH);
    }

    @Test
    void speakingTheLanguageCounts() {
        AdvisorProfile turkish = with(profile(), i -> copy(i, null, null, null, null, Set.of("nl", "TR"), 0, null, null, i.vogDate()));
        assertThat(score(ZEIST_DEMENTIA, turkish, 0).factors()).contains(MatchFactor.of(MatchReason.SPEAKS_LANGUAGE, AdvisorMatcher.LANGUAGE));
        assertThat(reasons(score(ZEIST_DEMENTIA, profile(), 0))).contains(MatchReason.LACKS_LANGUAGE);
        assertThat(reasons(score(NOTHING, profile(), 0))).doesNotContain(MatchReason.LACKS_LANGUAGE, MatchReason.SPEAKS_LANGUAGE);
    }

    @Test
    void roomUnderTheMaximumGivesMorePointsTheEmptierTheList() {
        assertThat(score(NOTHING, profile(), 0).factors()).contains(MatchFactor.of(MatchReason.HAS_ROOM, 10));
        assertThat(score(NOTHING, profile(), 1).factors()).contains(MatchFactor.of(MatchReason.HAS_ROOM, 7));
        assertThat(score(NOTHING, profile(), 3).factors()).contains(MatchFactor.of(MatchReason.HAS_ROOM, 2));
    }

    @Test
    void aFullListBlocks() {
        MatchingScore s = score(NOTHING, profile(), 4);
        assertThat(s.isBlocked()).isTrue();
        assertThat(s.blocks()).containsExactly(MatchReason.CAPACITY_FULL);
        assertThat(reasons(s)).doesNotContain(MatchReason.HAS_ROOM);
    }

    @Test
    void availableSoonNeedsWeeklyAvailabilityAndNoAbsenceInTheNextSevenDays() {
        assertThat(score(NOTHING, profile(), 0).factors()).contains(MatchFactor.of(MatchReason.AVAILABLE_SOON, AdvisorMatcher.AVAILABLE));
        AdvisorProfile away = with(profile(), i -> copy(i, null, null, null, null, null, 0, null,
                List.of(new Absence(TODAY.plusDays(6), TODAY.plusDays(20), "Vakantie")), i.vogDate()));
        assertThat(reasons(score(NOTHING, away, 0))).contains(MatchReason.ABSENT_SOON).doesNotContain(MatchReason.AVAILABLE_SOON);
        AdvisorProfile later = with(profile(), i -> copy(i, null, null, null, null, null, 0, null,
                List.of(new Absence(TODAY.plusDays(7), TODAY.plusDays(20), null)), i.vogDate()));
        assertThat(reasons(score(NOTHING, later, 0))).contains(MatchReason.AVAILABLE_SOON);
        AdvisorProfile noHours = with(profile(), i -> copy(i, null, null, null, null, null, 0, List.of(), null, i.vogDate()));
        assertThat(reasons(score(NOTHING, noHours, 0))).contains(MatchReason.NO_WEEKLY_AVAILABILITY);
        assertThat(score(NOTHING, away, 0).isBlocked()).as("absence lowers the score, it does not block").isFalse();
    }

    @Test
    void aMissingOrTooOldVogBlocksWithItsReason() {
        AdvisorProfile missing = with(profile(), i -> copy(i, null, null, null, null, null, 0, null, null, null));
        assertThat(score(NOTHING, missing, 0).blocks()).containsExactly(MatchReason.VOG_MISSING);
        AdvisorProfile old = with(profile(), i -> copy(i, null, null, null, null, null, 0, null, null, TODAY.minusMonths(36).minusDays(1)));
        assertThat(score(NOTHING, old, 0).blocks()).containsExactly(MatchReason.VOG_EXPIRED);
        AdvisorProfile justValid = with(profile(), i -> copy(i, null, null, null, null, null, 0, null, null, TODAY.minusMonths(36)));
        assertThat(score(NOTHING, justValid, 0).blocks()).isEmpty();
        assertThat(reasons(score(NOTHING, justValid, 0))).contains(MatchReason.VOG_VALID);
        assertThat(new AdvisorMatcher(12).score(NOTHING, new MatchCandidate(justValid, "A", 0)).blocks())
                .containsExactly(MatchReason.VOG_EXPIRED);
    }

    @Test
    void onlyActiveAdvisorsCanBeAssigned() {
        for (AdvisorStatus status : List.of(AdvisorStatus.APPLYING, AdvisorStatus.LEAVING, AdvisorStatus.LEFT)) {
            AdvisorProfile p = with(profile(), i -> copy(i, status, null, null, null, null, 0, null, null, i.vogDate()));
            assertThat(score(NOTHING, p, 0).blocks()).as(status.name()).containsExactly(MatchReason.NOT_ACTIVE);
        }
    }

    @Test
    void blockedAdvisorsComeLastButAreListed() {
        AdvisorProfile best = with(profile(), i -> copy(i, null, Set.of("Zeist"), Set.of("3701"), Set.of(Expertise.DEMENTIA),
                Set.of("tr"), 0, null, null, null));
        AdvisorProfile plain = profile();
        List<MatchingScore> ranked = MATCHER.rank(ZEIST_DEMENTIA,
                List.of(new MatchCandidate(best, "Bea", 0), new MatchCandidate(plain, "Piet", 0)));
        assertThat(ranked).extracting(MatchingScore::name).containsExactly("Piet", "Bea");
        assertThat(ranked.get(1).blocks()).containsExactly(MatchReason.VOG_MISSING);
        assertThat(ranked.get(1).points()).isGreaterThan(ranked.get(0).points());
    }

    @Test
    void theBestMatchComesFirst() {
        AdvisorProfile zeist = with(profile(), i -> copy(i, null, Set.of("Zeist"), null, Set.of(Expertise.DEMENTIA), null, 0, null, null, i.vogDate()));
        AdvisorProfile utrecht = with(profile(), i -> copy(i, null, Set.of("Utrecht"), null, Set.of(Expertise.DEMENTIA), null, 0, null, null, i.vogDate()));
        List<MatchingScore> ranked = MATCHER.rank(ZEIST_DEMENTIA,
                List.of(new MatchCandidate(utrecht, "Aart", 0), new MatchCandidate(zeist, "Zoë", 0)));
        assertThat(ranked).extracting(MatchingScore::name).containsExactly("Zoë", "Aart");
    }

    @Test
    void tiesGoToFewestOpenCasesThenName() {
        // Maximum 10: 1 and 0 open cases both give 9 or 10 points; make the points equal with maximum 50.
        AdvisorProfile a = with(profile(), i -> copy(i, null, null, null, null, null, 50, null, null, i.vogDate()));
        AdvisorProfile b = with(profile(), i -> copy(i, null, null, null, null, null, 50, null, null, i.vogDate()));
        AdvisorProfile c = with(profile(), i -> copy(i, null, null, null, null, null, 50, null, null, i.vogDate()));
        List<MatchingScore> ranked = MATCHER.rank(NOTHING, List.of(new MatchCandidate(a, "Willem", 2),
                new MatchCandidate(b, "Ömer", 1), new MatchCandidate(c, "anna", 1)));
        assertThat(ranked).extracting(MatchingScore::points).containsOnly(ranked.get(0).points());
        assertThat(ranked).extracting(MatchingScore::name).containsExactly("anna", "Ömer", "Willem");
    }
}
