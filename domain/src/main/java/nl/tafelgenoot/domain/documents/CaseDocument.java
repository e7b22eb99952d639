package nl.tafelgenoot.domain.documents;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.shared.PublicIds;

/**
 * A PDF kept on a case: the decision letters the municipality sent (uploaded), and the letters
 * the portal drew up (each generation a new version, so what was sent can always be found back).
 * Immutable once stored. Linked to by a random public id, never by its row id. An upload whose
 * text seems to contain a citizen service number is kept with a warning the screen repeats, so
 * the advisor can replace it with a blacked-out copy (DOMAIN.md, privacy rules).
 */
@Entity
@Table(name = "case_document")
public class CaseDocument {

    /** Uploads above this size are refused; a scanned decision letter is far smaller. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private DocumentKind kind;

    @Column(name = "doc_version", nullable = false, updatable = false)
    private int version;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "bsn_suspected", nullable = false, updatable = false)
    private boolean bsnSuspected;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseDocument() {
    }

    public CaseDocument(SupportCase supportCase, DocumentKind kind, int version, String fileName, byte[] content,
                        boolean bsnSuspected, long createdBy, Instant createdAt) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("A document has 1 to " + MAX_BYTES + " bytes");
        }
        this.supportCase = Objects.requireNonNull(supportCase);
        this.kind = Objects.requireNonNull(kind);
        this.version = version;
        this.fileName = safeName(fileName);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.bsnSuspected = bsnSuspected;
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** A file name that is safe to offer for download: no path, no control characters, short. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.isEmpty()) {
            base = "document.pdf";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public boolean isBsnSuspected() {
        return bsnSuspected;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
