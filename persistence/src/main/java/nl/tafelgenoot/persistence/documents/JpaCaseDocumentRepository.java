package nl.tafelgenoot.persistence.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.documents.CaseDocument;
import nl.tafelgenoot.domain.documents.CaseDocumentRepository;
import nl.tafelgenoot.domain.documents.DocumentKind;

/** Case documents in MariaDB; JPQL on a multitenant entity only, so tenant-filtered. */
@ApplicationScoped
public class JpaCaseDocumentRepository implements CaseDocumentRepository {

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    public JpaCaseDocumentRepository() {
    }

    /** For tests outside the container. */
    public JpaCaseDocumentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<CaseDocument> ofCase(SupportCase supportCase) {
        return em.createQuery("select d from CaseDocument d where d.supportCase = :case"
                        + " order by d.createdAt desc, d.id desc", CaseDocument.class)
                .setParameter("case", supportCase)
                .getResultList();
    }

    @Override
    public Optional<CaseDocument> byPublicId(String publicId) {
        return em.createQuery("select d from CaseDocument d where d.publicId = :id", CaseDocument.class)
                .setParameter("id", publicId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int latestVersion(SupportCase supportCase, DocumentKind kind) {
        Integer latest = em.createQuery("select max(d.version) from CaseDocument d"
                        + " where d.supportCase = :case and d.kind = :kind", Integer.class)
                .setParameter("case", supportCase)
                .setParameter("kind", kind)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    @Override
    public CaseDocument add(CaseDocument document) {
        em.persist(document);
        em.flush();
        return document;
    }

    @Override
    public long totalBytes() {
        Long total = em.createQuery("select sum(d.sizeBytes) from CaseDocument d", Long.class).getSingleResult();
        return total == null ? 0 : total;
    }

    @Override
    public void remove(CaseDocument document) {
        em.remove(em.contains(document) ? document : em.merge(document));
        em.flush();
    }
}
