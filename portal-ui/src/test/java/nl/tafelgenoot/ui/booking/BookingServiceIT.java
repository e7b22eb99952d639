package nl.tafelgenoot.ui.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.advisors.AdvisorStatus;
import nl.tafelgenoot.domain.advisors.ProfileInput;
import nl.tafelgenoot.domain.advisors.WeeklySlot;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.Booked;
import nl.tafelgenoot.domain.booking.BookingForm;
import nl.tafelgenoot.domain.booking.BookingRefused;
import nl.tafelgenoot.domain.booking.BookingService;
import nl.tafelgenoot.domain.booking.FreeSlot;
import nl.tafelgenoot.domain.booking.MeetingMode;
import nl.tafelgenoot.domain.booking.PublicBooking;
import nl.tafelgenoot.domain.booking.RateLimited;
import nl.tafelgenoot.domain.booking.SlotSearch;
import nl.tafelgenoot.domain.booking.SlotTaken;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.shared.PageRequest;
import nl.tafelgenoot.domain.tenancy.TenantRunner;
import nl.tafelgenoot.ui.demo.DemoTransactions;
import nl.tafelgenoot.ui.testing.InContainerTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Online booking inside the container, through the public desk as the booking page calls it:
 * two members racing for an advisor's last free time (exactly one books it, the other is offered
 * the next), a booking of an organisation where the advisor gets it directly (client registered,
 * offer mailed, confirmation with invitation queued) and of one where the coordinator confirms
 * first, the manage link (works on its own organisation's page only, moves with a higher
 * sequence, cancels, then refuses), the objection deadline, the rate limit and the reminder the
 * day before. Each test gives itself a new advisor in a municipality no demo advisor serves.
 */
@ExtendWith(ArquillianExtension.class)
class BookingServiceIT extends InContainerTest {

    private static final String LINDE = "de-linde-zeist";
    private static final String SAMEN = "samen-verder";
    private static final String SAMEN_ADMIN = "beheerder@samenverder.example";

    @Inject
    PublicBooking desk;

    @Inject
    BookingService bookings;

    @Inject
    IntakeService intake;

    @Inject
    AccountRepository accountRepository;

    @Inject
    DemoTransactions transactions;

    @Inject
    Outbox outbox;

    @Inject
    TenantRunner tenants;

    @Test
    void twoMembersRacingForTheSameTimeOneBooksItTheOtherIsOfferedTheNext() throws Exception {
        String municipality = newAdvisor(linde, LINDE_COORDINATOR, "Renswoude", DayOfWeek.THURSDAY, 14, 15);
        List<FreeSlot> slots = desk.freeSlots(LINDE, municipality, null, MeetingMode.PHONE);
        assertTrue(slots.size() >= 3, slots::toString);
        assertTrue(slots.stream().allMatch(s -> s.start().toLocalTime().equals(LocalTime.of(14, 0))
                && s.start().getDayOfWeek() == DayOfWeek.THURSDAY && s.advisorAccountIds().size() == 1), slots::toString);
        FreeSlot first = slots.get(0);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Booked>> racing = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String address = "10.9." + i + "." + (int) (Math.random() * 250);
            BookingForm form = form(IntakeTopic.PREPARE_INTERVIEW, municipality, MeetingMode.PHONE, first.start(), null);
            racing.add(pool.submit(() -> {
                start.await();
                return desk.book(LINDE, form, address);
            }));
        }
        start.countDown();
        int booked = 0;
        List<SlotTaken> taken = new ArrayList<>();
        for (Future<Booked> result : racing) {
            try {
                assertEquals(first.start(), result.get(60, TimeUnit.SECONDS).start());
                booked++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause() instanceof SlotTaken, e::toString);
                taken.add((SlotTaken) e.getCause());
            }
        }
        pool.shutdown();
        assertEquals(1, booked);
        assertEquals(1, taken.size());
        assertEquals(slots.get(1).start(), taken.get(0).next().orElseThrow().start());
        List<ZonedDateTime> left = starts(desk.freeSlots(LINDE, municipality, null, MeetingMode.PHONE));
        assertFalse(left.contains(first.start()));
        assertTrue(left.contains(slots.get(1).start()));
    }

    @Test
    void withAdvisorDirectlyTheBookingIsOfferedToTheAdvisorAndTheMemberGetsAnInvitation() {
        String municipality = newAdvisor(samen, SAMEN_COORDINATOR, "Woudenberg", DayOfWeek.MONDAY, 9, 12);
        FreeSlot slot = desk.freeSlots(SAMEN, municipality, null, MeetingMode.HOME_VISIT).get(0);
        Booked booked = desk.book(SAMEN, form(IntakeTopic.CHECK_REPORT, municipality, MeetingMode.HOME_VISIT,
                slot.start(), "lid-" + UUID.randomUUID() + "@example.org"), address());

        assertTrue(booked.mailed());
        assertEquals(43, booked.manageToken().length());
        String requestId = appointment(SAMEN, booked).getRequest().getPublicId();
        assertEquals("OFFERED true", as(SAMEN_COORDINATOR, samen, () -> intake.find(requestId).map(r -> r.getStatus() + " "
                + (r.getClient() != null)).orElseThrow()));
        assertTrue(queued(SAMEN_ADMIN, samen, ("appointment-confirmation:" + booked.reference() + ":0")));
        assertTrue(as(LINDE_COORDINATOR, linde, () -> intake.find(requestId)).isEmpty());
    }

    @Test
    void theManageLinkWorksOnlyOnItsOwnPageMovesWithAHigherSequenceAndCancels() {
        String municipality = newAdvisor(linde, LINDE_COORDINATOR, "Scherpenzeel", DayOfWeek.TUESDAY, 13, 17);
        List<FreeSlot> slots = desk.freeSlots(LINDE, municipality, null, MeetingMode.OFFICE);
        Booked booked = desk.book(LINDE, form(IntakeTopic.ATTEND_INTERVIEW, municipality, MeetingMode.OFFICE,
                slots.get(0).start(), "lid-" + UUID.randomUUID() + "@example.org"), address());
        String token = booked.manageToken();

        String requestId = appointment(LINDE, booked).getRequest().getPublicId();
        assertEquals("WAITING false", as(LINDE_COORDINATOR, linde, () -> intake.find(requestId).map(r -> r.getStatus()
                + " " + (r.getClient() != null)).orElseThrow()), "the coordinator confirms the client first");
        assertTrue(desk.appointment(SAMEN, token, address()).isEmpty());
        assertTrue(desk.appointment(LINDE, token.substring(1) + "A", address()).isEmpty());

        ZonedDateTime later = slots.get(3).start();
        Appointment moved = desk.move(LINDE, token, later.toInstant(), address());
        assertEquals(1, moved.getSequence());
        assertEquals(later.toInstant(), moved.getStartsAt());
        assertTrue(queued(LINDE_ADMIN, linde, ("appointment-update:" + booked.reference() + ":1")));
        assertThrows(BookingRefused.class, () -> desk.move(SAMEN, token, slots.get(2).start().toInstant(), address()));

        Appointment cancelled = desk.cancel(LINDE, token, address());
        assertFalse(cancelled.isBooked());
        assertEquals(2, cancelled.getSequence());
        assertTrue(queued(LINDE_ADMIN, linde, ("appointment-cancellation:" + booked.reference() + ":2")));
        BookingRefused again = assertThrows(BookingRefused.class, () -> desk.cancel(LINDE, token, address()));
        assertEquals("cancelled", again.key());
        List<ZonedDateTime> free = starts(desk.freeSlots(LINDE, municipality, null, MeetingMode.OFFICE));
        assertTrue(free.contains(later) && free.contains(slots.get(0).start()), free::toString);
    }

    @Test
    void aBookingWithoutAPhoneOrConsentIsRefusedAndOneAddressCannotBookEndlessly() {
        String municipality = newAdvisor(linde, LINDE_COORDINATOR, "Leusden", DayOfWeek.FRIDAY, 9, 13);
        BookingForm good = form(IntakeTopic.OTHER, municipality, MeetingMode.PHONE, null, null);
        BookingForm noPhone = new BookingForm(good.topic(), null, null, good.postcode(), "1", null, municipality,
                MeetingMode.PHONE, null, "Jan", null, "Zonder", " ", null, true);
        assertEquals("phone", assertThrows(BookingRefused.class, () -> desk.book(LINDE, noPhone, address())).field());
        BookingForm noConsent = new BookingForm(good.topic(), null, null, good.postcode(), "1", null, municipality,
                MeetingMode.PHONE, null, "Jan", null, "Zonder", good.phone(), null, false);
        assertEquals("consent", assertThrows(BookingRefused.class, () -> desk.book(LINDE, noConsent, address())).field());

        String hammering = address();
        for (int i = 0; i < 5; i++) {
            assertTrue(desk.book(LINDE, form(IntakeTopic.OTHER, municipality, MeetingMode.PHONE, null, null), hammering)
                    .callMeBack());
        }
        assertThrows(RateLimited.class,
                () -> desk.book(LINDE, form(IntakeTopic.OTHER, municipality, MeetingMode.PHONE, null, null), hammering));
    }

    @Test
    void anObjectionDeadlineIsComputedAndFlaggedUrgentWhenClose() {
        LocalDate today = LocalDate.now(SlotSearch.ZONE);
        assertTrue(desk.objectionDeadline(LINDE, today.minusWeeks(5)).urgent());
        assertFalse(desk.objectionDeadline(LINDE, today.minusDays(1)).urgent());
        assertFalse(desk.objectionDeadline(LINDE, today.minusDays(1)).deadline().date()
                .isBefore(today.minusDays(1).plusWeeks(6)));
        assertEquals("decisionDateFuture",
                assertThrows(BookingRefused.class, () -> desk.objectionDeadline(LINDE, today.plusDays(1))).key());
        assertThrows(BookingRefused.class, () -> desk.freeSlots("no-such-organisation", "Zeist", null, MeetingMode.PHONE));
    }

    @Test
    void membersWithAnAppointmentTomorrowAreRemindedOnce() {
        DayOfWeek tomorrow = LocalDate.now(SlotSearch.ZONE).plusDays(1).getDayOfWeek();
        String municipality = newAdvisor(linde, LINDE_COORDINATOR, "Barneveld", tomorrow, 8, 18);
        List<FreeSlot> slots = desk.freeSlots(LINDE, municipality, null, MeetingMode.PHONE);
        LocalDate day = LocalDate.now(SlotSearch.ZONE).plusDays(1);
        if (slots.isEmpty() || !slots.get(0).start().toLocalDate().equals(day)) {
            return; // tomorrow is a public holiday: no appointment can be booked for it
        }
        Booked booked = desk.book(LINDE, form(IntakeTopic.OTHER, municipality, MeetingMode.PHONE, slots.get(0).start(),
                "lid-" + UUID.randomUUID() + "@example.org"), address());
        var organisation = desk.organisation(LINDE).orElseThrow();
        assertTrue(tenants.runAs(linde, () -> bookings.remindTomorrow(organisation)).count() >= 1);
        String key = "appointment-reminder:" + booked.reference() + ":"
                + booked.start().format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.forLanguageTag("nl-NL")));
        assertTrue(queued(LINDE_ADMIN, linde, (key)));
        assertEquals(0, tenants.runAs(linde, () -> bookings.remindTomorrow(organisation)).count(),
                "a second morning run queues nothing again");
    }

    /** Whether the organisation's outbox holds a mail with this key (read as its admin). */
    private boolean queued(String admin, nl.tafelgenoot.domain.tenancy.TenantId tenant, String key) {
        return as(admin, tenant, () -> outbox.list(null, new PageRequest(0, 100))).stream()
                .anyMatch(m -> key.equals(m.getDedupKey()));
    }

    private static List<ZonedDateTime> starts(List<FreeSlot> slots) {
        return slots.stream().map(FreeSlot::start).toList();
    }

    private Appointment appointment(String slug, Booked booked) {
        return desk.appointment(slug, booked.manageToken(), address()).orElseThrow();
    }

    /** A new active advisor of the organisation, serving only this municipality, available one window a week. */
    private String newAdvisor(nl.tafelgenoot.domain.tenancy.TenantId tenant, String coordinator, String municipality,
                              DayOfWeek day, int from, int to) {
        String email = "adviseur-" + UUID.randomUUID() + "@example.org";
        long id = transactions.inNewTransaction(() -> {
            Account account = accountRepository.add(new Account(email, "Test Adviseur", "-"));
            account.join(tenant, Role.ADVISOR);
            return account.getId();
        });
        as(coordinator, tenant, () -> advisorProfiles.update(id, new ProfileInput(AdvisorStatus.ACTIVE,
                Set.of(municipality), Set.of(), Set.of(), Set.of("nl"), 50,
                List.of(new WeeklySlot(day, LocalTime.of(from, 0), LocalTime.of(to, 0))), List.of(),
                LocalDate.now().minusMonths(1))));
        return municipality;
    }

    private static BookingForm form(IntakeTopic topic, String municipality, MeetingMode mode, ZonedDateTime start,
                                    String email) {
        String phone = "06-9" + (1000000 + (int) (Math.random() * 8999999));
        return new BookingForm(topic, null, null, "3931 AB", "12", "Dorpsstraat", municipality, mode,
                start == null ? null : start.toInstant(), "Truus", null, "Lid" + UUID.randomUUID().toString().substring(0, 5),
                phone, email, true);
    }

    private static String address() {
        return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }
}
