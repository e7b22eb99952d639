package nl.tafelgenoot.persistence.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.interviews.InterviewPlanRepository;

/** Interview plans in MariaDB; tenant-filtered like every tenant-owned entity. */
@ApplicationScoped
public class JpaInterviewPlanRepository implements InterviewPlanRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    @Override
    public Optional<InterviewPlan> forCase(SupportCase supportCase) {
        return em.createQuery("select p from InterviewPlan p where p.supportCase = :case", InterviewPlan.class)
                .setParameter("case", supportCase)
                .getResultStream()
                .findFirst();
    }

    @Override
    public InterviewPlan save(InterviewPlan plan) {
        InterviewPlan saved = plan.getId() == null ? persist(plan) : em.merge(plan);
        em.flush();
        return saved;
    }

    private InterviewPlan persist(InterviewPlan plan) {
        em.persist(plan);
        return plan;
    }
}
