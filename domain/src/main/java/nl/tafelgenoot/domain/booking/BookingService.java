package nl.tafelgenoot.domain.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.advisors.Absence;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileRepository;
import nl.tafelgenoot.domain.advisors.AdvisorProfileService;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.clients.ClientService;
import nl.tafelgenoot.domain.clients.DuplicateCheck;
import nl.tafelgenoot.domain.deadlines.Calendars;
import nl.tafelgenoot.domain.deadlines.ObjectionDeadlines;
import nl.tafelgenoot.domain.intake.IntakeChannel;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeRequestRepository;
import nl.tafelgenoot.domain.intake.IntakeService;
import nl.tafelgenoot.domain.intake.IntakeTopic;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.UnknownMunicipality;
import nl.tafelgenoot.domain.organisations.BookingConfirmation;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The booking work of one organisation, for members without an account: free slots of the
 * advisors who serve the member's place, booking (which becomes an intake request in the queue,
 * and with "advisor gets it directly" an offer to the appointment's advisor), and seeing, moving
 * or cancelling through the manage link. Reached only through {@link PublicBooking}, which binds
 * the organisation of the page's address; nothing here needs or reads a login.
 *
 * <p>Double booking: the chosen advisor's profile row is locked and their appointments are read
 * with a locking read before the time is checked again, so of two members racing for the same
 * time exactly one books it; the other gets {@link SlotTaken} with the next free slot. The
 * database's unique key on (advisor, start of a booked appointment) is the last guard.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class BookingService {

    static final Duration LOOK_AROUND = Duration.ofDays(1);

    @Inject
    AppointmentRepository appointments;

    @Inject
    AdvisorProfileService advisors;

    @Inject
    IntakeRequestRepository requests;

    @Inject
    AdvisorProfileRepository profiles;

    @Inject
    IntakeService intake;

    @Inject
    ClientService clients;

    @Inject
    Municipalities municipalities;

    @Inject
    Calendars calendars;

    @Inject
    BookingMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    BookingRules rules = BookingRules.DEFAULT;

    /** The free slots for a meeting of this kind with an advisor serving this place. */
    public List<FreeSlot> freeSlots(String municipality, String postcode, MeetingMode mode) {
        return freeSlotsAmong(bookable(municipality, postcode), mode);
    }

    List<FreeSlot> freeSlotsAmong(List<AdvisorProfile> candidates, MeetingMode mode) {
        Instant now = clock.instant();
        return search().freeSlots(agendas(candidates, now), mode, now);
    }

    /** The deadline of an objection against a decision sent on this day, and whether help is urgent. */
    public ObjectionCheck objectionDeadline(LocalDate decisionDate) {
        if (decisionDate == null) {
            throw new BookingRefused("decisionDateRequired", "decisionDate");
        }
        LocalDate today = LocalDate.now(clock);
        if (decisionDate.isAfter(today)) {
            throw new BookingRefused("decisionDateFuture", "decisionDate");
        }
        return ObjectionCheck.of(new ObjectionDeadlines(calendars.current()).objection(decisionDate), today);
    }

    /**
     * Books: refuses bad input next to its field, takes the request into the queue and, with a
     * time chosen, the appointment with the first advisor free then.
     *
     * @throws SlotTaken when someone else took that time a moment earlier
     */
    public Booked book(Organisation organisation, BookingForm form) {
        Instant now = clock.instant();
        IntakeRequest request = request(form, now);
        String token = ManageTokens.next();
        Appointment appointment = form.callMeBack() ? null : reserve(request, form, token, now);
        requests.add(request);
        if (appointment != null) {
            appointments.add(appointment);
            flushOrTaken();
        }
        audit.recordBySystem(AuditAction.INTAKE_RECEIVED, null);
        if (appointment != null && organisation.getBookingConfirmation() == BookingConfirmation.ADVISOR_DIRECTLY
                && !clients.mayBeKnown(new DuplicateCheck(request.getGivenName(), request.getSurname(),
                request.getDateOfBirth(), request.getPhone()))) {
            request.linkClient(clients.registerFromBooking(request.newClient()));
            intake.offerFromBooking(request, appointment.getAdvisorAccountId());
        }
        boolean mailed = appointment != null && mails.confirmation(organisation, appointment, token);
        return appointment == null
                ? new Booked(request.getPublicId(), null, null, form.mode(), null, false)
                : new Booked(appointment.getPublicId(), appointment.getStartsAt().atZone(SlotSearch.ZONE),
                appointment.getEndsAt().atZone(SlotSearch.ZONE), appointment.getMode(), token, mailed);
    }

    /** The appointment this manage link opens, while it may; empty for any other token. */
    public Optional<Appointment> byToken(String token) {
        if (!ManageTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return appointments.findByTokenHash(ManageTokens.hash(token)).filter(a -> a.isManageable(clock.instant()))
                .map(BookingService::loaded);
    }

    /** The times the member of this link can move to: the same kind of meeting, the same place. */
    public List<FreeSlot> freeSlotsToMove(String token) {
        Appointment appointment = changeable(token);
        IntakeRequest request = appointment.getRequest();
        return freeSlots(request.getMunicipality(), request.getPostcode(), appointment.getMode());
    }

    /** The member moves their appointment; they get an updated invitation (same UID, higher SEQUENCE). */
    public Appointment moveByMember(Organisation organisation, String token, Instant newStart) {
        Appointment appointment = changeable(token);
        IntakeRequest request = appointment.getRequest();
        move(organisation, appointment, bookable(request.getMunicipality(), request.getPostcode()), newStart, token);
        audit.recordBySystem(AuditAction.INTAKE_CHANGED, clientRef(appointment));
        return appointment;
    }

    /** The calendar feed of the advisor with this secret, from a month back to three months ahead; empty for any other. */
    public Optional<String> feed(Organisation organisation, String feedToken) {
        if (!ManageTokens.isWellFormed(feedToken)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return profiles.forFeedToken(feedToken).map(profile -> AppointmentCalendar.feed(
                BookingMails.format("feed.name", organisation.getName()),
                appointments.booked(List.of(profile.getAccountId()), now.minus(Duration.ofDays(31)),
                        now.plus(Duration.ofDays(92))).stream().map(a -> mails.entry(organisation, a)).toList(), now));
    }

    /** How many reminders the morning round queued. */
    public record RemindersQueued(long count) {
    }

    /** Queues the reminder mail for every appointment of tomorrow (the morning round; once per appointment). */
    public RemindersQueued remindTomorrow(Organisation organisation) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(SlotSearch.ZONE)).plusDays(1);
        return new RemindersQueued(appointments.between(tomorrow.atStartOfDay(SlotSearch.ZONE).toInstant(),
                        tomorrow.plusDays(1).atStartOfDay(SlotSearch.ZONE).toInstant(), null).stream()
                .filter(Appointment::isBooked)
                .filter(a -> mails.reminder(organisation, a))
                .count());
    }

    /** The member cancels; they get a CANCEL for their calendar, the request's history keeps it. */
    public Appointment cancelByMember(Organisation organisation, String token) {
        Appointment appointment = changeable(token);
        appointment.cancel(ChangedBy.MEMBER, clock.instant());
        audit.recordBySystem(AuditAction.INTAKE_CHANGED, clientRef(appointment));
        mails.cancellation(organisation, appointment);
        return appointment;
    }

    /**
     * Moves to a new start with the first of these advisors free then (staff and member alike).
     * The member's link stays when they moved it themselves ({@code memberToken}); after a move
     * by staff the mail brings a new link and the old one stops working.
     */
    Appointment move(Organisation organisation, Appointment appointment, List<AdvisorProfile> candidates,
                     Instant newStart, String memberToken) {
        Instant now = clock.instant();
        long advisor = firstFreeAdvisor(candidates, appointment.getMode(), newStart, appointment, now);
        appointment.move(advisor, newStart, rules.length(), now);
        String token = memberToken;
        if (token == null) {
            token = ManageTokens.next();
            appointment.replaceManageToken(ManageTokens.hash(token));
        }
        flushOrTaken();
        mails.update(organisation, appointment, token);
        return appointment;
    }

    List<AdvisorProfile> bookable(String municipality, String postcode) {
        return advisors.bookable(municipality, postcode);
    }

    private IntakeRequest request(BookingForm form, Instant now) {
        if (!form.consent()) {
            throw new BookingRefused("consentRequired", "consent");
        }
        BookingRefused.check(form.topic() != null, "topicRequired");
        BookingRefused.check(form.mode() != null, "modeRequired");
        if (form.phone() == null || form.phone().isBlank()) {
            throw new BookingRefused("phoneRequired", "phone");
        }
        IntakeRequest request = new IntakeRequest();
        request.setChannel(IntakeChannel.BOOKING);
        request.setTopic(form.topic());
        request.setGivenName(form.givenName());
        request.setSurnamePrefix(form.surnamePrefix());
        request.setSurname(form.surname());
        request.setPhone(form.phone());
        request.setEmail(blankToNull(form.email()));
        request.setPostcode(form.postcode());
        request.setAddress(BookingMails.address(form.street(), form.houseNumber()));
        request.setMunicipality(municipality(form.municipality()));
        ObjectionCheck objection = form.topic() == IntakeTopic.OBJECTION ? objectionDeadline(form.decisionDate()) : null;
        request.setQuestion(mails.question(form, objection));
        request.setUrgent(objection != null && objection.urgent());
        Validity.require(validator, request);
        request.receive(null, now);
        return request;
    }

    private String municipality(String typed) {
        try {
            return municipalities.require(typed);
        } catch (UnknownMunicipality unknown) {
            throw new BookingRefused("municipalityUnknown", "municipality");
        }
    }

    private Appointment reserve(IntakeRequest request, BookingForm form, String token, Instant now) {
        List<AdvisorProfile> candidates = bookable(request.getMunicipality(), request.getPostcode());
        long advisor = firstFreeAdvisor(candidates, form.mode(), form.slotStart(), null, now);
        return new Appointment(request, advisor, form.mode(), form.slotStart(), rules.length(),
                ManageTokens.hash(token), now);
    }

    /**
     * The first candidate free at this start, checked under a lock on their profile; the
     * appointment being moved (if any) does not stand in its own way.
     */
    private long firstFreeAdvisor(List<AdvisorProfile> candidates, MeetingMode mode, Instant start,
                                  Appointment moving, Instant now) {
        SlotSearch search = search();
        for (AdvisorProfile profile : candidates) {
            List<Busy> busy = appointments.bookedLocked(profile.getAccountId(), start.minus(LOOK_AROUND),
                    start.plus(LOOK_AROUND)).stream().filter(a -> a != moving).map(Appointment::asBusy).toList();
            if (search.isFree(agenda(profile, busy), mode, start, now)) {
                return profile.getAccountId();
            }
        }
        throw new SlotTaken(search.firstFreeAfter(agendas(candidates, now), mode, start, now).orElse(null));
    }

    private void flushOrTaken() {
        try {
            appointments.flush();
        } catch (PersistenceException doubleBooked) {
            throw new SlotTaken(null);
        }
    }

    private List<AdvisorAgenda> agendas(List<AdvisorProfile> profiles, Instant now) {
        List<Long> ids = profiles.stream().map(AdvisorProfile::getAccountId).toList();
        Instant until = now.plus(Duration.ofDays(rules.daysAhead() + 2L));
        List<Appointment> booked = ids.isEmpty() ? List.of() : appointments.booked(ids, now, until);
        return profiles.stream().map(p -> agenda(p, booked.stream()
                .filter(a -> a.getAdvisorAccountId() == p.getAccountId()).map(Appointment::asBusy).toList())).toList();
    }

    static AdvisorAgenda agenda(AdvisorProfile profile, List<Busy> busy) {
        return new AdvisorAgenda(profile.getAccountId(), profile.getAvailability(),
                profile.getAbsences().stream().map(Absence::of).toList(), busy);
    }

    private SlotSearch search() {
        return new SlotSearch(calendars.current(), rules);
    }

    private Appointment changeable(String token) {
        Appointment appointment = byToken(token).orElseThrow(() -> new BookingRefused("linkInvalid"));
        BookingRefused.check(appointment.isBooked(), "cancelled");
        BookingRefused.check(appointment.isChangeableByMember(clock.instant()), "tooLate");
        return appointment;
    }

    /** The pages show the request's place and contact after the transaction: load them inside it. */
    static Appointment loaded(Appointment appointment) {
        appointment.getRequest().getMunicipality();
        return appointment;
    }

    private static String clientRef(Appointment appointment) {
        return appointment.getRequest().getClient() == null ? null : appointment.getRequest().getClient().getPublicId();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
