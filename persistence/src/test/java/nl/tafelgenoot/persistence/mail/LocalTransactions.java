package nl.tafelgenoot.persistence.mail;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;
import nl.tafelgenoot.domain.mail.OwnTransactions;

/**
 * The sender's steps committed on one tenant-bound EntityManager outside the container, one
 * transaction each, as the container's {@code TenantTransactions} does with REQUIRES_NEW. The
 * persistence context is cleared around each step, so every step reads the database afresh.
 */
final class LocalTransactions implements OwnTransactions {

    private final EntityManager em;

    LocalTransactions(EntityManager em) {
        this.em = em;
    }

    @Override
    public <T> T commit(Supplier<T> step) {
        em.clear();
        em.getTransaction().begin();
        try {
            T result = step.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }
}
