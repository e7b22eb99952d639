package nl.tafelgenoot.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.persistence.advisors.JpaAdvisorProfileRepository;
import nl.tafelgenoot.persistence.booking.JpaAppointmentRepository;
import nl.tafelgenoot.persistence.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The booking queries that take a secret or an advisor id from outside (a manage link, a feed
 * link, the public page's advisor lookups) stay inside the bound organisation: the same advisor
 * account working for two organisations, at the same hour in both, and each organisation's
 * secrets, never reach across. {@link TenantIsolationTest} covers the generic reads and writes.
 */
class BookingIsolationTest extends DatabaseTest {

    /** One volunteer advising for both organisations. */
    private static final long SHARED_ADVISOR = 301;
    private static final Instant NINE = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant DAY_START = Instant.parse("2026-11-30T23:00:00Z");
    private static final Instant DAY_END = Instant.parse("2026-12-01T23:00:00Z");

    private TenantId a;
    private TenantId b;
    private Party ofA;
    private Party ofB;

    /** What one organisation holds: an appointment with its manage link and the advisor's feed link. */
    record Party(long advisor, String publicId, String manageToken, String feedToken) {
    }

    @BeforeAll
    void bothOrganisationsBookTheSameAdvisorAtNine() {
        a = newOrganisation("booking-a");
        b = newOrganisation("booking-b");
        ofA = asTenant(a, em -> book(em, "a"));
        ofB = asTenant(b, em -> book(em, "b"));
    }

    private static Party book(EntityManager em, String label) {
        AdvisorProfile profile = new AdvisorProfile(SHARED_ADVISOR);
        profile.update(new ProfileInput(AdvisorStatus.ACTIVE, Set.of("Zeist"), Set.of(), Set.of(), Set.of("nl"), 5,
                List.of(), List.of(), LocalDate.of(2026, 1, 1)));
        String feedToken = ManageTokens.next();
        profile.replaceFeedToken(feedToken);
        em.persist(profile);
        IntakeRequest request = TenantIsolationTest.intakeRequest(em, label);
        em.persist(request);
        String manageToken = ManageTokens.next();
        Appointment appointment = new Appointment(request, SHARED_ADVISOR, MeetingMode.HOME_VISIT, NINE, Duration.ofHours(1),
                ManageTokens.hash(manageToken), Instant.now());
        new JpaAppointmentRepository(em).add(appointment);
        em.flush();
        return new Party(SHARED_ADVISOR, appointment.getPublicId(), manageToken, feedToken);
    }

    @Test
    void aManageLinkOfOneOrganisationFindsNothingInTheOther() {
        asTenant(b, em -> {
            var appointments = new JpaAppointmentRepository(em);
            assertThat(appointments.findByTokenHash(ManageTokens.hash(ofA.manageToken()))).isEmpty();
            assertThat(appointments.findByPublicId(ofA.publicId())).isEmpty();
            assertThat(appointments.findByTokenHash(ManageTokens.hash(ofB.manageToken())))
                    .map(Appointment::getPublicId).contains(ofB.publicId());
            return null;
        });
        asTenant(a, em -> {
            assertThat(new JpaAppointmentRepository(em).findByTokenHash(ManageTokens.hash(ofA.manageToken())))
                    .map(Appointment::getPublicId).contains(ofA.publicId());
            return null;
        });
    }

    @Test
    void aFeedLinkOfOneOrganisationFindsNoAdvisorInTheOther() {
        asTenant(b, em -> {
            var profiles = new JpaAdvisorProfileRepository(em);
            assertThat(profiles.forFeedToken(ofA.feedToken())).isEmpty();
            assertThat(profiles.forFeedToken(ofB.feedToken())).isPresent();
            return null;
        });
        asTenant(a, em -> {
            assertThat(new JpaAdvisorProfileRepository(em).forFeedToken(ofA.feedToken())).isPresent();
            return null;
        });
    }

    @Test
    void theSameAdvisorsAgendaShowsOnlyTheBoundOrganisationsAppointments() {
        asTenant(b, em -> {
            var appointments = new JpaAppointmentRepository(em);
            assertThat(appointments.booked(List.of(ofB.advisor()), DAY_START, DAY_END))
                    .extracting(Appointment::getPublicId).containsExactly(ofB.publicId());
            assertThat(appointments.bookedLocked(ofB.advisor(), DAY_START, DAY_END))
                    .extracting(Appointment::getPublicId).containsExactly(ofB.publicId());
            assertThat(appointments.between(DAY_START, DAY_END, null))
                    .extracting(Appointment::getPublicId).containsExactly(ofB.publicId());
            assertThat(appointments.between(DAY_START, DAY_END, ofA.advisor()))
                    .extracting(Appointment::getPublicId).containsExactly(ofB.publicId());
            return null;
        });
        asTenant(a, em -> {
            assertThat(new JpaAppointmentRepository(em).between(DAY_START, DAY_END, null))
                    .extracting(Appointment::getPublicId).containsExactly(ofA.publicId());
            return null;
        });
    }
}
