package nl.tafelgenoot.ui.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentRepository;
import nl.tafelgenoot.domain.booking.AppointmentService;
import nl.tafelgenoot.domain.booking.BookingRules;
import nl.tafelgenoot.domain.booking.ManageTokens;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.booking.SlotSearch;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeRequestRepository;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * A few booked appointments next week (counted from the day the demo is seeded), inside the
 * organisation's tenant, so the staff agenda and the advisors' calendar feed show something at
 * once. Each belongs to a waiting request of the demo queue, as a booking that waits for the
 * coordinator does; no mail is queued for them.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DemoAppointments {

    @Inject
    IntakeRequestRepository requests;

    @Inject
    AppointmentRepository appointments;

    @Inject
    Clock clock;

    /** A demo appointment: the waiting request's member, the advisor, how, and when next week. */
    record Demo(String givenName, String surname, long advisorAccountId, MeetingMode mode, DayOfWeek day, LocalTime time) {
    }

    public Void add(List<Demo> demos) {
        LocalDate nextMonday = AppointmentService.weekOf(LocalDate.now(clock.withZone(SlotSearch.ZONE))).plusWeeks(1);
        List<IntakeRequest> waiting = requests.queue(new PageRequest(0, 100));
        for (Demo d : demos) {
            IntakeRequest request = waiting.stream()
                    .filter(r -> d.givenName().equals(r.getGivenName()) && d.surname().equals(r.getSurname()))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no demo request of " + d.givenName()));
            LocalDate day = nextMonday.plusDays(d.day().getValue() - 1L);
            appointments.add(new Appointment(request, d.advisorAccountId(), d.mode(),
                    day.atTime(d.time()).atZone(SlotSearch.ZONE).toInstant(), BookingRules.DEFAULT.length(),
                    ManageTokens.hash(ManageTokens.next()), clock.instant().minus(Duration.ofDays(1))));
        }
        return null;
    }
}
