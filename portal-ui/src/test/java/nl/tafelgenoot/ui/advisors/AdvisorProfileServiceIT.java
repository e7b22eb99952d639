package nl.tafelgenoot.ui.advisors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorOverview;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.MatchReason;
import nl.tafelgenoot.domain.advisors.MatchingScore;
import nl.tafelgenoot.domain.advisors.OwnProfileInput;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.advisors.ProfileRefused;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Advisor profiles inside Payara Micro: the coordinator keeps them, an advisor keeps only their
 * own languages, availability and absences, another organisation sees none of them, and the
 * proposals rank the right advisor first and list a blocked one with the reason.
 */
@ExtendWith(ArquillianExtension.class)
class AdvisorProfileServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";

    @Inject
    AdvisorProfileService profiles;

    private long id(String email) {
        return accounts.findActiveByEmail(email).orElseThrow().getId();
    }

    private static final List<WeeklySlot> TUESDAY_MORNING = List.of(
            new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    @Test
    void theCoordinatorKeepsAProfileAndTheProposalsRankByIt() {
        long pieter = id(PIETER);
        long anna = id(ANNA);
        LocalDate today = LocalDate.now();
        as(LINDE_COORDINATOR, linde, () -> profiles.update(pieter, new ProfileInput(AdvisorStatus.ACTIVE,
                Set.of("zeist"), Set.of("3701"), Set.of(Expertise.DEMENTIA), Set.of("nl"), 40, TUESDAY_MORNING,
                List.of(), today.minusMonths(6))));
        as(LINDE_COORDINATOR, linde, () -> profiles.update(anna, new ProfileInput(AdvisorStatus.ACTIVE,
                Set.of("Zeist"), Set.of(), Set.of(Expertise.DEMENTIA, Expertise.OBJECTIONS), Set.of("nl"), 40,
                TUESDAY_MORNING, List.of(), today.minusYears(5))));

        AdvisorOverview read = as(LINDE_COORDINATOR, linde, () -> profiles.profileOf(pieter));
        assertEquals(Set.of("Zeist"), read.profile().getMunicipalities(), "stored in the official name");
        assertEquals(40, read.profile().getMaxOpenCases());
        assertTrue(read.vogValid());
        List<AdvisorOverview> all = as(LINDE_COORDINATOR, linde, () -> profiles.advisors());
        assertTrue(all.stream().anyMatch(a -> a.accountId() == anna && !a.vogValid()));

        List<MatchingScore> ranked = as(LINDE_COORDINATOR, linde,
                () -> profiles.proposals("Zeist", "3701 AB", Set.of(Expertise.DEMENTIA), "nl"));
        assertEquals(pieter, ranked.get(0).accountId());
        assertFalse(ranked.get(0).isBlocked());
        MatchingScore annas = ranked.stream().filter(s -> s.accountId() == anna).findFirst().orElseThrow();
        assertEquals(List.of(MatchReason.VOG_EXPIRED), annas.blocks());
        assertTrue(ranked.indexOf(annas) > ranked.indexOf(ranked.get(0)));
        assertEquals(List.of(MatchReason.VOG_EXPIRED), as(LINDE_COORDINATOR, linde, () -> profiles.assignmentBlocks(anna)));

        ProfileRefused unknown = assertThrows(ProfileRefused.class, () -> as(LINDE_COORDINATOR, linde,
                () -> profiles.update(pieter, new ProfileInput(AdvisorStatus.ACTIVE, Set.of("Atlantis"), Set.of(),
                        Set.of(), Set.of("nl"), 40, List.of(), List.of(), today))));
        assertEquals("municipalities", unknown.field());
        assertEquals(40, as(LINDE_COORDINATOR, linde, () -> profiles.profileOf(pieter)).profile().getMaxOpenCases());
    }

    @Test
    void anAdvisorKeepsOnlyTheirOwnLanguagesAvailabilityAndAbsences() {
        long anna = id(ANNA);
        long pieter = id(PIETER);
        LocalDate today = LocalDate.now();
        AdvisorProfile own = as(ANNA, linde, () -> profiles.updateOwn(new OwnProfileInput(Set.of("nl", "tr"),
                TUESDAY_MORNING, List.of(new Absence(today.plusDays(30), today.plusDays(44), "Vakantie")))));
        assertEquals(Set.of("nl", "tr"), own.getLanguages());
        AdvisorOverview mine = as(ANNA, linde, () -> profiles.ownProfile());
        assertEquals(1, mine.profile().getAbsences().size());
        int maximum = mine.profile().getMaxOpenCases();
        LocalDate vog = mine.profile().getVogDate();

        assertThrows(AccessDeniedException.class, () -> as(ANNA, linde, () -> profiles.update(anna,
                new ProfileInput(AdvisorStatus.ACTIVE, Set.of(), Set.of(), Set.of(), Set.of("nl"), 50, List.of(),
                        List.of(), today))));
        assertThrows(NotFoundException.class, () -> as(ANNA, linde, () -> profiles.profileOf(pieter)));
        assertThrows(AccessDeniedException.class, () -> as(ANNA, linde, () -> profiles.advisors()));
        assertThrows(AccessDeniedException.class, () -> as(ANNA, linde,
                () -> profiles.proposals("Zeist", null, Set.of(), null)));
        AdvisorOverview after = as(LINDE_COORDINATOR, linde, () -> profiles.profileOf(anna));
        assertEquals(maximum, after.profile().getMaxOpenCases());
        assertEquals(vog, after.profile().getVogDate());
    }

    @Test
    void anotherOrganisationsCoordinatorNeitherReadsNorChangesDeLindesProfiles() {
        long pieter = id(PIETER);
        AdvisorOverview before = as(LINDE_COORDINATOR, linde, () -> profiles.profileOf(pieter));
        assertThrows(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> profiles.profileOf(pieter)));
        assertThrows(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> profiles.update(pieter,
                new ProfileInput(AdvisorStatus.LEFT, Set.of(), Set.of(), Set.of(), Set.of("nl"), 1, List.of(),
                        List.of(), null))));
        List<AdvisorOverview> theirs = as(SAMEN_COORDINATOR, samen, () -> profiles.advisors());
        assertTrue(theirs.stream().noneMatch(a -> a.accountId() == pieter || a.accountId() == id(ANNA)));
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> profiles.proposals("Zeist", null, Set.of(), null)).stream()
                .noneMatch(s -> s.accountId() == pieter));
        AdvisorOverview after = as(LINDE_COORDINATOR, linde, () -> profiles.profileOf(pieter));
        assertEquals(before.profile().getStatus(), after.profile().getStatus());
        assertEquals(before.profile().getMaxOpenCases(), after.profile().getMaxOpenCases());
    }
}
