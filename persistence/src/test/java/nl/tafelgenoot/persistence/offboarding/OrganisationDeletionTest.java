package nl.tafelgenoot.persistence.offboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.offboarding.TableCount;
import nl.tafelgenoot.domain.people.StaffInvitation;
import nl.tafelgenoot.domain.privacy.ClientDossier;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.accounts.JpaAccountRepository;
import nl.tafelgenoot.persistence.testing.ClientInEveryTable;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An organisation leaving the platform, on MariaDB: its export holds its rows and nobody else's,
 * and its deletion empties every table with a tenant column for that organisation only (tables read
 * from the database's own catalogue, so a table added later is checked too), removes its global
 * rows and the accounts of people who worked nowhere else, and leaves the other organisation, its
 * people and the platform operator exactly as they were.
 */
class OrganisationDeletionTest extends DatabaseTest {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private final ClientInEveryTable seed = new ClientInEveryTable(NOW);
    private TenantId leaving;
    private TenantId staying;

    @BeforeAll
    void twoOrganisationsWithDataEverywhere() throws SQLException {
        leaving = newOrganisation("vertrekt");
        staying = newOrganisation("blijft");
        asTenant(leaving, em -> seed.fullClient(em, "Zwanetta", "Xylofoon"));
        asTenant(leaving, em -> seed.fullClient(em, "Bertus", "Controle"));
        asTenant(staying, em -> seed.fullClient(em, "Bianca", "Blijvers"));
        withoutTenant(em -> {
            account(em, "alleen-vertrek@example.nl", leaving);
            account(em, "beide@example.nl", leaving, staying);
            account(em, "alleen-blijf@example.nl", staying);
            account(em, "operator@example.nl").makePlatformOperator();
            for (TenantId organisation : List.of(leaving, staying)) {
                em.persist(StaffInvitation.invite(organisation.value(), "nieuw-" + organisation.value() + "@example.nl",
                        "Nieuw", Set.of(Role.ADVISOR), "%064d".formatted(organisation.value()), 1, NOW));
            }
            return null;
        });
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (TenantId organisation : List.of(leaving, staying)) {
                s.executeUpdate("insert into organisation_letterhead (organisation_id, printed_name) values ("
                        + organisation.value() + ", 'Briefpapier')");
                s.executeUpdate("insert into organisation_region (organisation_id, municipality) values ("
                        + organisation.value() + ", 'Zeist')");
                s.executeUpdate("insert into login_throttle (identity, failures) values ('alleen-vertrek@example.nl', 2)");
            }
        } catch (SQLException alreadyThere) {
            // the throttle row is one per identity; the second insert of it is refused, as it should be
        }
    }

    @Test
    void theExportHoldsTheOrganisationsRowsOfEveryKindAndNoneOfAnother() {
        List<String> kinds = asTenant(leaving, (jakarta.persistence.EntityManager em) -> exporter(em, leaving).kinds());
        assertThat(kinds).contains("Client", "SupportCase", "CaseNote", "AuditEvent", "AdvisorProfile", "Appointment",
                "OutboxMail", "IntakeRequest").doesNotContain("Organisation", "Account", "Municipality", "Offboarding");
        String everything = asTenant(leaving, em -> {
            JpaOrganisationExportRepository export = exporter(em, leaving);
            StringBuilder all = new StringBuilder();
            for (String kind : export.kinds()) {
                for (int first = 0; ; first += 2) {
                    List<ClientDossier.Item> page = export.rows(kind, first, 2);
                    all.append(kind).append(page);
                    if (page.size() < 2) {
                        break;
                    }
                }
            }
            all.append(export.organisation());
            return all.toString();
        });
        assertThat(everything).contains("Xylofoon", "Controle", "Notitie-geheim", "Dagboek-geheim", "Vakantie",
                "alleen-vertrek@example.nl", "beide@example.nl", "Organisatie vertrekt", "Briefpapier");
        assertThat(everything).doesNotContain("Blijvers", "alleen-blijf@example.nl", "Organisatie blijft",
                "operator@example.nl");
        List<String> clients = asTenant(leaving, em -> exporter(em, leaving).clientPublicIds());
        assertThat(clients).hasSize(2);
    }

    @Test
    void theDeletionEmptiesEveryTenantTableForTheLeavingOrganisationOnly() throws SQLException {
        Map<String, Long> leavingBefore = countsPerTenantTable(leaving);
        Map<String, Long> stayingBefore = countsPerTenantTable(staying);
        assertThat(leavingBefore).as("the fixture fills every table with a tenant column")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
        String globalsOfStaying = globalRows(staying);

        List<TableCount> deleted = asTenant(leaving, em -> new JdbcTenantPurge(db.dataSource(), bound(leaving))
                .purgeCurrentTenant());

        assertThat(countsPerTenantTable(leaving)).as("every table, for the leaving organisation")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(countsPerTenantTable(staying)).as("the other organisation").isEqualTo(stayingBefore);
        assertThat(globalRows(staying)).isEqualTo(globalsOfStaying);
        assertThat(globalRows(leaving)).as("memberships, invitations, letterhead, regions of the leaving one")
                .isEqualTo("0/0/0/0");
        Map<String, Long> reported = deleted.stream().collect(Collectors.toMap(TableCount::table, TableCount::rows));
        leavingBefore.forEach((table, rows) -> assertThat(reported.get(table)).as("reported for " + table).isEqualTo(rows));
        assertThat(reported.get("account")).as("only the person who worked for the leaving organisation alone")
                .isEqualTo(1);
        assertThat(emails()).containsExactlyInAnyOrder("beide@example.nl", "alleen-blijf@example.nl",
                "operator@example.nl");
        assertThat(jdbcLong("select count(*) from login_throttle where identity = 'alleen-vertrek@example.nl'"))
                .as("the failed-login counter of a deleted account").isZero();
        assertThat(jdbcLong("select count(*) from organisation")).as("organisation rows stay").isEqualTo(2);
    }

    private JpaOrganisationExportRepository exporter(jakarta.persistence.EntityManager em, TenantId tenant) {
        return new JpaOrganisationExportRepository(em, new JpaAccountRepository(em), bound(tenant));
    }

    private static TenantContext bound(TenantId tenant) {
        TenantContext context = new TenantContext();
        context.bind(tenant);
        return context;
    }

    private static Account account(jakarta.persistence.EntityManager em, String email, TenantId... organisations) {
        Account account = new Account(email, email.substring(0, email.indexOf('@')), "hash");
        for (TenantId organisation : organisations) {
            account.join(organisation, Role.ADVISOR);
        }
        em.persist(account);
        return account;
    }

    private Map<String, Long> countsPerTenantTable(TenantId tenant) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = db.connect()) {
            for (String table : JdbcTenantPurge.tenantTables(c)) {
                if (!table.equals("flyway_schema_history")) {
                    counts.put(table, jdbcLong("select count(*) from " + table + " where tenant_id = " + tenant.value()));
                }
            }
        }
        return counts;
    }

    private String globalRows(TenantId tenant) throws SQLException {
        long id = tenant.value();
        return jdbcLong("select count(*) from account_membership where organisation_id = " + id) + "/"
                + jdbcLong("select count(*) from staff_invitation where organisation_id = " + id) + "/"
                + jdbcLong("select count(*) from organisation_letterhead where organisation_id = " + id) + "/"
                + jdbcLong("select count(*) from organisation_region where organisation_id = " + id);
    }

    private List<String> emails() throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("select email from account")) {
            List<String> emails = new java.util.ArrayList<>();
            while (rs.next()) {
                emails.add(rs.getString(1));
            }
            return emails;
        }
    }

    private long jdbcLong(String sql) throws SQLException {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
