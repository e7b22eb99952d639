package nl.tafelgenoot.domain.preparation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * One day of the week diary: what did not work that day. At most one entry per date (the
 * preparation guards it, a unique key backs it up); it can be changed later in the week.
 */
@Entity
@Table(name = "preparation_diary")
public class DiaryEntry {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "preparation_id", nullable = false, updatable = false)
    private CasePreparation preparation;

    @NotNull(message = "{preparation.diary.date.required}")
    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @NotBlank(message = "{preparation.diary.text.required}")
    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "what_did_not_work", nullable = false, length = MAX_LENGTH)
    private String whatDidNotWork;

    protected DiaryEntry() {
    }

    DiaryEntry(CasePreparation preparation, LocalDate entryDate, String whatDidNotWork) {
        this.preparation = Objects.requireNonNull(preparation);
        this.entryDate = entryDate;
        setWhatDidNotWork(whatDidNotWork);
    }

    public Long getId() {
        return id;
    }

    public CasePreparation getPreparation() {
        return preparation;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getWhatDidNotWork() {
        return whatDidNotWork;
    }

    public void setWhatDidNotWork(String whatDidNotWork) {
        this.whatDidNotWork = Texts.clean(whatDidNotWork);
    }
}
