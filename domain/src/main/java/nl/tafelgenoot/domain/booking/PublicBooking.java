package nl.tafelgenoot.domain.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.tafelgenoot.domain.municipalities.Municipalities;
import nl.tafelgenoot.domain.municipalities.Municipality;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.tenancy.TenantRunner;

/**
 * The desk behind an organisation's public booking page: the one place where the organisation
 * comes from the page's address (its slug) instead of a login, and it reaches only booking
 * operations. Every call names the slug; an unknown or suspended organisation is "not found".
 * The member's address (IP) is counted against a rate limit for bookings and for manage-link
 * attempts, so neither can be hammered.
 */
@ApplicationScoped
public class PublicBooking {

    private final RateLimit bookingLimit = RateLimit.bookings();
    private final RateLimit linkLimit = RateLimit.manageLinks();

    @Inject
    OrganisationRepository organisations;

    @Inject
    TenantRunner tenants;

    @Inject
    BookingService bookings;

    @Inject
    Municipalities municipalities;

    /** The organisation of a booking page, if it takes bookings. */
    public Optional<Organisation> organisation(String slug) {
        return slug == null ? Optional.empty() : organisations.findBySlug(slug).filter(Organisation::isActive);
    }

    /** The municipality of a postcode, when the reference list can tell. */
    public Optional<String> municipalityOf(String postcode) {
        return municipalities.ofPostcode(postcode);
    }

    public List<Municipality> municipalities() {
        return municipalities.current();
    }

    public ObjectionCheck objectionDeadline(String slug, LocalDate decisionDate) {
        return within(slug, o -> bookings.objectionDeadline(decisionDate));
    }

    public List<FreeSlot> freeSlots(String slug, String municipality, String postcode, MeetingMode mode) {
        return within(slug, o -> bookings.freeSlots(municipality, postcode, mode));
    }

    /**
     * Books for the member at this address.
     *
     * @throws RateLimited when this address booked too often
     * @throws SlotTaken when the time was taken a moment earlier
     * @throws BookingRefused or a constraint violation for bad input, naming the field
     */
    public Booked book(String slug, BookingForm form, String address) {
        limit(bookingLimit, address);
        return within(slug, o -> bookings.book(o, form));
    }

    /** The appointment of a manage link on this organisation's page; a link of another organisation opens nothing. */
    public Optional<Appointment> appointment(String slug, String token, String address) {
        limit(linkLimit, address);
        return within(slug, o -> bookings.byToken(token));
    }

    public List<FreeSlot> freeSlotsToMove(String slug, String token) {
        return within(slug, o -> bookings.freeSlotsToMove(token));
    }

    public Appointment move(String slug, String token, Instant newStart, String address) {
        limit(linkLimit, address);
        return within(slug, o -> bookings.moveByMember(o, token, newStart));
    }

    public Appointment cancel(String slug, String token, String address) {
        limit(linkLimit, address);
        return within(slug, o -> bookings.cancelByMember(o, token));
    }

    /** An advisor's private calendar feed (iCalendar text); empty for an unknown secret or another organisation's. */
    public Optional<String> feed(String slug, String feedToken, String address) {
        limit(linkLimit, address);
        return organisation(slug).flatMap(o -> tenants.runAs(o.tenantId(), () -> bookings.feed(o, feedToken)));
    }

    private static void limit(RateLimit limit, String address) {
        if (!limit.tryAcquire(address)) {
            throw new RateLimited();
        }
    }

    private <T> T within(String slug, Function<Organisation, T> work) {
        Organisation organisation = organisation(slug).orElseThrow(() -> new BookingRefused("unknownOrganisation"));
        return tenants.runAs(organisation.tenantId(), () -> work.apply(organisation));
    }
}
