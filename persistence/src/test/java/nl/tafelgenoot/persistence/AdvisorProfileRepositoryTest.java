package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.advisors.JpaAdvisorProfileRepository;
import nl.tafelgenoot.persistence.cases.JpaSupportCaseRepository;
import nl.tafelgenoot.persistence.clients.JpaClientRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Profiles keep their sets, availability and absences; the open-case count per advisor counts
 * only open assignments on cases that are not closed, and only the bound organisation's.
 */
class AdvisorProfileRepositoryTest extends DatabaseTest {

    /** The same advisor account works for both organisations. */
    private static final long EVA = 201;
    private static final long PIETER = 202;
    private TenantId a;
    private TenantId b;

    @BeforeAll
    void casesOfBothOrganisations() {
        a = newOrganisation("advisors-a");
        b = newOrganisation("advisors-b");
        asTenant(a, em -> {
            var cases = new JpaSupportCaseRepository(em);
            var clients = new JpaClientRepository(em);
            assign(cases, open(cases, clients), EVA, false);
            assign(cases, open(cases, clients), EVA, false);
            assign(cases, open(cases, clients), EVA, true);
            SupportCase closed = open(cases, clients);
            closed.moveTo(CasePhase.CLOSED);
            assign(cases, closed, EVA, false);
            assign(cases, open(cases, clients), PIETER, false);
            return null;
        });
        asTenant(b, em -> {
            var cases = new JpaSupportCaseRepository(em);
            var clients = new JpaClientRepository(em);
            for (int i = 0; i < 4; i++) {
                assign(cases, open(cases, clients), EVA, false);
            }
            return null;
        });
    }

    private static SupportCase open(JpaSupportCaseRepository cases, JpaClientRepository clients) {
        Client client = new Client("Jan", null, "Test");
        client.register(clients.highestNumber() + 1, null, Instant.now());
        clients.add(client);
        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp", Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 1, 5));
        c.open(2026, cases.highestNumber(2026) + 1, Instant.now());
        return cases.add(c);
    }

    private static void assign(JpaSupportCaseRepository cases, SupportCase c, long advisor, boolean ended) {
        CaseAssignment assignment = cases.addAssignment(new CaseAssignment(c, advisor, 1, Instant.now()));
        if (ended) {
            assignment.end(Instant.now());
        }
    }

    @Test
    void openCasesPerAdvisorCountsOnlyTheBoundOrganisationsOpenCases() {
        Map<Long, Integer> inA = asTenant(a, em -> new JpaSupportCaseRepository(em).openCasesPerAdvisor());
        Map<Long, Integer> inB = asTenant(b, em -> new JpaSupportCaseRepository(em).openCasesPerAdvisor());
        assertThat(inA).containsExactlyInAnyOrderEntriesOf(Map.of(EVA, 2, PIETER, 1));
        assertThat(inB).containsExactlyInAnyOrderEntriesOf(Map.of(EVA, 4));
    }

    @Test
    void aProfileKeepsItsSetsAvailabilityAndAbsences() {
        asTenant(a, em -> {
            AdvisorProfile p = new AdvisorProfile(PIETER);
            p.update(new ProfileInput(AdvisorStatus.ACTIVE, Set.of("Zeist", "'s-Gravenhage"), Set.of("3701", "3703"),
                    Set.of(Expertise.DEMENTIA, Expertise.OBJECTIONS), Set.of("nl", "tr"), 8,
                    List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                    List.of(new Absence(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14), "Vakantie")),
                    LocalDate.of(2025, 2, 1)));
            return new JpaAdvisorProfileRepository(em).add(p);
        });
        AdvisorProfile read = asTenant(a, em -> new JpaAdvisorProfileRepository(em).forAccount(PIETER).orElseThrow());
        assertThat(read.getMunicipalities()).containsExactly("'s-Gravenhage", "Zeist");
        assertThat(read.getPostcodeAreas()).containsExactly("3701", "3703");
        assertThat(read.getExpertise()).containsExactly(Expertise.OBJECTIONS, Expertise.DEMENTIA);
        assertThat(read.getLanguages()).containsExactly("nl", "tr");
        assertThat(read.getAvailability()).hasSize(1);
        assertThat(read.getAbsences()).extracting(x -> x.getReason()).containsExactly("Vakantie");
        Optional<AdvisorProfile> seenByB = asTenant(b, em -> new JpaAdvisorProfileRepository(em).forAccount(PIETER));
        List<AdvisorProfile> listedByB = asTenant(b, em -> new JpaAdvisorProfileRepository(em).all());
        assertThat(seenByB).isEmpty();
        assertThat(listedByB).isEmpty();
    }
}
