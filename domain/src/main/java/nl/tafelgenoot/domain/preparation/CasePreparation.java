package nl.tafelgenoot.domain.preparation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * The preparation kit of one case (step 2 of the route): the client's situation per life domain,
 * wishes, what the client can arrange or pay privately, general provisions already used, a week
 * diary, the checklist of what to bring and the rehearsed answers to the expected questions. One
 * per case; the source of the personal plan.
 *
 * <p>The aggregate guards its own rules: one part per life domain, one diary entry per date, one
 * answer per question, and nothing empty kept. Every stored change goes through
 * {@link #changed}, so the row's version moves even when only a part changed: a save made on
 * top of an older version is refused as a whole, never half-merged.
 */
@Entity
@Table(name = "case_preparation")
public class CasePreparation {

    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(length = MAX_LENGTH)
    private String wishes;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "private_means", length = MAX_LENGTH)
    private String privateMeans;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "general_provisions", length = MAX_LENGTH)
    private String generalProvisions;

    @Convert(converter = ChecklistItemsConverter.class)
    @Column(nullable = false, length = 400)
    private Set<ChecklistItem> checklist = EnumSet.noneOf(ChecklistItem.class);

    @Valid
    @OneToMany(mappedBy = "preparation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<LifeDomainPreparation> domains = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "preparation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<DiaryEntry> diary = new ArrayList<>();

    @Valid
    @OneToMany(mappedBy = "preparation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RehearsedAnswer> answers = new ArrayList<>();

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    private long version;

    protected CasePreparation() {
    }

    public CasePreparation(SupportCase supportCase) {
        this.supportCase = Objects.requireNonNull(supportCase);
    }

    /** The part of a life domain, added (empty) when there is none yet. */
    public LifeDomainPreparation domain(LifeDomain lifeDomain) {
        return findDomain(lifeDomain).orElseGet(() -> {
            LifeDomainPreparation added = new LifeDomainPreparation(this, lifeDomain);
            domains.add(added);
            return added;
        });
    }

    public Optional<LifeDomainPreparation> findDomain(LifeDomain lifeDomain) {
        return domains.stream().filter(d -> d.getLifeDomain() == lifeDomain).findFirst();
    }

    /** The parts per life domain, in the order of {@link LifeDomain}. */
    public List<LifeDomainPreparation> getDomains() {
        return domains.stream().sorted(Comparator.comparing(LifeDomainPreparation::getLifeDomain)).toList();
    }

    /**
     * Writes what did not work on a day: the one entry of that date is created or changed; an
     * empty text removes it.
     */
    public void writeDiary(LocalDate date, String whatDidNotWork) {
        Objects.requireNonNull(date);
        String text = Texts.clean(whatDidNotWork);
        Optional<DiaryEntry> entry = diary.stream().filter(e -> date.equals(e.getEntryDate())).findFirst();
        if (text == null) {
            entry.ifPresent(diary::remove);
        } else if (entry.isPresent()) {
            entry.get().setWhatDidNotWork(text);
        } else {
            diary.add(new DiaryEntry(this, date, text));
        }
    }

    public Optional<String> diaryOn(LocalDate date) {
        return diary.stream().filter(e -> date.equals(e.getEntryDate())).map(DiaryEntry::getWhatDidNotWork).findFirst();
    }

    /** The diary, oldest day first. */
    public List<DiaryEntry> getDiary() {
        return diary.stream().sorted(Comparator.comparing(DiaryEntry::getEntryDate)).toList();
    }

    /** Records the client's rehearsed answer to a question; an empty answer removes it. */
    public void answer(InterviewQuestion question, String text) {
        Objects.requireNonNull(question);
        String cleaned = Texts.clean(text);
        Optional<RehearsedAnswer> existing = answers.stream().filter(a -> a.getQuestion() == question).findFirst();
        if (cleaned == null) {
            existing.ifPresent(answers::remove);
        } else if (existing.isPresent()) {
            existing.get().setAnswer(cleaned);
        } else {
            answers.add(new RehearsedAnswer(this, question, cleaned));
        }
    }

    public Optional<String> answerTo(InterviewQuestion question) {
        return answers.stream().filter(a -> a.getQuestion() == question).map(RehearsedAnswer::getAnswer).findFirst();
    }

    /** The answers, in the order the questions are usually asked. */
    public List<RehearsedAnswer> getAnswers() {
        return answers.stream().sorted(Comparator.comparing(RehearsedAnswer::getQuestion)).toList();
    }

    public void tick(ChecklistItem item, boolean ticked) {
        Set<ChecklistItem> changed = getChecklist();
        if (ticked) {
            changed.add(item);
        } else {
            changed.remove(item);
        }
        this.checklist = changed;
    }

    public boolean isTicked(ChecklistItem item) {
        return checklist.contains(item);
    }

    /**
     * Takes over everything of a draft (a screen's copy): texts, ticks, the parts per life domain,
     * the diary and the answers. Parts left empty are removed.
     */
    public void copyFrom(CasePreparation draft) {
        setWishes(draft.wishes);
        setPrivateMeans(draft.privateMeans);
        setGeneralProvisions(draft.generalProvisions);
        setChecklist(draft.checklist);
        for (LifeDomain lifeDomain : LifeDomain.values()) {
            Optional<LifeDomainPreparation> source = draft.findDomain(lifeDomain).filter(d -> !d.isEmpty());
            if (source.isPresent()) {
                domain(lifeDomain).copyFrom(source.get());
            } else {
                findDomain(lifeDomain).ifPresent(domains::remove);
            }
        }
        Set<LocalDate> dates = new TreeSet<>();
        diary.forEach(e -> dates.add(e.getEntryDate()));
        draft.diary.forEach(e -> dates.add(e.getEntryDate()));
        dates.forEach(date -> writeDiary(date, draft.diaryOn(date).orElse(null)));
        for (InterviewQuestion question : InterviewQuestion.values()) {
            answer(question, draft.answerTo(question).orElse(null));
        }
    }

    /** Marks a stored change: who and when; also moves the version of the whole preparation. */
    public void changed(long by, Instant at) {
        this.changedBy = by;
        this.changedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public String getWishes() {
        return wishes;
    }

    public void setWishes(String wishes) {
        this.wishes = Texts.clean(wishes);
    }

    public String getPrivateMeans() {
        return privateMeans;
    }

    public void setPrivateMeans(String privateMeans) {
        this.privateMeans = Texts.clean(privateMeans);
    }

    public String getGeneralProvisions() {
        return generalProvisions;
    }

    public void setGeneralProvisions(String generalProvisions) {
        this.generalProvisions = Texts.clean(generalProvisions);
    }

    /** The ticked items, a copy. */
    public Set<ChecklistItem> getChecklist() {
        return checklist.isEmpty() ? EnumSet.noneOf(ChecklistItem.class) : EnumSet.copyOf(checklist);
    }

    public void setChecklist(Set<ChecklistItem> ticked) {
        this.checklist = ticked == null || ticked.isEmpty() ? EnumSet.noneOf(ChecklistItem.class) : EnumSet.copyOf(ticked);
    }

    public Long getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public long getVersion() {
        return version;
    }
}
