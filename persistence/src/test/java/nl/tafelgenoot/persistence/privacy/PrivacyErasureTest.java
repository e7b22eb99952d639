package nl.tafelgenoot.persistence.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.consent.ClientConsent;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.network.NetworkMember;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.objections.Decision;
import nl.tafelgenoot.domain.objections.Objection;
import nl.tafelgenoot.domain.objections.ObjectionState;
import nl.tafelgenoot.domain.preparation.CasePreparation;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.privacy.ErasurePolicy;
import nl.tafelgenoot.domain.privacy.ErasureResult;
import nl.tafelgenoot.domain.privacy.PrivacyRepository;
import nl.tafelgenoot.domain.reports.ReportCheck;
import nl.tafelgenoot.domain.statistics.StatisticsPeriod;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.statistics.JpaStatisticsRepository;
import nl.tafelgenoot.persistence.testing.ClientInEveryTable;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasure and export on MariaDB: a client with a row in every table that can hold something about
 * them. After the erasure no text column of any table (read with plain JDBC, so JPA cannot hide
 * anything) holds the client's name, address, phone, e-mail or a note's text; another client of
 * the organisation and the other organisation's same-named client are untouched; the statistics
 * count what they counted before. The retention queries pick exactly the cases closed before the
 * cut-off, in the organisation asked about.
 */
class PrivacyErasureTest extends DatabaseTest {

    private static final StatisticsPeriod PERIOD = new StatisticsPeriod(LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 12, 31));
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    /** What must be gone after the erasure: each of these appears somewhere before it. */
    private static final List<String> SECRETS = List.of("Zwanetta", "Xylofoon", "Xylostraat", "12398745",
            "zwanetta@example.nl", "Notitie-geheim", "Eerdere-versie-geheim", "Mantelzorger-Quirina", "Dagboek-geheim",
            "Wens-geheim", "Traplift-geheim", "Verslag-geheim", "Taak-geheim", "Vraag-geheim", "Excuus-geheim",
            "Consulent-geheim", "Reden-geheim");

    private final ClientInEveryTable seed = new ClientInEveryTable(NOW);
    private TenantId a;
    private TenantId b;

    @BeforeAll
    void organisations() {
        a = newOrganisation("privacy-a");
        b = newOrganisation("privacy-b");
    }

    @Test
    void theExportHoldsEveryPieceAndTheErasureLeavesNoTraceWhileCountsStay() throws SQLException {
        String publicId = asTenant(a, em -> seed.fullClient(em, "Zwanetta", "Xylofoon").getPublicId());
        String other = asTenant(a, em -> seed.fullClient(em, "Bertus", "Controle").getPublicId());
        asTenant(b, em -> seed.fullClient(em, "Zwanetta", "Xylofoon"));
        List<String> othersBefore = rowsMentioning("Controle", a);
        List<String> bBefore = tenantRows(b);
        Map<String, Object> statisticsBefore = statistics();
        assertThat(textColumnsContaining(a)).as("the fixture puts every secret somewhere").containsAll(SECRETS);

        ClientDossier dossier = asTenant(a, em -> new JpaPrivacyRepository(em).dossier(find(em, publicId), NOW));
        assertThat(dossier.fullName()).isEqualTo("Zwanetta Xylofoon");
        for (String section : List.of("Client", "NetworkMember", "ClientConsent", "SupportCase", "CaseAssignment",
                "InterviewPlan", "CaseNote", "CaseNoteRevision", "CaseTask", "CasePreparation", "LifeDomainPreparation",
                "DiaryEntry", "RehearsedAnswer", "ReportCheck", "ReportDifference", "Decision", "Objection",
                "CaseDocument", "IntakeRequest", "AssignmentOffer", "Appointment", "OutboxMail", "AuditEvent")) {
            assertThat(dossier.section(section).items()).as(section).isNotEmpty();
        }
        String everything = dossier.sections().toString();
        assertThat(everything).contains(SECRETS).doesNotContain("Controle");
        assertThat(dossier.section("Client").items().get(0).value("email")).isEqualTo("zwanetta@example.nl");
        assertThat(dossier.section("Decision").items().get(0).value("noticeOfDefault.sentOn"))
                .as("an embedded value's fields").isEqualTo("2026-04-01");
        assertThat(dossier.section("Client").items().get(0).value("id")).as("technical keys stay out").isNull();
        assertThat(dossier.files()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("besluit-Xylofoon.pdf");
            assertThat(new String(file.content(), StandardCharsets.US_ASCII)).contains("PDF");
        });

        ErasureResult result = asTenant(a, em -> new JpaPrivacyRepository(em).erase(find(em, publicId), NOW));
        assertThat(result.deleted()).isPositive();
        assertThat(result.anonymised()).isPositive();

        assertThat(allText(a).stream().filter(row -> SECRETS.stream().anyMatch(row::contains)).toList())
                .as("rows with secrets left in organisation A's tables").isEmpty();
        assertThat(jdbcLong("select count(*) from case_document where tenant_id = " + a.value()))
                .as("only the other client's document is left").isEqualTo(1);
        assertThat(rowsMentioning("Controle", a)).as("the other client of A").isEqualTo(othersBefore);
        assertThat(tenantRows(b)).as("organisation B").isEqualTo(bBefore);
        assertThat(statistics()).as("the statistics' totals").isEqualTo(statisticsBefore);
        Client erased = asTenant(a, em -> find(em, publicId));
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.getFullName()).isEqualTo("Cliënt verwijderd");
        assertThat(asTenant(a, em -> find(em, other)).isErased()).isFalse();
        assertThat(jdbcLong("select count(*) from appointment where tenant_id = " + a.value() + " and status = 'BOOKED'"))
                .as("the erased client's coming appointment is cancelled, the other's stays").isEqualTo(1);
        assertThat(jdbcLong("select count(*) from appointment where tenant_id = " + a.value())).isEqualTo(2);
        assertThat(jdbcLong("select count(*) from intake_request where tenant_id = " + a.value()
                + " and status in ('WAITING', 'OFFERED')")).as("the erased client's request left the queue").isEqualTo(1);
        assertThat(jdbcLong("select count(*) from intake_request where tenant_id = " + a.value())).isEqualTo(2);
        assertThat(jdbcLong("select count(*) from audit_event where tenant_id = " + a.value()))
                .as("the audit trail is kept").isEqualTo(2);
    }

    @Test
    void everyTableWithATenantIsCoveredByTheErasurePolicyOrHoldsNoClientData() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select table_name from information_schema.columns where table_schema = database()"
                        + " and column_name = 'tenant_id'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Set<String> noClientData = Set.of("advisor_profile", "advisor_absence", "flyway_schema_history");
        tables.removeAll(noClientData);
        assertThat(ErasurePolicy.rules().keySet()).containsAll(tables);
    }

    @Test
    void anObjectionStillRunningKeepsTheClient() {
        TenantId c = newOrganisation("privacy-c");
        String running = asTenant(c, em -> {
            Client client = seed.fullClient(em, "Lopend", "Bezwaar");
            Objection objection = em.createQuery("select o from Objection o where o.supportCase.client = :c",
                    Objection.class).setParameter("c", client).getSingleResult();
            objection.moveTo(ObjectionState.GROUNDS_FILED);
            return client.getPublicId();
        });
        String done = asTenant(c, em -> seed.fullClient(em, "Klaar", "Bezwaar").getPublicId());
        boolean runningKept = asTenant(c, em -> new JpaPrivacyRepository(em).hasPendingObjection(find(em, running)));
        boolean doneKept = asTenant(c, em -> new JpaPrivacyRepository(em).hasPendingObjection(find(em, done)));
        long seenByB = asTenant(b, em -> (long) em.createQuery("select o from Objection o").getResultList().size());
        assertThat(runningKept).isTrue();
        assertThat(doneKept).isFalse();
        assertThat(seenByB).as("organisation B sees none of C's objections").isZero();
    }

    @Test
    void retentionPicksExactlyTheCasesClosedBeforeTheCutOffInItsOwnOrganisation() {
        TenantId r = newOrganisation("privacy-r");
        TenantId s = newOrganisation("privacy-s");
        Instant cutoff = Instant.parse("2024-06-15T00:00:00Z");
        Map<String, Long> ids = new LinkedHashMap<>();
        asTenant(r, em -> {
            Client oldOnly = seed.client(em, "Oud", "Alleen");
            ids.put("old", seed.closedCase(em, oldOnly, Instant.parse("2024-06-14T23:59:59Z")).getId());
            Client mixed = seed.client(em, "Oud", "Gemengd");
            ids.put("oldOfMixed", seed.closedCase(em, mixed, Instant.parse("2023-01-01T00:00:00Z")).getId());
            ids.put("recent", seed.closedCase(em, mixed, Instant.parse("2024-06-15T00:00:00Z")).getId());
            Client open = seed.client(em, "Nog", "Open");
            ids.put("oldOfOpen", seed.closedCase(em, open, Instant.parse("2022-01-01T00:00:00Z")).getId());
            em.persist(seed.openCase(open));
            return null;
        });
        asTenant(s, em -> seed.closedCase(em, seed.client(em, "Ander", "Organisatie"), Instant.parse("2020-01-01T00:00:00Z")));

        List<Long> past = asTenant(r, em -> ids(new JpaPrivacyRepository(em).closedCasesBefore(cutoff)));
        assertThat(past).containsExactlyInAnyOrder(ids.get("old"), ids.get("oldOfMixed"), ids.get("oldOfOpen"));
        List<String> clients = asTenant(r, em -> new JpaPrivacyRepository(em).clientsWithAllCasesClosedBefore(cutoff)
                .stream().map(Client::getFullName).toList());
        assertThat(clients).containsExactly("Oud Alleen");

        asTenant(r, em -> new JpaPrivacyRepository(em).eraseCase(ids.get("old"), NOW));
        List<Long> after = asTenant(r, em -> ids(new JpaPrivacyRepository(em).closedCasesBefore(cutoff)));
        assertThat(after).as("an erased case is not picked again")
                .containsExactlyInAnyOrder(ids.get("oldOfMixed"), ids.get("oldOfOpen"));
        List<Long> ofS = asTenant(s, em -> ids(new JpaPrivacyRepository(em).closedCasesBefore(cutoff)));
        assertThat(ofS).hasSize(1).doesNotContainAnyElementsOf(ids.values());
    }

    private static List<Long> ids(List<PrivacyRepository.ClosedCase> cases) {
        return cases.stream().map(PrivacyRepository.ClosedCase::id).toList();
    }

    // ---------------------------------------------------------------- fixture

    private Client find(EntityManager em, String publicId) {
        return em.createQuery("select c from Client c where c.publicId = :id", Client.class)
                .setParameter("id", publicId).getResultStream().findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- JDBC

    /** Which secrets occur in any text column of any row of the organisation (or of a table without one). */
    private Set<String> textColumnsContaining(TenantId tenant) throws SQLException {
        Set<String> found = new TreeSet<>();
        for (String row : allText(tenant)) {
            String lower = row.toLowerCase(Locale.ROOT);
            for (String secret : SECRETS) {
                if (lower.contains(secret.toLowerCase(Locale.ROOT))) {
                    found.add(secret);
                }
            }
        }
        return found;
    }

    private List<String> rowsMentioning(String text, TenantId tenant) throws SQLException {
        return allText(tenant).stream().filter(row -> row.contains(text)).toList();
    }

    private List<String> tenantRows(TenantId tenant) throws SQLException {
        return allText(tenant).stream().filter(row -> !row.startsWith("account")).toList();
    }

    /** Per row of every table, its table name and every text column, as one line. */
    private List<String> allText(TenantId tenant) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Set<String> tenantTables = new TreeSet<>();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "select table_name, column_name, data_type from information_schema.columns"
                        + " where table_schema = database() order by table_name, ordinal_position")) {
            while (rs.next()) {
                String type = rs.getString(3).toLowerCase(Locale.ROOT);
                if ("tenant_id".equals(rs.getString(2))) {
                    tenantTables.add(rs.getString(1));
                }
                if (type.contains("char") || type.contains("text")) {
                    columns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (Map.Entry<String, List<String>> table : columns.entrySet()) {
                String where = tenantTables.contains(table.getKey()) ? " where tenant_id = " + tenant.value() : "";
                String sql = "select " + String.join(", ", table.getValue()) + " from " + table.getKey() + where
                        + (tenantTables.contains(table.getKey()) ? " order by id" : "");
                try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table.getKey()).append(':');
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private long jdbcLong(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Map<String, Object> statistics() {
        return asTenant(a, em -> {
            JpaStatisticsRepository statistics = new JpaStatisticsRepository(em);
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("newRequests", statistics.newRequestsPerMonth(PERIOD, AMSTERDAM));
            all.put("perMunicipality", statistics.casesPerMunicipality(PERIOD, AMSTERDAM));
            all.put("decisions", statistics.decisionOutcomes(PERIOD));
            all.put("objections", statistics.objectionOutcomes(PERIOD));
            all.put("toInterview", statistics.notificationToInterview(PERIOD).toString());
            all.put("toDecision", statistics.applicationToDecision(PERIOD).toString());
            return all;
        });
    }
}
