package nl.tafelgenoot.persistence.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.tasks.CaseTask;
import nl.tafelgenoot.domain.tasks.CaseTaskRepository;
import nl.tafelgenoot.domain.tasks.TaskSource;
import nl.tafelgenoot.persistence.shared.Aggregates;
import nl.tafelgenoot.persistence.shared.Scopes;

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
    public List<CaseTask> openTasks(Long advisorAccountId, int limit) {
        return em.createQuery("select t from CaseTask t join fetch t.supportCase c join fetch c.client"
                        + " where t.doneAt is null and " + Scopes.assignedTo("t.supportCase")
                        + " order by t.dueOn, t.id", CaseTask.class)
                .setParameter("advisor", advisorAccountId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOpen(Long advisorAccountId) {
        return em.createQuery("select count(t) from CaseTask t where t.doneAt is null and "
                        + Scopes.assignedTo("t.supportCase"), Long.class)
                .setParameter("advisor", advisorAccountId)
                .getSingleResult();
    }

    @Override
    public List<CaseTask> reportChasesToReview(LocalDate interviewBefore) {
        return em.createQuery("select t from CaseTask t join fetch t.supportCase c join fetch c.client"
                        + " where t.source = :chase and (t.doneAt is null"
                        + " or (c.reportReceivedOn is null and c.interviewOn < :before))", CaseTask.class)
                .setParameter("chase", TaskSource.REPORT_CHASE)
                .setParameter("before", interviewBefore)
                .getResultList();
    }

    @Override
    public List<CaseTask> openOfSource(TaskSource source) {
        return em.createQuery("select t from CaseTask t join fetch t.supportCase c join fetch c.client"
                        + " where t.source = :source and t.doneAt is null", CaseTask.class)
                .setParameter("source", source)
                .getResultList();
    }

    @Override
    public Map<Long, Instant> lastDoneByCase(Long advisorAccountId) {
        List<Object[]> rows = em.createQuery("select t.supportCase.id, t.doneAt from CaseTask t"
                        + " where t.closedBySystem = false and " + Scopes.assignedTo("t.supportCase")
                        + " and t.doneAt = (select max(t2.doneAt) from CaseTask t2 where t2.supportCase = t.supportCase"
                        + " and t2.closedBySystem = false)", Object[].class)
                .setParameter("advisor", advisorAccountId)
                .getResultList();
        return Aggregates.latestByCase(rows);
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
