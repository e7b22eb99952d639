package nl.tafelgenoot.persistence.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.mail.MailStatus;
import nl.tafelgenoot.domain.mail.OutboxMail;
import nl.tafelgenoot.domain.mail.OutboxRepository;
import nl.tafelgenoot.domain.shared.PageRequest;

/**
 * The outbox in MariaDB. JPQL on the multitenant entity only, so every query and update, the
 * claim included, is filtered by the bound organisation.
 */
@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaOutboxRepository() {
    }

    /** For tests outside the container. */
    public JpaOutboxRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean existsWithKey(String dedupKey) {
        return !em.createQuery("select m.id from OutboxMail m where m.dedupKey = :key", Long.class)
                .setParameter("key", dedupKey)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public OutboxMail add(OutboxMail mail) {
        em.persist(mail);
        em.flush();
        return mail;
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    @Override
    public List<OutboxMail> list(MailStatus status, PageRequest page) {
        TypedQuery<OutboxMail> query = em.createQuery("select m from OutboxMail m"
                + (status == null ? "" : " where m.status = :status")
                + " order by m.queuedAt desc, m.id desc", OutboxMail.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
    }

    @Override
    public long count(MailStatus status) {
        TypedQuery<Long> query = em.createQuery("select count(m) from OutboxMail m"
                + (status == null ? "" : " where m.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    @Override
    public List<Long> claimableIds(Instant now, int limit) {
        return em.createQuery("select m.id from OutboxMail m where " + CLAIMABLE
                        + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean claim(long id, String node, Instant now, Instant until) {
        int claimed = em.createQuery("update OutboxMail m set m.claimedBy = :node, m.claimedUntil = :until"
                        + " where m.id = :id and " + CLAIMABLE)
                .setParameter("node", node)
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1;
    }

    /** {@link OutboxMail#isClaimable} in JPQL. */
    private static final String CLAIMABLE = "m.status = :pending and m.nextAttemptAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now)";

    @Override
    public int giveUpPending(String reason) {
        return em.createQuery("update OutboxMail m set m.status = :failed, m.lastError = :reason where m.status = :pending")
                .setParameter("failed", MailStatus.FAILED).setParameter("reason", reason)
                .setParameter("pending", MailStatus.PENDING).executeUpdate();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
