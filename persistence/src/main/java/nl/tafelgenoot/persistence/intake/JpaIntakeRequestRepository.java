package nl.tafelgenoot.persistence.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.intake.IntakeRequest;
import nl.tafelgenoot.domain.intake.IntakeRequestRepository;
import nl.tafelgenoot.domain.intake.IntakeStatus;
import nl.tafelgenoot.domain.intake.OfferAnswer;
import nl.tafelgenoot.domain.shared.PageRequest;

/**
 * Intake requests in JPQL on the multitenant entities, so every query is tenant-filtered; the
 * queue uses the index on (tenant_id, status, received_at).
 */
@ApplicationScoped
public class JpaIntakeRequestRepository implements IntakeRequestRepository {

    private static final List<IntakeStatus> IN_QUEUE = List.of(IntakeStatus.WAITING, IntakeStatus.OFFERED);

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaIntakeRequestRepository() {
    }

    /** For tests outside the container. */
    public JpaIntakeRequestRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<IntakeRequest> findByPublicId(String publicId) {
        return em.createQuery("select r from IntakeRequest r where r.publicId = :id", IntakeRequest.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<IntakeRequest> queue(PageRequest page) {
        return em.createQuery("select r from IntakeRequest r where r.status in :queue"
                        + " order by r.urgent desc, r.receivedAt, r.id", IntakeRequest.class)
                .setParameter("queue", IN_QUEUE)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
    }

    @Override
    public long queueCount() {
        return em.createQuery("select count(r) from IntakeRequest r where r.status in :queue", Long.class)
                .setParameter("queue", IN_QUEUE)
                .getSingleResult();
    }

    @Override
    public List<IntakeRequest> offeredTo(long accountId) {
        return em.createQuery("select distinct r from IntakeRequest r join r.offers o"
                        + " where o.accountId = :account and o.answer = :pending order by r.receivedAt",
                        IntakeRequest.class)
                .setParameter("account", accountId)
                .setParameter("pending", OfferAnswer.PENDING)
                .getResultList();
    }

    @Override
    public long countReceived(Instant from, Instant until) {
        return em.createQuery("select count(r) from IntakeRequest r where r.receivedAt >= :from"
                        + " and r.receivedAt < :until and r.origin = nl.tafelgenoot.domain.intake.IntakeOrigin.NEW_REQUEST",
                        Long.class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getSingleResult();
    }

    @Override
    public List<IntakeRequest> waitingSince(Instant before) {
        return em.createQuery("select r from IntakeRequest r where r.status = :waiting and r.receivedAt < :before"
                        + " order by r.receivedAt", IntakeRequest.class)
                .setParameter("waiting", IntakeStatus.WAITING)
                .setParameter("before", before)
                .getResultList();
    }

    @Override
    public IntakeRequest add(IntakeRequest request) {
        if (!em.contains(request)) {
            em.persist(request);
        }
        em.flush();
        return request;
    }
}
