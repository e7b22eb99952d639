package nl.tafelgenoot.ui.booking.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentService;
import nl.tafelgenoot.domain.booking.Booked;
import nl.tafelgenoot.domain.booking.BookingForm;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.mail.CalendarAttachment;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantId;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff agenda's services inside the container, with appointments booked through the public
 * desk as members book them: Samen Verder's coordinator never sees, opens, moves or cancels De
 * Linde's appointment (and it stays as it was); an advisor sees only their own appointments and
 * cannot open, move or cancel a colleague's; a move by staff mails the member an update (same UID,
 * SEQUENCE 1), a cancellation a CANCEL; an advisor's feed secret opens their feed only on their own
 * organisation's address, and a reset secret opens nothing. Each test gives itself new advisors,
 * each serving a municipality no demo advisor and no other test serves.
 */
@ExtendWith(ArquillianExtension.class)
class AgendaIT extends InContainerTest {

    private static final String LINDE = "de-linde-zeist";
    private static final String SAMEN = "samen-verder";

    @Inject
    PublicBooking desk;

    @Inject
    AppointmentService agenda;

    @Inject
    AccountRepository accountRepository;

    @Inject
    DemoTransactions transactions;

    @Inject
    Outbox outbox;

    @Test
    void anotherOrganisationsCoordinatorNeverSeesOpensMovesOrCancelsAnAppointment() {
        Advisor lindeAdvisor = newAdvisor(linde, LINDE_COORDINATOR, "Rhenen", DayOfWeek.MONDAY);
        Advisor samenAdvisor = newAdvisor(samen, SAMEN_COORDINATOR, "Veenendaal", DayOfWeek.MONDAY);
        List<FreeSlot> lindeSlots = desk.freeSlots(LINDE, "Rhenen", null, MeetingMode.PHONE);
        Booked lindeBooked = book(LINDE, "Rhenen", lindeSlots.get(0));
        Booked samenBooked = book(SAMEN, "Veenendaal", desk.freeSlots(SAMEN, "Veenendaal", null, MeetingMode.PHONE).get(0));
        String lindeId = lindeBooked.reference();
        LocalDate week = AppointmentService.weekOf(lindeBooked.start().toLocalDate());

        assertTrue(ids(as(LINDE_COORDINATOR, linde, () -> agenda.week(week, null))).contains(lindeId));
        assertTrue(ids(as(SAMEN_COORDINATOR, samen, () -> agenda.week(
                AppointmentService.weekOf(samenBooked.start().toLocalDate()), null))).contains(samenBooked.reference()),
                "Samen Verder's coordinator sees Samen Verder's appointment");
        assertFalse(ids(as(SAMEN_COORDINATOR, samen, () -> agenda.week(week, null))).contains(lindeId));
        assertFalse(ids(as(SAMEN_COORDINATOR, samen, () -> agenda.week(week, lindeAdvisor.id()))).contains(lindeId));
        assertTrue(as(SAMEN_COORDINATOR, samen, () -> agenda.find(lindeId)).isEmpty());
        Instant later = lindeSlots.get(1).start().toInstant();
        assertThrows(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> agenda.freeSlotsToMove(lindeId)));
        assertThrows(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> agenda.move(lindeId, later)));
        assertThrows(NotFoundException.class, () -> as(SAMEN_COORDINATOR, samen, () -> agenda.cancel(lindeId)));

        Appointment unchanged = as(LINDE_COORDINATOR, linde, () -> agenda.find(lindeId)).orElseThrow();
        assertTrue(unchanged.isBooked());
        assertEquals(0, unchanged.getSequence());
        assertEquals(lindeBooked.start().toInstant(), unchanged.getStartsAt());
        assertEquals(lindeAdvisor.id(), unchanged.getAdvisorAccountId());
        assertFalse(queued(LINDE_ADMIN, linde, "appointment-update:" + lindeId + ":1"));
        assertNotEquals(lindeAdvisor.id(), samenAdvisor.id());
    }

    @Test
    void anAdvisorSeesAndChangesOnlyOwnAppointmentsAndTheMemberIsMailedAnUpdateAndACancel() {
        Advisor own = newAdvisor(linde, LINDE_COORDINATOR, "Houten", DayOfWeek.TUESDAY);
        Advisor colleague = newAdvisor(linde, LINDE_COORDINATOR, "IJsselstein", DayOfWeek.TUESDAY);
        FreeSlot ownSlot = desk.freeSlots(LINDE, "Houten", null, MeetingMode.PHONE).get(0);
        Booked mine = book(LINDE, "Houten", ownSlot);
        Booked theirs = book(LINDE, "IJsselstein", desk.freeSlots(LINDE, "IJsselstein", null, MeetingMode.PHONE).get(0));
        LocalDate week = AppointmentService.weekOf(mine.start().toLocalDate());
        assertEquals(week, AppointmentService.weekOf(theirs.start().toLocalDate()), "both on the first free Tuesday");

        List<String> seen = ids(as(own.email(), linde, () -> agenda.week(week, colleague.id())));
        assertTrue(seen.contains(mine.reference()), seen::toString);
        assertFalse(seen.contains(theirs.reference()), "an advisor asking for a colleague still gets only their own");
        assertTrue(ids(as(LINDE_COORDINATOR, linde, () -> agenda.week(week, null))).containsAll(
                List.of(mine.reference(), theirs.reference())));
        assertTrue(as(own.email(), linde, () -> agenda.find(theirs.reference())).isEmpty());
        Instant free = as(own.email(), linde, () -> agenda.freeSlotsToMove(mine.reference())).get(0).start().toInstant();
        assertThrows(NotFoundException.class, () -> as(own.email(), linde, () -> agenda.move(theirs.reference(), free)));
        assertThrows(NotFoundException.class, () -> as(own.email(), linde, () -> agenda.cancel(theirs.reference())));
        Appointment colleagues = as(LINDE_COORDINATOR, linde, () -> agenda.find(theirs.reference())).orElseThrow();
        assertTrue(colleagues.isBooked());
        assertEquals(theirs.start().toInstant(), colleagues.getStartsAt());

        Appointment moved = as(own.email(), linde, () -> agenda.move(mine.reference(), free));
        assertEquals(free, moved.getStartsAt());
        assertEquals(1, moved.getSequence());
        String uid = "UID:afspraak-" + mine.reference() + "@tafelgenoot.nl";
        CalendarAttachment update = calendar("appointment-update:" + mine.reference() + ":1");
        assertTrue(update.ics().contains("SEQUENCE:1"), update::ics);
        assertTrue(update.ics().contains(uid), update::ics);
        assertEquals("REQUEST", update.method());

        Appointment cancelled = as(LINDE_COORDINATOR, linde, () -> agenda.cancel(mine.reference()));
        assertFalse(cancelled.isBooked());
        CalendarAttachment cancel = calendar("appointment-cancellation:" + mine.reference() + ":2");
        assertEquals("CANCEL", cancel.method());
        assertTrue(cancel.ics().contains("METHOD:CANCEL"), cancel::ics);
        assertTrue(cancel.ics().contains(uid), cancel::ics);
        assertTrue(ids(as(own.email(), linde, () -> agenda.week(AppointmentService.weekOf(
                LocalDate.ofInstant(free, java.time.ZoneId.of("Europe/Amsterdam"))), null))).contains(mine.reference()),
                "a cancelled appointment stays in the agenda, marked");
    }

    @Test
    void theFeedSecretOpensOnlyTheAdvisorsOwnOrganisationsFeedAndAResetOneNothing() {
        Advisor advisor = newAdvisor(linde, LINDE_COORDINATOR, "Montfoort", DayOfWeek.WEDNESDAY);
        Booked booked = book(LINDE, "Montfoort", desk.freeSlots(LINDE, "Montfoort", null, MeetingMode.PHONE).get(0));
        String uid = "UID:afspraak-" + booked.reference() + "@tafelgenoot.nl";
        String token = as(advisor.email(), linde, () -> agenda.ownFeedToken());
        assertEquals(token, as(advisor.email(), linde, () -> agenda.ownFeedToken()), "the same link until it is reset");

        String feed = desk.feed(LINDE, token, address()).orElseThrow();
        assertTrue(feed.contains("BEGIN:VCALENDAR") && feed.contains(uid), feed);
        assertTrue(desk.feed(SAMEN, token, address()).isEmpty(), "De Linde's secret on Samen Verder's address");

        String renewed = as(advisor.email(), linde, () -> agenda.resetOwnFeedToken());
        assertNotEquals(token, renewed);
        assertTrue(desk.feed(LINDE, token, address()).isEmpty(), "the old link stops working");
        assertTrue(desk.feed(LINDE, renewed, address()).orElseThrow().contains(uid));
        assertTrue(desk.feed(SAMEN, renewed, address()).isEmpty());
    }

    private record Advisor(long id, String email) {
    }

    /** A new active advisor, serving only this municipality, available one morning a week. */
    private Advisor newAdvisor(TenantId tenant, String coordinator, String municipality, DayOfWeek day) {
        String email = "adviseur-" + UUID.randomUUID() + "@example.org";
        long id = transactions.inNewTransaction(() -> {
            Account account = accountRepository.add(new Account(email, "Agenda Adviseur", "-"));
            account.join(tenant, Role.ADVISOR);
            return account.getId();
        });
        as(coordinator, tenant, () -> advisorProfiles.update(id, new ProfileInput(AdvisorStatus.ACTIVE,
                Set.of(municipality), Set.of(), Set.of(), Set.of("nl"), 50,
                List.of(new WeeklySlot(day, LocalTime.of(9, 0), LocalTime.of(12, 0))), List.of(),
                LocalDate.now().minusMonths(1))));
        return new Advisor(id, email);
    }

    private Booked book(String slug, String municipality, FreeSlot slot) {
        String phone = "06-9" + (1000000 + (int) (Math.random() * 8999999));
        return desk.book(slug, new BookingForm(IntakeTopic.PREPARE_INTERVIEW, null, null, "3931 AB", "12", "Dorpsstraat",
                municipality, MeetingMode.PHONE, slot.start().toInstant(), "Truus", null,
                "Agenda" + UUID.randomUUID().toString().substring(0, 5), phone,
                "lid-" + UUID.randomUUID() + "@example.org", true), address());
    }

    private static List<String> ids(List<Appointment> appointments) {
        return appointments.stream().map(Appointment::getPublicId).toList();
    }

    private boolean queued(String admin, TenantId tenant, String key) {
        return mails(admin, tenant).stream().anyMatch(m -> key.equals(m.getDedupKey()));
    }

    /** The iCalendar attachment of De Linde's mail with this key. */
    private CalendarAttachment calendar(String key) {
        return mails(LINDE_ADMIN, linde).stream().filter(m -> key.equals(m.getDedupKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no mail " + key)).getCalendar()
                .orElseThrow(() -> new AssertionError("no calendar in " + key));
    }

    private List<OutboxMail> mails(String admin, TenantId tenant) {
        return as(admin, tenant, () -> outbox.list(null, new PageRequest(0, 100)));
    }

    private static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }
}
