package nl.tafelgenoot.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.ObjectionService;
import nl.tafelgenoot.domain.overview.CaseOverviewFilter;
import nl.tafelgenoot.domain.overview.CaseOverviewRow;
import nl.tafelgenoot.domain.overview.CaseOverviewService;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.statistics.Statistics;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.domain.statistics.StatisticsService;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside Payara Micro: the overview is the coordinators' alone; Samen Verder's coordinator never
 * sees a case of De Linde; a new case carries its next deadline from the moment it is opened, it
 * follows the recorded dates at once, and once a decision is recorded the overview shows the
 * objection term (A1) as its next deadline. The statistics (a related coordinators' screen, tested
 * here to spare a Payara start): an advisor is refused them, and each coordinator counts exactly
 * their own organisation's cases and advisors.
 */
@ExtendWith(ArquillianExtension.class)
class CaseOverviewIT extends InContainerTest {

    private static final String ANNA = "anna.visser@delinde.example";

    @Inject
    CaseOverviewService overview;

    @Inject
    CaseService cases;

    @Inject
    ClientService clients;

    @Inject
    ObjectionService objections;

    @Inject
    StatisticsService statistics;

    @Inject
    IntakeService intake;

    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")); // the portal counts dates in Amsterdam

    private List<CaseOverviewRow> everything(String coordinator, TenantId tenant) {
        List<CaseOverviewRow> all = new ArrayList<>();
        for (int offset = 0; ; offset += PageRequest.MAX_LIMIT) {
            int from = offset;
            List<CaseOverviewRow> page = as(coordinator, tenant,
                    () -> overview.page(CaseOverviewFilter.all(), new PageRequest(from, PageRequest.MAX_LIMIT)));
            all.addAll(page);
            if (page.size() < PageRequest.MAX_LIMIT) {
                return all;
            }
        }
    }

    private CaseOverviewRow row(String publicId) {
        return everything(LINDE_COORDINATOR, linde).stream().filter(r -> r.publicId().equals(publicId)).findFirst()
                .orElseThrow();
    }

    @Test
    void anAdvisorIsRefusedTheOverview() {
        assertThrows(AccessDeniedException.class, () -> as(ANNA, linde, () -> overview.count(CaseOverviewFilter.all())));
        assertThrows(AccessDeniedException.class, () -> as(ANNA, linde,
                () -> overview.page(CaseOverviewFilter.radar(), new PageRequest(0, 10))));
    }

    @Test
    void anAdvisorIsRefusedTheStatistics() {
        assertThrows(AccessDeniedException.class, () -> as(ANNA, linde,
                () -> statistics.statistics(StatisticsPeriod.thisYear(today))));
    }

    @Test
    void eachCoordinatorGetsTheStatisticsOfTheirOwnOrganisation() {
        StatisticsPeriod sinceTheDemo = new StatisticsPeriod(today.minusYears(4).plusDays(1), today);
        for (var who : List.of(new Object[] {LINDE_COORDINATOR, linde}, new Object[] {SAMEN_COORDINATOR, samen})) {
            String coordinator = (String) who[0];
            TenantId tenant = (TenantId) who[1];
            Statistics s = as(coordinator, tenant, () -> statistics.statistics(sinceTheDemo));
            long cases = as(coordinator, tenant, () -> this.cases.count());
            long newRequests = s.newRequests().stream().mapToLong(Statistics.MonthCount::count).sum();
            if (tenant.equals(samen)) {
                long waiting = as(coordinator, tenant, () -> intake.queueCount());
                assertEquals(cases + waiting, newRequests,
                        "Samen Verder's cases (none came from a request) and its waiting requests, and no other's");
            } else {
                assertTrue(newRequests > 0, "De Linde's requests and cases opened without one");
            }
            assertEquals(cases, s.casesPerMunicipality().stream().mapToLong(Statistics.MunicipalityCount::count).sum());
            assertEquals(s.caseload().size(), as(coordinator, tenant, () -> this.cases.advisors()).size());
        }
        Statistics ofLinde = as(LINDE_COORDINATOR, linde, () -> statistics.statistics(sinceTheDemo));
        assertTrue(ofLinde.caseload().stream().anyMatch(c -> c.advisor().contains("Anna Visser")));
        assertTrue(ofLinde.caseload().stream().noneMatch(c -> c.advisor().contains("Sanne Bos")));
        assertTrue(ofLinde.decisionOutcomes().values().stream().mapToLong(Long::longValue).sum() > 0,
                "the demo's refused decision for Maria Kok: " + ofLinde.decisionOutcomes());
    }

    @Test
    void samenVerdersCoordinatorNeverSeesDeLindesCases() {
        List<CaseOverviewRow> lindes = everything(LINDE_COORDINATOR, linde);
        List<CaseOverviewRow> samens = everything(SAMEN_COORDINATOR, samen);
        assertTrue(!lindes.isEmpty() && !samens.isEmpty(), "both organisations have demo cases");
        Set<String> lindeIds = new HashSet<>();
        lindes.forEach(r -> lindeIds.add(r.publicId()));
        assertTrue(samens.stream().noneMatch(r -> lindeIds.contains(r.publicId())));
        assertEquals(samens.size(), as(SAMEN_COORDINATOR, samen, () -> overview.count(CaseOverviewFilter.all())));
        assertEquals(as(SAMEN_COORDINATOR, samen, () -> cases.count()),
                as(SAMEN_COORDINATOR, samen, () -> overview.count(CaseOverviewFilter.all())),
                "every case of the organisation, no more");
    }

    @Test
    void aNewCaseHasItsNextDeadlineAndADecisionMakesItTheObjectionTerm() {
        Client client = as(ANNA, linde, () -> clients.search(new ClientFilter("Johanna", null), new PageRequest(0, 5))).get(0);
        SupportCase draft = new SupportCase(client, Law.WMO, "Zeist", "Hulp bij het huishouden.", Set.of(LifeDomain.HOUSEHOLD),
                today.minusDays(90));
        SupportCase opened = as(ANNA, linde, () -> cases.open(client.getPublicId(), draft));
        String caseId = opened.getPublicId();
        assertNotNull(opened.getNextDeadlineOn(), "noted on the case when it is opened");
        CaseOverviewRow fresh = row(caseId);
        assertNotNull(fresh.nextDeadlineOn(), "noted when the case is opened");
        assertTrue(fresh.overdue(), "ninety days after the notification the investigation is overdue: " + fresh);
        assertTrue(fresh.advisors().stream().anyMatch(n -> n.contains("Anna")), fresh.advisors().toString());

        long version = as(ANNA, linde, () -> cases.find(caseId).orElseThrow().getVersion());
        as(ANNA, linde, () -> cases.recordDates(caseId, version, today.minusDays(90), today.minusDays(70),
                today.minusDays(60), today.minusDays(50)));
        CaseOverviewRow interviewed = row(caseId);
        assertEquals(DeadlineRule.DECISION_ON_APPLICATION, interviewed.nextDeadlineRule(), interviewed.toString());

        LocalDate dispatched = today.minusDays(10);
        as(ANNA, linde, () -> objections.recordDecision(caseId, new DecisionInput(DecisionInput.NEW, today.minusDays(30),
                dispatched, dispatched, "WMO-78", DecisionOutcome.REFUSED, "Huishoudelijke hulp", true, null, null)));
        CaseOverviewRow decided = row(caseId);
        assertEquals(DeadlineRule.OBJECTION, decided.nextDeadlineRule(), decided.toString());
        assertEquals("A1", decided.nextDeadlineRuleId());
        assertTrue(!decided.overdue());
        assertTrue(as(LINDE_COORDINATOR, linde, () -> overview.page(CaseOverviewFilter.radar(), new PageRequest(0, 500)))
                .stream().noneMatch(r -> r.publicId().equals(caseId) && r.nextDeadlineOn().isAfter(today.plusDays(14))));
    }
}
