package nl.tafelgenoot.persistence.objections;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/**
 * The two reads every one-per-case entity of this feature needs (the decision, the objection):
 * the row of one case, and the rows of many cases in one query. JPQL on a multitenant entity
 * whose {@code supportCase} attribute names its case, so tenant-filtered.
 */
final class OnePerCase {

    private OnePerCase() {
    }

    static <T> Optional<T> of(EntityManager em, Class<T> type, SupportCase supportCase) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.supportCase = :case", type)
                .setParameter("case", supportCase)
                .getResultStream()
                .findFirst();
    }

    static <T> List<T> ofAll(EntityManager em, Class<T> type, Collection<SupportCase> cases) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.supportCase in :cases", type)
                .setParameter("cases", cases)
                .getResultList();
    }
}
