package nl.tafelgenoot.persistence.notes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.notes.CaseNote;
import nl.tafelgenoot.domain.notes.CaseNoteRepository;
import nl.tafelgenoot.domain.notes.CaseNoteRevision;
import nl.tafelgenoot.persistence.shared.Aggregates;
import nl.tafelgenoot.persistence.shared.Scopes;

/** Case notes in MariaDB; JPQL on multitenant entities only, so every query is tenant-filtered. */
@ApplicationScoped
public class JpaCaseNoteRepository implements CaseNoteRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaCaseNoteRepository() {
    }

    /** For tests outside the container. */
    public JpaCaseNoteRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CaseNote> ofCase(SupportCase supportCase) {
        return em.createQuery("select n from CaseNote n where n.supportCase = :case"
                        + " order by n.outcome desc, n.writtenAt desc, n.id desc", CaseNote.class)
                .setParameter("case", supportCase)
                .getResultList();
    }

    @Override
    public Optional<CaseNote> find(SupportCase supportCase, long noteId) {
        return em.createQuery("select n from CaseNote n where n.supportCase = :case and n.id = :id", CaseNote.class)
                .setParameter("case", supportCase)
                .setParameter("id", noteId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public CaseNote add(CaseNote note) {
        em.persist(note);
        em.flush();
        return note;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public CaseNoteRevision addRevision(CaseNoteRevision revision) {
        em.persist(revision);
        return revision;
    }

    @Override
    public Map<Long, Instant> lastWrittenByCase(Long advisorAccountId) {
        Map<Long, Instant> latest = Aggregates.latestByCase(latestPerCase("writtenAt", advisorAccountId));
        Aggregates.latestByCase(latestPerCase("editedAt", advisorAccountId))
                .forEach((caseId, at) -> latest.merge(caseId, at, (x, y) -> x.isAfter(y) ? x : y));
        return latest;
    }

    /** Per case the newest value of a timestamp attribute (see {@link Aggregates} on why not max()). */
    private List<Object[]> latestPerCase(String attribute, Long advisorAccountId) {
        return em.createQuery("select n.supportCase.id, n." + attribute + " from CaseNote n where "
                        + Scopes.assignedTo("n.supportCase") + " and n." + attribute + " = (select max(n2." + attribute
                        + ") from CaseNote n2 where n2.supportCase = n.supportCase)", Object[].class)
                .setParameter("advisor", advisorAccountId)
                .getResultList();
    }

    @Override
    public List<CaseNoteRevision> revisions(CaseNote note) {
        return em.createQuery("select r from CaseNoteRevision r where r.note = :note"
                        + " order by r.replacedAt desc, r.id desc", CaseNoteRevision.class)
                .setParameter("note", note)
                .getResultList();
    }
}
