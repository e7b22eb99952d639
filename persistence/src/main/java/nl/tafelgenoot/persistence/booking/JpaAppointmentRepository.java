package nl.tafelgenoot.persistence.booking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.advisors.AdvisorProfile;
import nl.tafelgenoot.domain.booking.Appointment;
import nl.tafelgenoot.domain.booking.AppointmentRepository;
import nl.tafelgenoot.domain.booking.AppointmentStatus;

/**
 * Appointments in JPQL on the multitenant entity, so every query is tenant-filtered; the week
 * and agenda queries use the indexes on (tenant_id, starts_at) and (tenant_id, advisor, starts_at).
 */
@ApplicationScoped
public class JpaAppointmentRepository implements AppointmentRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaAppointmentRepository() {
    }

    /** For tests outside the container. */
    public JpaAppointmentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Appointment add(Appointment appointment) {
        em.persist(appointment);
        return appointment;
    }

    @Override
    public Optional<Appointment> findByPublicId(String publicId) {
        return em.createQuery("select a from Appointment a where a.publicId = :id", Appointment.class)
                .setParameter("id", publicId).getResultStream().findFirst();
    }

    @Override
    public Optional<Appointment> findByTokenHash(String tokenHash) {
        return em.createQuery("select a from Appointment a where a.manageTokenHash = :hash", Appointment.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public List<Appointment> booked(Collection<Long> advisorAccountIds, Instant from, Instant to) {
        return em.createQuery("select a from Appointment a where a.advisorAccountId in :advisors"
                        + " and a.status = :booked and a.endsAt > :from and a.startsAt < :to order by a.startsAt",
                        Appointment.class)
                .setParameter("advisors", advisorAccountIds).setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Appointment> bookedLocked(long advisorAccountId, Instant from, Instant to) {
        em.createQuery("select p from AdvisorProfile p where p.accountId = :account", AdvisorProfile.class)
                .setParameter("account", advisorAccountId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        return em.createQuery("select a from Appointment a where a.advisorAccountId = :advisor"
                        + " and a.status = :booked and a.endsAt > :from and a.startsAt < :to", Appointment.class)
                .setParameter("advisor", advisorAccountId).setParameter("booked", AppointmentStatus.BOOKED)
                .setParameter("from", from).setParameter("to", to)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public List<Appointment> between(Instant from, Instant to, Long advisorAccountId) {
        return em.createQuery("select a from Appointment a where a.startsAt >= :from and a.startsAt < :to"
                        + " and (:advisor is null or a.advisorAccountId = :advisor) order by a.startsAt, a.id",
                        Appointment.class)
                .setParameter("from", from).setParameter("to", to).setParameter("advisor", advisorAccountId)
                .getResultList();
    }

    @Override
    public List<Appointment> ofRequest(long requestId) {
        return em.createQuery("select a from Appointment a where a.request.id = :request order by a.bookedAt desc",
                Appointment.class).setParameter("request", requestId).getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
