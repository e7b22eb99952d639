package nl.tafelgenoot.domain.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.advisors.AdvisorProfileRepository;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The organisation's side of booked appointments: the week view (coordinators see every advisor,
 * an advisor only their own), moving and cancelling (the member is mailed an update or a
 * CANCEL), the appointments of one intake request, and each advisor's private calendar feed.
 * An appointment someone may not see is "not found", also when it belongs to another organisation.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class AppointmentService {

    @Inject
    AppointmentRepository appointments;

    @Inject
    AdvisorProfileRepository profiles;

    @Inject
    OrganisationRepository organisations;

    @Inject
    BookingService bookings;

    @Inject
    BookingMails mails;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The Monday of the week holding this day. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /**
     * The appointments (also cancelled ones) in the week starting on this Monday: a coordinator's
     * of one advisor or (null) everyone's, an advisor's always their own.
     */
    public List<Appointment> week(LocalDate monday, Long advisorAccountId) {
        user.require(Permission.CASE_READ);
        Long advisor = isCoordinator() ? advisorAccountId : Long.valueOf(user.accountId());
        Instant from = monday.atStartOfDay(SlotSearch.ZONE).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(SlotSearch.ZONE).toInstant();
        return appointments.between(from, to, advisor).stream().map(BookingService::loaded).toList();
    }

    public Optional<Appointment> find(String publicId) {
        user.require(Permission.CASE_READ);
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        return appointments.findByPublicId(publicId).filter(this::visible).map(BookingService::loaded);
    }

    /** The appointments booked with an intake request (for the request's page; coordinators). */
    public List<Appointment> ofRequest(IntakeRequest request) {
        user.require(Permission.CASE_ASSIGN);
        return appointments.ofRequest(request.getId());
    }

    /** The times this appointment can move to: its advisor's free slots (a coordinator may pick any serving advisor). */
    public List<FreeSlot> freeSlotsToMove(String publicId) {
        Appointment appointment = visibleOrNotFound(publicId);
        return bookings.freeSlotsAmong(candidates(appointment), appointment.getMode());
    }

    public Appointment move(String publicId, Instant newStart) {
        Appointment appointment = visibleOrNotFound(publicId);
        return BookingService.loaded(bookings.move(organisation(), appointment, candidates(appointment), newStart, null));
    }

    public Appointment cancel(String publicId) {
        Appointment appointment = visibleOrNotFound(publicId);
        appointment.cancel(ChangedBy.STAFF, clock.instant());
        audit.record(AuditAction.INTAKE_CHANGED, null);
        mails.cancellation(organisation(), appointment);
        return BookingService.loaded(appointment);
    }

    /** The calling advisor's feed token, made on first use. */
    public String ownFeedToken() {
        AdvisorProfile profile = ownProfile();
        if (profile.getFeedToken() == null) {
            profile.replaceFeedToken(ManageTokens.next());
        }
        return profile.getFeedToken();
    }

    /** A new feed address for the calling advisor; calendar apps subscribed to the old one get nothing more. */
    public String resetOwnFeedToken() {
        AdvisorProfile profile = ownProfile();
        profile.replaceFeedToken(ManageTokens.next());
        audit.record(AuditAction.ADVISOR_PROFILE_CHANGED, null);
        return profile.getFeedToken();
    }

    private AdvisorProfile ownProfile() {
        user.require(Permission.CASE_READ);
        return profiles.forAccount(user.accountId()).orElseGet(() -> profiles.add(new AdvisorProfile(user.accountId())));
    }

    private List<AdvisorProfile> candidates(Appointment appointment) {
        if (!isCoordinator()) {
            return profiles.forAccount(appointment.getAdvisorAccountId()).stream().toList();
        }
        IntakeRequest request = appointment.getRequest();
        List<AdvisorProfile> serving = bookings.bookable(request.getMunicipality(), request.getPostcode());
        return serving.stream().sorted((a, b) -> Boolean.compare(
                b.getAccountId() == appointment.getAdvisorAccountId(), a.getAccountId() == appointment.getAdvisorAccountId()))
                .toList();
    }

    private Appointment visibleOrNotFound(String publicId) {
        return find(publicId).orElseThrow(() -> new NotFoundException("appointment"));
    }

    private boolean visible(Appointment appointment) {
        return isCoordinator() || appointment.getAdvisorAccountId() == user.accountId();
    }

    private boolean isCoordinator() {
        return user.isPermitted(Permission.CASE_ASSIGN);
    }

    private Organisation organisation() {
        return organisations.find(tenant.require().value()).orElseThrow();
    }
}
