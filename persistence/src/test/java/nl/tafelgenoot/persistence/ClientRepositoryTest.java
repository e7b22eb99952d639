package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.clients.ClientFilter;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.clients.JpaClientRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Search, paging and numbering of clients, each seen from inside one organisation only. */
class ClientRepositoryTest extends DatabaseTest {

    private TenantId a;
    private TenantId b;
    private String bPublicId;

    @BeforeAll
    void clients() {
        a = newOrganisation("repo-a");
        b = newOrganisation("repo-b");
        asTenant(a, em -> {
            JpaClientRepository repo = new JpaClientRepository(em);
            add(repo, "Jan", "van der", "Berg", "Utrecht");
            add(repo, "Fatima", null, "El Amrani", "Utrecht");
            add(repo, "Kees", null, "Bakker", "Zeist");
            add(repo, "Anna", "de", "Vries", "Amersfoort");
            return null;
        });
        bPublicId = asTenant(b, em -> add(new JpaClientRepository(em), "Jan", null, "Berg", "Utrecht").getPublicId());
    }

    private static Client add(JpaClientRepository repo, String given, String prefix, String surname, String municipality) {
        Client c = new Client(given, prefix, surname);
        c.setMunicipality(municipality);
        c.register(repo.highestNumber() + 1, null, Instant.now());
        return repo.add(c);
    }

    @Test
    void searchesByNamePartCaseInsensitivelyWithinTheOrganisation() {
        List<Client> found = asTenant(a, em -> new JpaClientRepository(em).search(new ClientFilter("BERG", null), null, new PageRequest(0, 10)));
        assertThat(found).extracting(Client::getFullName).containsExactly("Jan van der Berg");

        List<Client> byFullName = asTenant(a, em -> new JpaClientRepository(em).search(new ClientFilter("jan van der berg", null), null, new PageRequest(0, 10)));
        assertThat(byFullName).hasSize(1);
    }

    @Test
    void searchesByMunicipalityAndCounts() {
        long inUtrecht = asTenant(a, em -> new JpaClientRepository(em).count(new ClientFilter(null, "utrecht"), null));
        assertThat(inUtrecht).isEqualTo(2);
        long all = asTenant(a, em -> new JpaClientRepository(em).count(ClientFilter.ALL, null));
        assertThat(all).isEqualTo(4);
    }

    @Test
    void pagesInSqlSortedBySurname() {
        List<Client> first = asTenant(a, em -> new JpaClientRepository(em).search(ClientFilter.ALL, null, new PageRequest(0, 2)));
        List<Client> second = asTenant(a, em -> new JpaClientRepository(em).search(ClientFilter.ALL, null, new PageRequest(2, 2)));
        assertThat(first).extracting(Client::getSurname).containsExactly("Bakker", "Berg");
        assertThat(second).extracting(Client::getSurname).containsExactly("El Amrani", "Vries");
    }

    @Test
    void numbersCountPerOrganisation() {
        int highestOfA = asTenant(a, em -> new JpaClientRepository(em).highestNumber());
        int highestOfB = asTenant(b, em -> new JpaClientRepository(em).highestNumber());
        assertThat(highestOfA).isEqualTo(4);
        assertThat(highestOfB).isEqualTo(1);
    }

    @Test
    void anotherOrganisationsPublicIdIsNotFound() {
        Optional<Client> seenByA = asTenant(a, em -> new JpaClientRepository(em).findByPublicId(bPublicId));
        Optional<Client> seenByB = asTenant(b, em -> new JpaClientRepository(em).findByPublicId(bPublicId));
        assertThat(seenByA).isEmpty();
        assertThat(seenByB).isPresent();
    }

    @Test
    void likeWildcardsInSearchTextAreTakenLiterally() {
        long matches = asTenant(a, em -> new JpaClientRepository(em).count(new ClientFilter("%", null), null));
        assertThat(matches).isZero();
    }
}
