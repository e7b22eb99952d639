package nl.tafelgenoot.domain.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * A note shared by everyone working on a case, written during or after the interview. It keeps
 * who wrote it and when, and who changed it last; every change keeps the text it replaced as a
 * {@link CaseNoteRevision}. The version refuses a change made on top of a text that has changed
 * since it was read.
 *
 * <p>The interview's outcome "in a few lines" is a note flagged as {@link #isOutcome() outcome}:
 * it is written, shared, edited and versioned like any note, and shown first.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @NotBlank(message = "{note.text.required}")
    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "note_text", nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(nullable = false, updatable = false)
    private boolean outcome;

    @Column(name = "written_by", nullable = false, updatable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "edited_by")
    private Long editedBy;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Version
    private long version;

    protected CaseNote() {
    }

    public CaseNote(SupportCase supportCase, String text, boolean outcome, long writtenBy, Instant writtenAt) {
        this.supportCase = Objects.requireNonNull(supportCase);
        this.text = clean(text);
        this.outcome = outcome;
        this.writtenBy = writtenBy;
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    /**
     * Replaces the text. Returns the revision that keeps the replaced text (with who wrote it and
     * when), or nothing when the text did not change.
     */
    public Optional<CaseNoteRevision> edit(String newText, long by, Instant at) {
        String cleaned = clean(newText);
        if (Objects.equals(cleaned, text)) {
            return Optional.empty();
        }
        CaseNoteRevision previous = new CaseNoteRevision(this, text, lastWrittenBy(), lastWrittenAt(), at);
        this.text = cleaned;
        this.editedBy = by;
        this.editedAt = Objects.requireNonNull(at);
        return Optional.of(previous);
    }

    public boolean isEdited() {
        return editedAt != null;
    }

    /** Who wrote the current text: the last editor, else the author. */
    public long lastWrittenBy() {
        return editedBy != null ? editedBy : writtenBy;
    }

    public Instant lastWrittenAt() {
        return editedAt != null ? editedAt : writtenAt;
    }

    private static String clean(String text) {
        return text == null ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public String getText() {
        return text;
    }

    public boolean isOutcome() {
        return outcome;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Long getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public long getVersion() {
        return version;
    }
}
