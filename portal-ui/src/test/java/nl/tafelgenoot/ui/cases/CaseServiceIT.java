package nl.tafelgenoot.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.AdvisorBlocked;
import nl.tafelgenoot.domain.advisors.MatchReason;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.PhaseChangeRefused;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.interviews.InterviewPlace;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.interviews.InterviewService;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.errors.Failures;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case service inside Payara Micro: advisors reach only the cases assigned to them,
 * coordinators all of their organisation's, nobody another organisation's.
 */
@ExtendWith(ArquillianExtension.class)
class CaseServiceIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";
    private static final String PIETER = "pieter.smit@delinde.example";

    @Inject
    CaseService cases;

    @Inject
    ClientService clients;

    @Inject
    InterviewService interviews;

    private List<SupportCase> casesOf(String email, TenantId tenant) {
        return as(email, tenant, () -> cases.search(new PageRequest(0, 500)));
    }

    private SupportCase pietersCase() {
        return casesOf(PIETER, linde).stream()
                .filter(c -> c.getClient().getFullName().equals("Gerrit Vermeulen")).findFirst().orElseThrow();
    }

    @Test
    void anAdvisorReachesOnlyTheCasesAssignedToThem() {
        List<String> annas = casesOf(ANNA, linde).stream().map(c -> c.getClient().getFullName()).toList();
        assertTrue(annas.containsAll(List.of("Johanna van Dijk", "Cornelis Bakker")), annas.toString());
        assertFalse(annas.contains("Gerrit Vermeulen"));

        String pieters = pietersCase().getPublicId();
        assertTrue(as(ANNA, linde, () -> cases.find(pieters)).isEmpty());
        RuntimeException moved = assertThrows(RuntimeException.class,
                () -> as(ANNA, linde, () -> cases.moveTo(pieters, CasePhase.DECISION)));
        assertTrue(Failures.causedBy(moved, NotFoundException.class), moved.toString());
        assertEquals(CasePhase.REPORT, as(PIETER, linde, () -> cases.find(pieters)).orElseThrow().getPhase());
    }

    @Test
    void aCoordinatorSeesAllCasesOfTheOrganisationAndNoneOfAnother() {
        List<SupportCase> all = casesOf(LINDE_COORDINATOR, linde);
        assertTrue(all.size() >= 4);
        long counted = as(LINDE_COORDINATOR, linde, () -> cases.count());
        assertEquals(all.size(), counted);
        for (SupportCase ofLinde : all) {
            assertTrue(as(SAMEN_COORDINATOR, samen, () -> cases.find(ofLinde.getPublicId())).isEmpty());
        }
    }

    @Test
    void anAdvisorWhoOpensACaseWorksOnItAndACoordinatorCanAddAnother() {
        Client johanna = as(ANNA, linde, () -> clients.search(new ClientFilter("Johanna", null), new PageRequest(0, 5)))
                .get(0);
        SupportCase draft = new SupportCase(johanna, Law.WMO, "Zeist", "Ik wil een scootmobiel.",
                Set.of(LifeDomain.MOBILITY_AND_TRANSPORT), LocalDate.now().minusDays(1));
        SupportCase opened = as(ANNA, linde, () -> cases.open(johanna.getPublicId(), draft));

        assertTrue(opened.getReference().matches("\\d{4}-\\d{4}"));
        assertTrue(as(ANNA, linde, () -> cases.find(opened.getPublicId())).isPresent());
        assertTrue(as(PIETER, linde, () -> cases.find(opened.getPublicId())).isEmpty());

        long pieterId = accounts.findActiveByEmail(PIETER).orElseThrow().getId();
        RuntimeException notAllowed = assertThrows(RuntimeException.class,
                () -> as(ANNA, linde, () -> { cases.assign(opened.getPublicId(), pieterId); return null; }));
        assertTrue(Failures.causedBy(notAllowed, AccessDeniedException.class), notAllowed.toString());

        lindeAdvisorProfile(PIETER, LocalDate.now().minusYears(4));
        RuntimeException blocked = assertThrows(RuntimeException.class,
                () -> as(LINDE_COORDINATOR, linde, () -> { cases.assign(opened.getPublicId(), pieterId); return null; }));
        assertEquals(List.of(MatchReason.VOG_EXPIRED),
                Failures.find(blocked, AdvisorBlocked.class).orElseThrow(() -> blocked).reasons());
        assertTrue(as(PIETER, linde, () -> cases.find(opened.getPublicId())).isEmpty());

        lindeAdvisorProfile(PIETER, LocalDate.now().minusMonths(1));
        as(LINDE_COORDINATOR, linde, () -> { cases.assign(opened.getPublicId(), pieterId); return null; });
        assertTrue(as(PIETER, linde, () -> cases.find(opened.getPublicId())).isPresent());
    }

    @Test
    void onlyAdvisorsOfTheOrganisationCanBeAssigned() {
        String pieters = pietersCase().getPublicId();
        long sanne = accounts.findActiveByEmail("sanne.bos@samenverder.example").orElseThrow().getId();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(LINDE_COORDINATOR, linde, () -> { cases.assign(pieters, sanne); return null; }));
        assertTrue(Failures.causedBy(refused, NotFoundException.class), refused.toString());
        List<String> assignable = as(LINDE_COORDINATOR, linde, () -> cases.advisors()).stream()
                .map(a -> a.getEmail()).toList();
        assertTrue(assignable.containsAll(List.of(ANNA, PIETER, "eva.dekker@example.org")), assignable.toString());
        assertFalse(assignable.contains("sanne.bos@samenverder.example"));
    }

    @Test
    void anInterviewIsPlannedOnlyByWhoMaySeeTheCase() {
        SupportCase annas = casesOf(ANNA, linde).get(0);
        InterviewPlan plan = new InterviewPlan(annas);
        plan.setPlannedOn(LocalDate.now().plusDays(7));
        plan.setPlace(InterviewPlace.BY_PHONE);
        plan.setOfficerName("Mevrouw De Vries");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(PIETER, linde, () -> interviews.plan(annas.getPublicId(), plan)));
        assertTrue(Failures.causedBy(refused, NotFoundException.class), refused.toString());

        InterviewPlan saved = as(ANNA, linde, () -> interviews.plan(annas.getPublicId(), plan));
        assertTrue(saved.remindsOfPersonalConversation());
        assertEquals("Mevrouw De Vries",
                as(LINDE_COORDINATOR, linde, () -> interviews.planOf(annas.getPublicId())).orElseThrow().getOfficerName());
        RuntimeException foreign = assertThrows(RuntimeException.class,
                () -> as(SAMEN_COORDINATOR, samen, () -> interviews.planOf(annas.getPublicId())));
        assertTrue(Failures.causedBy(foreign, NotFoundException.class), foreign.toString());
    }

    @Test
    void aPhaseCannotBeSkipped() {
        SupportCase wilhelmina = casesOf(PIETER, linde).stream()
                .filter(c -> c.getPhase() == CasePhase.NOTIFICATION).findFirst().orElseThrow();
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> as(PIETER, linde, () -> cases.moveTo(wilhelmina.getPublicId(), CasePhase.DECISION)));
        assertTrue(Failures.causedBy(refused, PhaseChangeRefused.class), refused.toString());
    }
}
