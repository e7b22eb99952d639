package nl.tafelgenoot.domain.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.validation.Bsn;

/**
 * The documents kept on a case. Everything goes through the case ({@link CaseService#find}), so
 * a document of a case the caller may not see is "not found", like the case. Uploads must be
 * PDFs of at most {@link CaseDocument#MAX_BYTES}; their text is searched for a citizen service
 * number, which the portal may not keep: it warns, and the advisor removes the upload.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class DocumentService {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    @Inject
    CaseService cases;

    @Inject
    CaseDocumentRepository documents;

    @Inject
    PdfText pdfText;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The case's documents, newest first, without their content being shown to anyone yet. */
    public List<CaseDocument> ofCase(String casePublicId) {
        return documents.ofCase(visibleCase(casePublicId));
    }

    /** Keeps an uploaded letter of the municipality; see {@link CaseDocument#isBsnSuspected()}. */
    public CaseDocument upload(String casePublicId, DocumentKind kind, String fileName, byte[] pdf) {
        user.require(Permission.CASE_WRITE);
        if (kind.isGenerated()) {
            throw new IllegalArgumentException("letters are drawn up, not uploaded: " + kind);
        }
        SupportCase supportCase = visibleCase(casePublicId);
        if (pdf == null || pdf.length > CaseDocument.MAX_BYTES) {
            throw new NotAPdf(pdf != null);
        }
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            throw new NotAPdf(false);
        }
        String text;
        try {
            text = pdfText.extract(pdf);
        } catch (RuntimeException unreadable) {
            throw new NotAPdf(false);
        }
        CaseDocument document = new CaseDocument(supportCase, kind, documents.latestVersion(supportCase, kind) + 1,
                fileName, pdf, Bsn.occursIn(text), user.accountId(), clock.instant());
        documents.add(document);
        audit.record(AuditAction.DOCUMENT_UPLOADED, supportCase.getClient().getPublicId());
        return document;
    }

    /** Keeps a letter the portal drew up, as the next version of its kind. */
    public CaseDocument keepLetter(String casePublicId, DocumentKind kind, String fileName, byte[] pdf) {
        user.require(Permission.CASE_WRITE);
        if (!kind.isGenerated()) {
            throw new IllegalArgumentException("not a letter the portal draws up: " + kind);
        }
        SupportCase supportCase = visibleCase(casePublicId);
        CaseDocument document = new CaseDocument(supportCase, kind, documents.latestVersion(supportCase, kind) + 1,
                fileName, pdf, false, user.accountId(), clock.instant());
        documents.add(document);
        audit.record(AuditAction.LETTER_CREATED, supportCase.getClient().getPublicId());
        return document;
    }

    /** A document to open, if its case is visible to the caller; the read is audited. */
    public Optional<CaseDocument> open(String documentPublicId) {
        Optional<CaseDocument> found = visibleDocument(documentPublicId);
        found.ifPresent(d -> audit.record(AuditAction.DOCUMENT_VIEWED, d.getSupportCase().getClient().getPublicId()));
        return found;
    }

    /** Removes an upload (a letter with a citizen service number, say); drawn-up letters stay as sent. */
    public void remove(String documentPublicId) {
        user.require(Permission.CASE_WRITE);
        CaseDocument document = visibleDocument(documentPublicId).orElseThrow(() -> new NotFoundException("document"));
        if (document.getKind().isGenerated()) {
            throw new IllegalArgumentException("letters drawn up are kept");
        }
        documents.remove(document);
        audit.record(AuditAction.DOCUMENT_DELETED, document.getSupportCase().getClient().getPublicId());
    }

    private Optional<CaseDocument> visibleDocument(String documentPublicId) {
        if (!PublicIds.isWellFormed(documentPublicId)) {
            return Optional.empty();
        }
        return documents.byPublicId(documentPublicId)
                .filter(d -> cases.find(d.getSupportCase().getPublicId()).isPresent());
    }

    private SupportCase visibleCase(String casePublicId) {
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }
}
