package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput;
import nl.tafelgenoot.domain.reports.SignedStatus;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.cases.JpaSupportCaseRepository;
import nl.tafelgenoot.persistence.interviews.JpaInterviewPlanRepository;
import nl.tafelgenoot.persistence.notes.JpaCaseNoteRepository;
import nl.tafelgenoot.persistence.reports.JpaReportCheckRepository;
import nl.tafelgenoot.persistence.tasks.JpaCaseTaskRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start page's queries on two organisations seeded alike (even with the same advisor account
 * ids): organisation A's queries return and count exactly A's rows, compared with plain JDBC, and
 * an advisor's scope holds only the cases with an open assignment of theirs.
 */
class StartPageQueriesTest extends DatabaseTest {

    private static final long ANNA = 101;
    private static final long PIETER = 102;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private TenantId a;
    private TenantId b;
    /** Per organisation: label to case id. */
    private final Map<TenantId, Map<String, Long>> caseIds = new HashMap<>();

    @BeforeAll
    void twoOrganisationsSeededAlike() {
        a = newOrganisation("start-a");
        b = newOrganisation("start-b");
        caseIds.put(a, asTenant(a, this::seed));
        caseIds.put(b, asTenant(b, this::seed));
    }

    private Map<String, Long> seed(EntityManager em) {
        var cases = new JpaSupportCaseRepository(em);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SupportCase annas = open(em, cases, "Anna");
        SupportCase pieters = open(em, cases, "Pieter");
        SupportCase formerlyAnnas = open(em, cases, "Vroeger");
        SupportCase closed = open(em, cases, "Gesloten");
        cases.addAssignment(new CaseAssignment(annas, ANNA, 1, now));
        cases.addAssignment(new CaseAssignment(pieters, PIETER, 1, now));
        cases.addAssignment(new CaseAssignment(formerlyAnnas, ANNA, 1, now)).end(now);
        cases.addAssignment(new CaseAssignment(closed, ANNA, 1, now));
        closed.moveTo(CasePhase.CLOSED);
        annas.recordDates(annas.getNotifiedOn(), TODAY.minusDays(20), TODAY.minusDays(2), null);
        pieters.recordDates(pieters.getNotifiedOn(), TODAY.minusDays(30), null, null);

        CaseNote note = persist(em, new CaseNote(annas, "Notitie", false, ANNA, now.minus(3, ChronoUnit.DAYS)));
        note.edit("Notitie bewerkt", PIETER, now.minus(1, ChronoUnit.DAYS)).ifPresent(em::persist);
        persist(em, new CaseNote(pieters, "Notitie", false, PIETER, now.minus(10, ChronoUnit.DAYS)));
        persist(em, new CaseTask(annas, TaskSource.AGREEMENT, "Open", TaskParty.CLIENT, null, TODAY.plusDays(3), ANNA, now));
        persist(em, new CaseTask(pieters, TaskSource.AGREEMENT, "Open", TaskParty.CLIENT, null, TODAY.minusDays(3), PIETER, now));
        CaseTask done = persist(em, new CaseTask(annas, TaskSource.AGREEMENT, "Klaar", TaskParty.CLIENT, null, TODAY, ANNA, now));
        done.markDone(ANNA, now.minus(2, ChronoUnit.DAYS));
        CaseTask chase = persist(em, CaseTask.reportChase(pieters, TODAY.minusDays(16), now));
        CaseTask closedChase = persist(em, CaseTask.reportChase(annas, TODAY.minusDays(6), now));
        closedChase.closeBySystem(now);
        persist(em, plan(annas, TODAY.plusDays(3)));
        persist(em, plan(pieters, TODAY.plusDays(30)));
        ReportCheck check = new ReportCheck(annas);
        check.record(new ReportCheckInput(ReportCheckInput.NEW, SignedStatus.NOT_YET, null, null, false, List.of()),
                ANNA, now.minus(5, ChronoUnit.DAYS));
        persist(em, check);
        em.flush();
        return Map.of("anna", annas.getId(), "pieter", pieters.getId(), "former", formerlyAnnas.getId(),
                "closed", closed.getId(), "chase", chase.getId());
    }

    private static SupportCase open(EntityManager em, JpaSupportCaseRepository cases, String name) {
        Client client = new Client(name, null, "Test");
        client.register(((Number) em.createQuery("select count(c) from Client c").getSingleResult()).intValue() + 1,
                null, Instant.now());
        persist(em, client);
        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp", Set.of(LifeDomain.HOUSEHOLD),
                TODAY.minusDays(60));
        c.open(2026, cases.highestNumber(2026) + 1, Instant.now().minus(60, ChronoUnit.DAYS));
        return cases.add(c);
    }

    private static InterviewPlan plan(SupportCase c, LocalDate on) {
        InterviewPlan plan = new InterviewPlan(c);
        plan.setPlannedOn(on);
        return plan;
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private Long id(TenantId tenant, String label) {
        return caseIds.get(tenant).get(label);
    }

    @Test
    void activeCasesAreTheOrganisationsOwnAndAnAdvisorsAssignedOnes() throws SQLException {
        Set<Long> all = ids(asTenant(a, em -> new JpaSupportCaseRepository(em).active(null)));
        assertThat(all).isEqualTo(jdbcIds("select id from support_case where phase <> 'CLOSED' and tenant_id = ?", a));
        assertThat(all).doesNotContainAnyElementsOf(List.of(id(b, "anna"), id(b, "pieter"), id(b, "former")));
        Set<Long> annas = ids(asTenant(a, em -> new JpaSupportCaseRepository(em).active(ANNA)));
        assertThat(annas).as("not the ended assignment, not the closed case").containsExactly(id(a, "anna"));
    }

    @Test
    void openTasksAndTheirCountAreTheOrganisationsOwn() throws SQLException {
        Set<Long> jdbc = jdbcIds("select id from case_task where done_at is null and tenant_id = ?", a);
        var tasks = asTenant(a, em -> new JpaCaseTaskRepository(em).openTasks(null, 100));
        assertThat(tasks.stream().map(CaseTask::getId).toList()).containsExactlyInAnyOrderElementsOf(jdbc);
        long count = asTenant(a, em -> new JpaCaseTaskRepository(em).countOpen(null));
        assertThat(count).isEqualTo(jdbc.size());
        assertThat(tasks).extracting(CaseTask::getDueOn).isSorted();
        assertThat(tasks.get(0).getSupportCase().getClient().getGivenName()).as("loaded with case and client")
                .isNotBlank();

        var annas = asTenant(a, em -> new JpaCaseTaskRepository(em).openTasks(ANNA, 100));
        assertThat(annas).extracting(t -> t.getSupportCase().getId()).containsOnly(id(a, "anna"));
        long annasCount = asTenant(a, em -> new JpaCaseTaskRepository(em).countOpen(ANNA));
        assertThat(annasCount).isEqualTo(annas.size());
    }

    @Test
    void lastContactAggregatesCountOnlyTheOrganisationsOwnRows() throws SQLException {
        Map<Long, Instant> notes = asTenant(a, em -> new JpaCaseNoteRepository(em).lastWrittenByCase(null));
        assertThat(notes.keySet()).isEqualTo(jdbcIds("select distinct case_id from case_note where tenant_id = ?", a));
        assertThat(notes.get(id(a, "anna"))).as("the edit counts").isEqualTo(jdbcInstant(
                "select max(edited_at) from case_note where tenant_id = ? and case_id = " + id(a, "anna"), a));

        Map<Long, Instant> done = asTenant(a, em -> new JpaCaseTaskRepository(em).lastDoneByCase(null));
        assertThat(done.keySet()).as("a task the portal closed is no contact").containsExactly(id(a, "anna"));
        assertThat(done.get(id(a, "anna"))).isEqualTo(jdbcInstant("select max(done_at) from case_task"
                + " where closed_by_system = false and tenant_id = ? and case_id = " + id(a, "anna"), a));

        Map<Long, Instant> checks = asTenant(a, em -> new JpaReportCheckRepository(em).checkedAtByCase(null));
        assertThat(checks.keySet()).containsExactly(id(a, "anna"));

        Map<Long, Instant> pietersNotes = asTenant(a, em -> new JpaCaseNoteRepository(em).lastWrittenByCase(PIETER));
        Map<Long, Instant> pietersDone = asTenant(a, em -> new JpaCaseTaskRepository(em).lastDoneByCase(PIETER));
        Map<Long, Instant> pietersChecks = asTenant(a, em -> new JpaReportCheckRepository(em).checkedAtByCase(PIETER));
        assertThat(pietersNotes.keySet()).containsExactly(id(a, "pieter"));
        assertThat(pietersDone).isEmpty();
        assertThat(pietersChecks).isEmpty();
    }

    @Test
    void interviewsInRangeAreTheOrganisationsOwn() {
        var plans = asTenant(a, em -> new JpaInterviewPlanRepository(em).plannedBetween(TODAY, TODAY.plusDays(14), null));
        assertThat(plans).extracting(p -> p.getSupportCase().getId()).containsExactly(id(a, "anna"));
        List<InterviewPlan> pieters = asTenant(a,
                em -> new JpaInterviewPlanRepository(em).plannedBetween(TODAY, TODAY.plusDays(14), PIETER));
        assertThat(pieters).isEmpty();
    }

    @Test
    void theDailyChaseSeesOnlyTheOrganisationsOwnCasesAndTasks() {
        var awaiting = asTenant(a, em -> new JpaSupportCaseRepository(em).awaitingReport(TODAY.minusDays(14)));
        assertThat(ids(awaiting)).containsExactly(id(a, "pieter"));
        var chases = asTenant(a, em -> new JpaCaseTaskRepository(em).reportChasesToReview(TODAY.minusDays(14)));
        assertThat(chases).extracting(CaseTask::getId).containsExactly(id(a, "chase"));
    }

    private static Set<Long> ids(List<SupportCase> cases) {
        Set<Long> ids = new HashSet<>();
        cases.forEach(c -> ids.add(c.getId()));
        return ids;
    }

    private Set<Long> jdbcIds(String sql, TenantId tenant) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Connection c = db.connect(); var statement = c.prepareStatement(sql)) {
            statement.setLong(1, tenant.value());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private Instant jdbcInstant(String sql, TenantId tenant) throws SQLException {
        try (Connection c = db.connect(); var statement = c.prepareStatement(sql)) {
            statement.setLong(1, tenant.value());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
            }
        }
    }
}
