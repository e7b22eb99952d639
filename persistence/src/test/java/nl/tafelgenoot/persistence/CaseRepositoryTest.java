package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.cases.CaseAssignment;
import nl.tafelgenoot.domain.cases.Law;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.cases.JpaSupportCaseRepository;
import nl.tafelgenoot.persistence.clients.JpaClientRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an advisor sees: the cases with an open assignment of theirs and those cases' clients
 * (plus clients they registered); a coordinator's query (no advisor) sees everything.
 */
class CaseRepositoryTest extends DatabaseTest {

    private static final long ANNA = 101;
    private static final long PIETER = 102;
    private TenantId org;

    @BeforeAll
    void casesAndAssignments() {
        org = newOrganisation("cases-a");
        asTenant(org, em -> {
            var clients = new JpaClientRepository(em);
            var cases = new JpaSupportCaseRepository(em);
            Client johanna = client(clients, "Johanna", null);
            Client kees = client(clients, "Kees", null);
            client(clients, "Fatima", ANNA);
            SupportCase annas = open(cases, johanna, 2026);
            SupportCase pieters = open(cases, kees, 2026);
            cases.addAssignment(new CaseAssignment(annas, ANNA, 1, Instant.now()));
            CaseAssignment ended = cases.addAssignment(new CaseAssignment(pieters, ANNA, 1, Instant.now()));
            ended.end(Instant.now());
            cases.addAssignment(new CaseAssignment(pieters, PIETER, 1, Instant.now()));
            return null;
        });
    }

    private static Client client(JpaClientRepository repo, String name, Long registeredBy) {
        Client c = new Client(name, null, "Test");
        c.register(repo.highestNumber() + 1, registeredBy, Instant.now());
        return repo.add(c);
    }

    private static SupportCase open(JpaSupportCaseRepository repo, Client client, int year) {
        SupportCase c = new SupportCase(client, Law.WMO, "Zeist", "Hulp", Set.of(LifeDomain.HOUSEHOLD), LocalDate.of(year, 1, 5));
        c.open(year, repo.highestNumber(year) + 1, Instant.now());
        return repo.add(c);
    }

    @Test
    void anAdvisorSeesOnlyCasesWithAnOpenAssignmentOfTheirs() {
        List<SupportCase> annas = asTenant(org, em -> new JpaSupportCaseRepository(em).search(ANNA, new PageRequest(0, 10)));
        List<SupportCase> all = asTenant(org, em -> new JpaSupportCaseRepository(em).search(null, new PageRequest(0, 10)));
        assertThat(annas).extracting(c -> c.getClient().getGivenName()).containsExactly("Johanna");
        assertThat(all).hasSize(2);
        assertThat(all).extracting(SupportCase::getReference).containsExactly("2026-0002", "2026-0001");
    }

    @Test
    void anAdvisorSeesTheClientsOfTheirCasesAndThoseTheyRegistered() {
        List<Client> annas = asTenant(org, em -> new JpaClientRepository(em).search(ClientFilter.ALL, ANNA, new PageRequest(0, 10)));
        assertThat(annas).extracting(Client::getGivenName).containsExactlyInAnyOrder("Johanna", "Fatima");
        long pieters = asTenant(org, em -> new JpaClientRepository(em).count(ClientFilter.ALL, PIETER));
        assertThat(pieters).isEqualTo(1);
        long everyone = asTenant(org, em -> new JpaClientRepository(em).count(ClientFilter.ALL, null));
        assertThat(everyone).isEqualTo(3);
    }

    @Test
    void theDatabaseRefusesACaseThatPointsAtAnotherOrganisationsClient() throws Exception {
        TenantId other = newOrganisation("cases-other");
        long foreignClient = asTenant(other, em -> client(new JpaClientRepository(em), "Vreemd", null).getId());
        try (var c = db.connect(); var s = c.prepareStatement("insert into support_case (tenant_id, public_id, ref_year,"
                + " ref_number, client_id, law, municipality, request_text, life_domains, phase, notified_on, opened_at)"
                + " values (?, 'ABCDEFGHJKMN', 2026, 99, ?, 'WMO', 'Zeist', 'x', '', 'NOTIFICATION', '2026-01-05', now())")) {
            s.setLong(1, org.value());
            s.setLong(2, foreignClient);
            assertThatThrownBy(s::executeUpdate).isInstanceOf(java.sql.SQLIntegrityConstraintViolationException.class);
        }
    }

    @Test
    void referencesAreNumberedPerYear() {
        int in2026 = asTenant(org, em -> new JpaSupportCaseRepository(em).highestNumber(2026));
        int in2027 = asTenant(org, em -> new JpaSupportCaseRepository(em).highestNumber(2027));
        assertThat(in2026).isEqualTo(2);
        assertThat(in2027).isZero();
    }
}
