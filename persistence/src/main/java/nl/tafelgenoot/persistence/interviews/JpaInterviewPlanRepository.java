package nl.tafelgenoot.persistence.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.CasePhase;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.interviews.InterviewPlan;
import nl.tafelgenoot.domain.interviews.InterviewPlanRepository;
import nl.tafelgenoot.persistence.shared.Scopes;

/** Interview plans in MariaDB; tenant-filtered like every tenant-owned entity. */
@ApplicationScoped
public class JpaInterviewPlanRepository implements InterviewPlanRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaInterviewPlanRepository() {
    }

    /** For tests outside the container. */
    public JpaInterviewPlanRepository(EntityManager em) {
        this.em = em;
    }

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

    @Override
    public List<InterviewPlan> plannedBetween(LocalDate from, LocalDate to, Long advisorAccountId) {
        return em.createQuery("select p from InterviewPlan p join fetch p.supportCase c join fetch c.client"
                        + " where p.plannedOn between :from and :to and c.phase <> :closed and "
                        + Scopes.assignedTo("p.supportCase") + " order by p.plannedOn, p.plannedAt, p.id",
                        InterviewPlan.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("closed", CasePhase.CLOSED)
                .setParameter("advisor", advisorAccountId)
                .getResultList();
    }

    private InterviewPlan persist(InterviewPlan plan) {
        em.persist(plan);
        return plan;
    }
}
