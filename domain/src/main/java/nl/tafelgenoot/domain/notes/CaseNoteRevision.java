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
import java.time.Instant;
import java.util.Objects;

/**
 * An earlier text of a note: the text as it was, who wrote that text and when, and when it was
 * replaced. Never changed after it is written.
 */
@Entity
@Table(name = "case_note_revision")
public class CaseNoteRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "note_id", nullable = false, updatable = false)
    private CaseNote note;

    @Column(name = "note_text", nullable = false, updatable = false, length = CaseNote.MAX_LENGTH)
    private String text;

    @Column(name = "written_by", nullable = false, updatable = false)
    private long writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    protected CaseNoteRevision() {
    }

    CaseNoteRevision(CaseNote note, String text, long writtenBy, Instant writtenAt, Instant replacedAt) {
        this.note = Objects.requireNonNull(note);
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = Objects.requireNonNull(writtenAt);
        this.replacedAt = Objects.requireNonNull(replacedAt);
    }

    public Long getId() {
        return id;
    }

    public CaseNote getNote() {
        return note;
    }

    public String getText() {
        return text;
    }

    public long getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }
}
