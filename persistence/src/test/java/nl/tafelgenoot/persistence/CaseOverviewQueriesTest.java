package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CaseDeadline;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.DeadlineStatus;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.ComputedDate;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.deadlines.Trigger;
import nl.tafelgenoot.domain.deadlines.TriggerDate;
import nl.tafelgenoot.domain.overview.CaseOverviewFilter;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.cases.JpaSupportCaseRepository;
import nl.tafelgenoot.persistence.overview.JpaCaseOverviewRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coordinator's overview on two organisations seeded alike (the same advisor account ids,
 * municipalities and deadlines): for every filter, organisation A's page and count are exactly
 * A's rows as plain JDBC finds them, sorted by the nearest deadline with cases without one last.
 */
class CaseOverviewQueriesTest extends DatabaseTest {

    private static final long ANNA = 201;
    private static final long PIETER = 202;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private TenantId a;
    private TenantId b;
    private final Map<TenantId, Map<String, Long>> caseIds = new HashMap<>();

    @BeforeAll
    void twoOrganisationsSeededAlike() {
        a = newOrganisation("overview-a");
        b = newOrganisation("overview-b");
        caseIds.put(a, asTenant(a, this::seed));
        caseIds.put(b, asTenant(b, this::seed));
    }

    private Map<String, Long> seed(EntityManager em) {
        var cases = new JpaSupportCaseRepository(em);
        Instant now = Instant.now();
        SupportCase overdue = open(em, cases, "Achter", "Zeist", TODAY.minusDays(3), DeadlineStatus.OVERDUE);
        SupportCase soon = open(em, cases, "Binnenkort", "Utrecht", TODAY.plusDays(5), DeadlineStatus.DUE_SOON);
        SupportCase later = open(em, cases, "Later", "Zeist", TODAY.plusDays(40), DeadlineStatus.UPCOMING);
        SupportCase none = open(em, cases, "Geen", "Zeist", null, null);
        SupportCase noneEither = open(em, cases, "Ook geen", "Utrecht", null, null);
        SupportCase closed = open(em, cases, "Gesloten", "Zeist", null, null);
        soon.moveTo(CasePhase.PREPARATION);
        later.moveTo(CasePhase.PREPARATION);
        closed.moveTo(CasePhase.CLOSED);
        cases.addAssignment(new CaseAssignment(overdue, ANNA, 1, now));
        cases.addAssignment(new CaseAssignment(soon, PIETER, 1, now));
        cases.addAssignment(new CaseAssignment(soon, ANNA, 1, now.plusSeconds(1)));
        cases.addAssignment(new CaseAssignment(later, ANNA, 1, now)).end(now);
        em.flush();
        return Map.of("overdue", overdue.getId(), "soon", soon.getId(), "later", later.getId(), "none", none.getId(),
                "noneEither", noneEither.getId(), "closed", closed.getId());
    }

    private static SupportCase open(EntityManager em, JpaSupportCaseRepository cases, String name, String municipality,
                                    LocalDate deadline, DeadlineStatus status) {
        Client client = new Client(name, null, "Test");
        client.register(((Number) em.createQuery("select count(c) from Client c").getSingleResult()).intValue() + 1,
                null, Instant.now());
        em.persist(client);
        SupportCase c = new SupportCase(client, Law.WMO, municipality, "Hulp", Set.of(LifeDomain.HOUSEHOLD),
                TODAY.minusDays(60));
        c.open(2026, cases.highestNumber(2026) + 1, Instant.now());
        if (deadline != null) {
            c.noteNextDeadline(new CaseDeadline(new ComputedDate(DeadlineRule.INVESTIGATION, deadline, deadline,
                    List.of(new TriggerDate(Trigger.NOTIFICATION_RECEIVED, TODAY.minusDays(60))), Set.of(), List.of()),
                    status));
        }
        return cases.add(c);
    }

    static Stream<CaseOverviewFilter> filters() {
        return Stream.of(CaseOverviewFilter.all(), CaseOverviewFilter.radar(),
                new CaseOverviewFilter(CasePhase.PREPARATION, null, null, false, null),
                new CaseOverviewFilter(CasePhase.CLOSED, null, null, false, null),
                new CaseOverviewFilter(null, "Zeist", null, false, null),
                new CaseOverviewFilter(null, null, ANNA, false, null),
                new CaseOverviewFilter(null, null, null, true, null),
                new CaseOverviewFilter(null, null, null, false, 0),
                new CaseOverviewFilter(null, "Zeist", ANNA, true, 14));
    }

    @ParameterizedTest
    @MethodSource("filters")
    void everyFilterReturnsAndCountsOnlyTheBoundOrganisationsRows(CaseOverviewFilter filter) throws SQLException {
        List<Long> expected = jdbcIds(filter, a);
        List<Long> page = asTenant(a, em -> new JpaCaseOverviewRepository(em).page(filter, TODAY, new PageRequest(0, 100)))
                .stream().map(SupportCase::getId).toList();
        long count = asTenant(a, em -> new JpaCaseOverviewRepository(em).count(filter, TODAY));
        assertThat(page).as("in SQL's order: nearest deadline, nulls last, then reference").isEqualTo(expected);
        assertThat(count).isEqualTo(expected.size());
        assertThat(page).doesNotContainAnyElementsOf(caseIds.get(b).values());
    }

    @Test
    void theFiltersSelectWhatTheySay() {
        assertThat(ids(CaseOverviewFilter.all())).containsExactly(id("overdue"), id("soon"), id("later"), id("none"),
                id("noneEither"), id("closed"));
        assertThat(ids(CaseOverviewFilter.radar())).containsExactly(id("overdue"), id("soon"));
        assertThat(ids(new CaseOverviewFilter(null, null, null, true, null))).containsExactly(id("overdue"));
        assertThat(ids(new CaseOverviewFilter(null, null, ANNA, false, null))).as("not the ended assignment")
                .containsExactly(id("overdue"), id("soon"));
        assertThat(ids(new CaseOverviewFilter(null, "Utrecht", null, false, null)))
                .containsExactly(id("soon"), id("noneEither"));
    }

    @Test
    void paging() {
        List<Long> second = asTenant(a, em -> new JpaCaseOverviewRepository(em)
                .page(CaseOverviewFilter.all(), TODAY, new PageRequest(2, 2))).stream().map(SupportCase::getId).toList();
        assertThat(second).containsExactly(id("later"), id("none"));
    }

    @Test
    void openAssigneesAreTheOpenAssignmentsInOrder() {
        Map<Long, List<Long>> assignees = asTenant(a, em -> new JpaCaseOverviewRepository(em)
                .openAssignees(List.of(id("overdue"), id("soon"), id("later"), id("none"))));
        assertThat(assignees).containsOnlyKeys(id("overdue"), id("soon"));
        assertThat(assignees.get(id("soon"))).containsExactly(PIETER, ANNA);
        Map<Long, List<Long>> ofB = asTenant(a, em -> new JpaCaseOverviewRepository(em)
                .openAssignees(List.of(caseIds.get(b).get("overdue"))));
        assertThat(ofB).as("another organisation's case is not found").isEmpty();
    }

    private List<Long> ids(CaseOverviewFilter filter) {
        return asTenant(a, em -> new JpaCaseOverviewRepository(em).page(filter, TODAY, new PageRequest(0, 100)))
                .stream().map(SupportCase::getId).toList();
    }

    private Long id(String label) {
        return caseIds.get(a).get(label);
    }

    /** The same filter written by hand in SQL, without JPA's tenant filter: the organisation is a parameter here. */
    private List<Long> jdbcIds(CaseOverviewFilter f, TenantId tenant) throws SQLException {
        StringBuilder sql = new StringBuilder("select c.id from support_case c where c.tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        if (f.phase() != null) {
            sql.append(" and c.phase = ?");
            params.add(f.phase().name());
        }
        if (f.municipality() != null) {
            sql.append(" and c.municipality = ?");
            params.add(f.municipality());
        }
        if (f.advisorAccountId() != null) {
            sql.append(" and exists (select 1 from case_assignment a where a.tenant_id = c.tenant_id"
                    + " and a.case_id = c.id and a.account_id = ? and a.ended_at is null)");
            params.add(f.advisorAccountId());
        }
        if (f.overdueOnly()) {
            sql.append(" and c.next_deadline_overdue");
        }
        if (f.withinDays() != null) {
            sql.append(" and c.next_deadline_on <= ?");
            params.add(java.sql.Date.valueOf(TODAY.plusDays(f.withinDays())));
        }
        sql.append(" order by c.next_deadline_on is null, c.next_deadline_on, c.ref_year, c.ref_number");
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.connect(); var statement = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
