package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.Expertise;
import nl.tafelgenoot.domain.advisors.OwnProfileInput;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.preparation.InterviewQuestion;
import nl.tafelgenoot.domain.preparation.LifeDomainPreparation;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.documents.DocumentKind;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.DecisionInput;
import nl.tafelgenoot.domain.objections.DecisionOutcome;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionInput;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.reports.ReportCheckInput;
import nl.tafelgenoot.domain.reports.SignedStatus;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.TaskParty;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.domain.consent.ClientConsent;
import nl.tafelgenoot.domain.consent.ConsentMethod;
import nl.tafelgenoot.domain.consent.ConsentScope;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.network.Relation;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import nl.tafelgenoot.persistence.testing.TestPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every tenant-owned entity: a user context of organisation A cannot find, list, count,
 * update, merge or delete B's rows. B's rows are checked afterwards with plain JDBC, so a leak in
 * the JPA layer cannot hide itself.
 */
class TenantIsolationTest extends DatabaseTest {

    /** One tenant-owned entity: how to make one, its JPA name and its table. */
    record Owned(String entity, String table, BiFunction<EntityManager, String, Object> create, String textField,
                 String textColumn) {
        @Override
        public String toString() {
            return entity;
        }
    }

    static Stream<Owned> ownedEntities() {
        return Stream.of(
                new Owned("Client", "client", (em, label) -> client(label), "notes", "notes"),
                new Owned("AuditEvent", "audit_event",
                        (em, label) -> new AuditEvent(Instant.now(), 1, AuditAction.CLIENT_VIEWED, null), null, null),
                new Owned("SupportCase", "support_case", TenantIsolationTest::supportCase, "municipality", "municipality"),
                new Owned("CaseAssignment", "case_assignment",
                        (em, label) -> new CaseAssignment(persist(em, supportCase(em, label)), 1, 1, Instant.now()),
                        null, null),
                new Owned("InterviewPlan", "interview_plan", TenantIsolationTest::interviewPlan, "officerName", "officer_name"),
                new Owned("CaseNote", "case_note", TenantIsolationTest::note, "text", "note_text"),
                new Owned("CaseNoteRevision", "case_note_revision",
                        (em, label) -> persist(em, note(em, label)).edit("gewijzigd " + label, 2, Instant.now()).orElseThrow(),
                        null, null),
                new Owned("CaseTask", "case_task",
                        (em, label) -> new CaseTask(persist(em, supportCase(em, label)), TaskSource.AGREEMENT,
                                "Offerte opvragen " + label, TaskParty.CLIENT, null, LocalDate.of(2026, 4, 1), 1, Instant.now()),
                        "what", "what"),
                new Owned("ClientConsent", "client_consent",
                        (em, label) -> new ClientConsent(persist(em, client(label)), LocalDate.of(2026, 3, 2),
                                Set.of(ConsentScope.HEALTH_AND_CARE_NEEDS), ConsentMethod.ORAL, 1, Instant.now(),
                                LocalDate.of(2026, 3, 2)),
                        null, null),
                new Owned("NetworkMember", "network_member", TenantIsolationTest::networkMember, "name", "name"),
                new Owned("CasePreparation", "case_preparation", TenantIsolationTest::preparation, "wishes", "wishes"),
                new Owned("LifeDomainPreparation", "preparation_domain", (em, label) -> {
                    LifeDomainPreparation part = persist(em, preparation(em, label)).domain(LifeDomain.HOUSEHOLD);
                    part.setStuck("Stofzuigen lukt niet " + label);
                    return part;
                }, "stuck", "stuck"),
                new Owned("DiaryEntry", "preparation_diary", (em, label) -> {
                    CasePreparation preparation = persist(em, preparation(em, label));
                    preparation.writeDiary(LocalDate.of(2026, 3, 3), "Kon niet douchen " + label);
                    return preparation.getDiary().get(0);
                }, "whatDidNotWork", "what_did_not_work"),
                new Owned("RehearsedAnswer", "preparation_answer", (em, label) -> {
                    CasePreparation preparation = persist(em, preparation(em, label));
                    preparation.answer(InterviewQuestion.WHAT_GOES_WELL, "Lezen " + label);
                    return preparation.getAnswers().get(0);
                }, "answer", "answer_text"),
                new Owned("ReportCheck", "report_check", TenantIsolationTest::reportCheck, null, null),
                new Owned("ReportDifference", "report_difference",
                        (em, label) -> persist(em, reportCheck(em, label)).getDifferences().get(0),
                        "reportSays", "report_says"),
                new Owned("Decision", "decision", TenantIsolationTest::decision, "provisions", "provisions"),
                new Owned("Objection", "objection", (em, label) -> {
                    Decision decision = persist(em, decision(em, label));
                    Objection objection = new Objection(decision.getSupportCase());
                    objection.record(new ObjectionInput.Builder().received(LocalDate.of(2026, 4, 20)).build(),
                            decision.getDispatchedOn(), ObjectionTimeliness.RECEIVED_IN_TIME, LocalDate.of(2026, 5, 1), 1,
                            Instant.now());
                    return objection;
                }, "hearingNote", "hearing_note"),
                new Owned("CaseDocument", "case_document",
                        (em, label) -> new CaseDocument(persist(em, supportCase(em, label)), DocumentKind.DECISION, 1,
                                "besluit-" + label + ".pdf", ("%PDF-1.4 " + label).getBytes(StandardCharsets.US_ASCII),
                                false, 1, Instant.now()),
                        null, null),
                new Owned("AdvisorProfile", "advisor_profile", (em, label) -> advisorProfile(label), null, null),
                new Owned("AdvisorAbsence", "advisor_absence", (em, label) -> {
                    AdvisorProfile profile = persist(em, advisorProfile(label));
                    profile.updateOwn(new OwnProfileInput(Set.of("nl"), List.of(),
                            List.of(new Absence(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 14), "Vakantie " + label))));
                    return profile.getAbsences().get(0);
                }, "reason", "reason"),
                new Owned("OutboxMail", "mail_outbox", (em, label) -> new OutboxMail("reminder:" + label + ":" + (++mailNumber),
                        Recipient.of("anna." + label + "@example.nl", "Anna " + label), "Herinnering " + label,
                        "Tekst " + label, Instant.now()), "lastError", "last_error"),
                new Owned("IntakeRequest", "intake_request", (em, label) -> intakeRequest(em, label), "question", "question"),
                new Owned("Appointment", "appointment", TenantIsolationTest::appointment, null, null),
                new Owned("AssignmentOffer", "assignment_offer", (em, label) -> {
                    IntakeRequest request = persist(em, intakeRequest(em, label));
                    return request.offer(7, 1, Instant.now());
                }, null, null));
    }

    static Appointment appointment(EntityManager em, String label) {
        AdvisorProfile advisor = persist(em, advisorProfile(label));
        return new Appointment(persist(em, intakeRequest(em, label)), advisor.getAccountId(), MeetingMode.PHONE,
                Instant.parse("2026-12-01T09:00:00Z"), Duration.ofHours(1), ManageTokens.hash(ManageTokens.next()),
                Instant.now());
    }

    static IntakeRequest intakeRequest(EntityManager em, String label) {
        IntakeRequest request = new IntakeRequest();
        request.setTopic(IntakeTopic.PREPARE_INTERVIEW);
        request.setGivenName("Ria");
        request.setSurname("Jansen " + label);
        request.setPhone("06-12345678");
        request.setMunicipality("Zeist");
        request.setQuestion("Hulp bij het gesprek " + label);
        request.receive(1L, Instant.now());
        request.linkClient(persist(em, client(label)));
        return request;
    }

    static Decision decision(EntityManager em, String label) {
        SupportCase c = persist(em, supportCase(em, label));
        Decision decision = new Decision(c);
        decision.record(new DecisionInput(DecisionInput.NEW, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 2), "WMO-" + label, DecisionOutcome.REFUSED, "Traplift " + label, true, null, null),
                LocalDate.of(2026, 5, 1), 1, Instant.now());
        return decision;
    }

    static InterviewPlan interviewPlan(EntityManager em, String label) {
        InterviewPlan plan = new InterviewPlan(persist(em, supportCase(em, label)));
        plan.setPlannedOn(LocalDate.of(2026, 3, 20));
        plan.setOfficerName("Consulent " + label);
        return plan;
    }

    static CasePreparation preparation(EntityManager em, String label) {
        CasePreparation preparation = new CasePreparation(persist(em, supportCase(em, label)));
        preparation.setWishes("Een vaste hulp " + label);
        return preparation;
    }

    static ReportCheck reportCheck(EntityManager em, String label) {
        SupportCase c = supportCase(em, label);
        c.recordDates(c.getNotifiedOn(), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20), null);
        ReportCheck check = new ReportCheck(persist(em, c));
        check.record(new ReportCheckInput(ReportCheckInput.NEW, SignedStatus.SIGNED, LocalDate.of(2026, 3, 21), null,
                false, List.of(new ReportCheckInput.Difference("Verslag zegt " + label, "Gezegd " + label))), 1, Instant.now());
        return check;
    }

    static CaseNote note(EntityManager em, String label) {
        return new CaseNote(persist(em, supportCase(em, label)), "Notitie " + label, false, 1, Instant.now());
    }

    static NetworkMember networkMember(EntityManager em, String label) {
        NetworkMember m = new NetworkMember(persist(em, client(label)));
        m.setName("Marieke " + label);
        m.setRelation(Relation.CHILD);
        m.setInformalCarer(true);
        return m;
    }

    private static long advisorNumber = 1000;

    static AdvisorProfile advisorProfile(String label) {
        AdvisorProfile profile = new AdvisorProfile(++advisorNumber);
        profile.update(new ProfileInput(AdvisorStatus.ACTIVE, Set.of("Zeist"), Set.of("3701"), Set.of(Expertise.DEMENTIA),
                Set.of("nl"), 5, List.of(), List.of(), LocalDate.of(2026, 1, 1)));
        return profile;
    }

    private static int mailNumber = 0;

    private static int caseNumber = 0;

    static SupportCase supportCase(EntityManager em, String label) {
        SupportCase c = new SupportCase(persist(em, client(label)), Law.WMO, "Zeist", "Hulp bij het huishouden " + label,
                Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(2026, 3, 2));
        c.open(2026, ++caseNumber, Instant.now());
        return c;
    }

    private static int clientNumber = 0;

    static Client client(String label) {
        Client c = new Client("Jan", null, "Jansen " + label);
        c.setNotes("origineel " + label);
        c.register(++clientNumber, null, Instant.now());
        return c;
    }

    private TenantId a;
    private TenantId b;

    @BeforeAll
    void organisations() {
        a = newOrganisation("iso-a");
        b = newOrganisation("iso-b");
    }

    @ParameterizedTest
    @MethodSource("ownedEntities")
    void organisationAcannotReachRowsOfB(Owned owned) throws SQLException {
        Object aRow = asTenant(a, em -> persist(em, owned.create().apply(em, "a")));
        Object bRow = asTenant(b, em -> persist(em, owned.create().apply(em, "b")));
        Object bId = emf.getPersistenceUnitUtil().getIdentifier(bRow);
        Object aId = emf.getPersistenceUnitUtil().getIdentifier(aRow);
        List<String> bBefore = snapshot(owned.table(), b);

        // B reads its own row first, so it sits in any cache a leak could come from.
        Object bSeenByB = asTenant(b, em -> em.find(bRow.getClass(), bId));
        assertThat(bSeenByB).isNotNull();

        Object bSeenByA = asTenant(a, em -> em.find(bRow.getClass(), bId));
        assertThat(bSeenByA).as("find").isNull();
        Object aSeenByA = asTenant(a, em -> em.find(aRow.getClass(), aId));
        assertThat(aSeenByA).isNotNull();

        List<?> listed = asTenant(a, em -> em.createQuery("select x from " + owned.entity() + " x").getResultList());
        assertThat(listed).as("list").isNotEmpty()
                .noneMatch(row -> emf.getPersistenceUnitUtil().getIdentifier(row).equals(bId));

        long countA = asTenant(a, em -> em.createQuery("select count(x) from " + owned.entity() + " x", Long.class)
                .getSingleResult());
        assertThat(countA).as("count").isEqualTo(jdbcCount(owned.table(), a));

        if (owned.textField() != null) {
            asTenant(a, em -> em.createQuery("update " + owned.entity() + " x set x." + owned.textField() + " = 'gewijzigd'")
                    .executeUpdate());
            assertThat(jdbcText(owned.table(), owned.textColumn(), aId)).isEqualTo("gewijzigd");
        }
        int deleted = asTenant(a, em -> em.createQuery("delete from " + owned.entity() + " x where x.id = :id")
                .setParameter("id", bId).executeUpdate());
        assertThat(deleted).as("bulk delete of B's id").isZero();

        assertThat(snapshot(owned.table(), b)).as("B's rows after A's attempts").isEqualTo(bBefore);
    }

    @Test
    void mergingAnotherOrganisationsClientFails() throws SQLException {
        Client bClient = asTenant(b, em -> persist(em, client("merge-b")));
        List<String> bBefore = snapshot("client", b);
        bClient.setNotes("overschreven door A");

        assertThatThrownBy(() -> asTenant(a, em -> em.merge(bClient))).isInstanceOf(RuntimeException.class);
        assertThat(snapshot("client", b)).isEqualTo(bBefore);
    }

    @Test
    void persistingWithoutTenantFailsAndWritesNothing() throws SQLException {
        long before = jdbcTotal("client");
        assertThatThrownBy(() -> withoutTenant(em -> persist(em, client("orphan")))).isInstanceOf(RuntimeException.class);
        assertThat(jdbcTotal("client")).isEqualTo(before);
    }

    @Test
    void readingTenantDataWithoutTenantFails() {
        assertThatThrownBy(() -> withoutTenant(em -> em.createQuery("select c from Client c").getResultList()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void nativeSqlIsRefused() {
        EntityManager em = TestPersistence.forTenant(emf, a);
        try {
            assertThatThrownBy(() -> em.createNativeQuery("select * from client").getResultList())
                    .isInstanceOf(RuntimeException.class);
        } finally {
            em.close();
        }
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    /** Every column of B's rows in a table, as text, in id order. */
    private List<String> snapshot(String table, TenantId tenant) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery(
                     "select * from " + table + " where tenant_id = " + tenant.value() + " order by id")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private long jdbcCount(String table, TenantId tenant) throws SQLException {
        return jdbcLong("select count(*) from " + table + " where tenant_id = " + tenant.value());
    }

    private long jdbcTotal(String table) throws SQLException {
        return jdbcLong("select count(*) from " + table);
    }

    private String jdbcText(String table, String column, Object id) throws SQLException {
        try (Connection c = db.connect();
             ResultSet rs = c.createStatement().executeQuery("select " + column + " from " + table + " where id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long jdbcLong(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
