package nl.tafelgenoot.domain.documents;

import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;

/** Documents kept on the current tenant's cases. */
public interface CaseDocumentRepository {

    /** The case's documents, newest first. */
    List<CaseDocument> ofCase(SupportCase supportCase);

    Optional<CaseDocument> byPublicId(String publicId);

    /** The highest version of this kind on the case, 0 when there is none. */
    int latestVersion(SupportCase supportCase, DocumentKind kind);

    CaseDocument add(CaseDocument document);

    /** Bytes of every document the current tenant keeps (the platform operator's "storage"). */
    long totalBytes();

    void remove(CaseDocument document);
}
