package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.clients.JpaClientRepository;
import nl.tafelgenoot.persistence.intake.JpaIntakeRequestRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The intake queue's queries and the duplicate-client lookup on two organisations seeded alike
 * (the same names, phones and advisor account ids): A's queue, offers, counts and possible
 * duplicates are A's rows only.
 */
class IntakeQueriesTest extends DatabaseTest {

    private static final long ANNA = 301;
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private TenantId a;
    private TenantId b;

    @BeforeAll
    void twoOrganisationsSeededAlike() {
        a = newOrganisation("intake-a");
        b = newOrganisation("intake-b");
        asTenant(a, this::seed);
        asTenant(b, this::seed);
        asTenant(b, em -> add(em, "Extra in B", NOW.minus(Duration.ofDays(9)), false));
    }

    private Void seed(EntityManager em) {
        Client ria = new Client("Ria", null, "Jansen");
        ria.setDateOfBirth(LocalDate.of(1941, 3, 14));
        ria.setPhone("06-12345678");
        ria.register(1, null, NOW);
        em.persist(ria);
        add(em, "Oud", NOW.minus(Duration.ofDays(6)), false);
        add(em, "Nieuw", NOW.minus(Duration.ofHours(2)), false);
        add(em, "Dringend", NOW.minus(Duration.ofDays(1)), true);
        IntakeRequest offered = add(em, "Aangeboden", NOW.minus(Duration.ofDays(5)), false);
        offered.linkClient(ria);
        offered.offer(ANNA, 1, NOW);
        IntakeRequest closed = add(em, "Gesloten", NOW.minus(Duration.ofDays(8)), false);
        closed.close("Geen hulp meer nodig", NOW);
        em.flush();
        return null;
    }

    private static IntakeRequest add(EntityManager em, String question, Instant received, boolean urgent) {
        IntakeRequest request = new IntakeRequest();
        request.setTopic(IntakeTopic.CHECK_REPORT);
        request.setGivenName("Kees");
        request.setSurname("de Vries");
        request.setPhone("030-1234567");
        request.setMunicipality("Zeist");
        request.setQuestion(question);
        request.setUrgent(urgent);
        request.receive(1L, received);
        em.persist(request);
        return request;
    }

    private static List<String> questions(List<IntakeRequest> requests) {
        return requests.stream().map(IntakeRequest::getQuestion).toList();
    }

    @Test
    void theQueueIsTheOrganisationsWaitingAndOfferedRequestsUrgentFirstThenOldest() {
        List<String> queue = asTenant(a, em -> questions(new JpaIntakeRequestRepository(em).queue(new PageRequest(0, 50))));
        assertThat(queue).containsExactly("Dringend", "Oud", "Aangeboden", "Nieuw");
        assertThat(this.<Long>asTenant(a, em -> new JpaIntakeRequestRepository(em).queueCount())).isEqualTo(4L);
        assertThat(this.<Long>asTenant(b, em -> new JpaIntakeRequestRepository(em).queueCount())).isEqualTo(5L);
    }

    @Test
    void anAdvisorsOffersAreOnlyThoseOfTheOrganisationAskedIn() {
        List<IntakeRequest> offered = asTenant(a, em -> new JpaIntakeRequestRepository(em).offeredTo(ANNA));
        assertThat(questions(offered)).containsExactly("Aangeboden");
        assertThat(this.<List<IntakeRequest>>asTenant(a, em -> new JpaIntakeRequestRepository(em).offeredTo(ANNA + 1))).isEmpty();
    }

    @Test
    void countsAndWaitingListsStayInsideTheOrganisation() {
        assertThat(this.<Long>asTenant(a, em -> new JpaIntakeRequestRepository(em)
                .countReceived(NOW.minus(Duration.ofDays(7)), NOW))).isEqualTo(4L);
        assertThat(this.<Long>asTenant(b, em -> new JpaIntakeRequestRepository(em)
                .countReceived(NOW.minus(Duration.ofDays(10)), NOW))).isEqualTo(6L);
        List<String> waiting = asTenant(a, em -> questions(new JpaIntakeRequestRepository(em)
                .waitingSince(NOW.minus(Duration.ofDays(3)))));
        assertThat(waiting).containsExactly("Oud");
    }

    @Test
    void possibleDuplicatesAreFoundByPhoneKeyOrBirthDateAndSurnameInTheOwnOrganisationOnly() {
        List<Client> byPhone = asTenant(a, em -> new JpaClientRepository(em)
                .possibleDuplicates("Bos", null, "0612345678"));
        assertThat(byPhone).singleElement().extracting(Client::getFullName).isEqualTo("Ria Jansen");
        List<Client> byBirth = asTenant(a, em -> new JpaClientRepository(em)
                .possibleDuplicates("JANSEN", LocalDate.of(1941, 3, 14), null));
        assertThat(byBirth).hasSize(1);
        assertThat(this.<List<Client>>asTenant(a, em -> new JpaClientRepository(em)
                .possibleDuplicates("Jansen", LocalDate.of(1941, 3, 15), "0699999999"))).isEmpty();
    }
}
