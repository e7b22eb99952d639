package nl.tafelgenoot.persistence.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.CaseTaskRepository;

/** Case tasks in MariaDB; JPQL on multitenant entities only, so every query is tenant-filtered. */
@ApplicationScoped
public class JpaCaseTaskRepository implements CaseTaskRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaCaseTaskRepository() {
    }

    /** For tests outside the container. */
    public JpaCaseTaskRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CaseTask> ofCase(SupportCase supportCase) {
        return em.createQuery("select t from CaseTask t where t.supportCase = :case"
                        + " order by case when t.doneAt is null then 0 else 1 end, t.dueOn, t.id", CaseTask.class)
                .setParameter("case", supportCase)
                .getResultList();
    }

    @Override
    public Optional<CaseTask> find(SupportCase supportCase, long taskId) {
        return em.createQuery("select t from CaseTask t where t.supportCase = :case and t.id = :id", CaseTask.class)
                .setParameter("case", supportCase)
                .setParameter("id", taskId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CaseTask> openOnCasesOf(long advisorAccountId) {
        return em.createQuery("select t from CaseTask t where t.doneAt is null and exists (select a from CaseAssignment a"
                        + " where a.supportCase = t.supportCase and a.accountId = :advisor and a.endedAt is null)"
                        + " order by t.dueOn, t.id", CaseTask.class)
                .setParameter("advisor", advisorAccountId)
                .getResultList();
    }

    @Override
    public CaseTask add(CaseTask task) {
        em.persist(task);
        em.flush();
        return task;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
