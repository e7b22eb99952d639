package nl.tafelgenoot.domain.booking;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The appointments of the current tenant. */
public interface AppointmentRepository {

    Appointment add(Appointment appointment);

    Optional<Appointment> findByPublicId(String publicId);

    Optional<Appointment> findByTokenHash(String tokenHash);

    /** Booked (not cancelled) appointments of these advisors that end after from and begin before to. */
    List<Appointment> booked(Collection<Long> advisorAccountIds, Instant from, Instant to);

    /**
     * The same for one advisor, read with a lock on the advisor's profile row and a locking read
     * of the appointments, so two bookings of one advisor are checked one after the other and the
     * second sees the first even when it committed a moment ago.
     */
    List<Appointment> bookedLocked(long advisorAccountId, Instant from, Instant to);

    /** Every appointment (booked and cancelled) starting in [from, to), of one advisor or (null) all, by start. */
    List<Appointment> between(Instant from, Instant to, Long advisorAccountId);

    /** The appointments of one intake request, newest first. */
    List<Appointment> ofRequest(long requestId);

    /** Writes pending changes now, so the database's refusal of a double booking fails inside the call. */
    void flush();
}
