package nl.tafelgenoot.domain.preparation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.LifeDomain;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * The client's situation on one life domain, in the client's words: what still goes well, where
 * it gets stuck, what was tried already and how often help is needed. Care-needs data: stored
 * only with the client's consent (see {@link PreparationService}). A row of its own, with its own
 * tenant column, so the tenancy filter covers it like any tenant-owned entity.
 */
@Entity
@Table(name = "preparation_domain")
public class LifeDomainPreparation {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_NOTE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "preparation_id", nullable = false, updatable = false)
    private CasePreparation preparation;

    @Enumerated(EnumType.STRING)
    @Column(name = "life_domain", nullable = false, updatable = false, length = 40)
    private LifeDomain lifeDomain;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "goes_well", length = MAX_LENGTH)
    private String goesWell;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(length = MAX_LENGTH)
    private String stuck;

    @NoBsn
    @Size(max = MAX_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(length = MAX_LENGTH)
    private String tried;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_frequency", length = 30)
    private HelpFrequency helpFrequency;

    @NoBsn
    @Size(max = MAX_NOTE_LENGTH, message = "{tafelgenoot.size.max}")
    @Column(name = "frequency_note", length = MAX_NOTE_LENGTH)
    private String frequencyNote;

    protected LifeDomainPreparation() {
    }

    LifeDomainPreparation(CasePreparation preparation, LifeDomain lifeDomain) {
        this.preparation = Objects.requireNonNull(preparation);
        this.lifeDomain = Objects.requireNonNull(lifeDomain);
    }

    /** Nothing filled in: such a domain is not kept and not shown in the personal plan. */
    public boolean isEmpty() {
        return goesWell == null && stuck == null && tried == null && helpFrequency == null && frequencyNote == null;
    }

    void copyFrom(LifeDomainPreparation draft) {
        setGoesWell(draft.goesWell);
        setStuck(draft.stuck);
        setTried(draft.tried);
        setHelpFrequency(draft.helpFrequency);
        setFrequencyNote(draft.frequencyNote);
    }

    public Long getId() {
        return id;
    }

    public CasePreparation getPreparation() {
        return preparation;
    }

    public LifeDomain getLifeDomain() {
        return lifeDomain;
    }

    public String getGoesWell() {
        return goesWell;
    }

    public void setGoesWell(String goesWell) {
        this.goesWell = Texts.clean(goesWell);
    }

    public String getStuck() {
        return stuck;
    }

    public void setStuck(String stuck) {
        this.stuck = Texts.clean(stuck);
    }

    public String getTried() {
        return tried;
    }

    public void setTried(String tried) {
        this.tried = Texts.clean(tried);
    }

    public HelpFrequency getHelpFrequency() {
        return helpFrequency;
    }

    public void setHelpFrequency(HelpFrequency helpFrequency) {
        this.helpFrequency = helpFrequency;
    }

    public String getFrequencyNote() {
        return frequencyNote;
    }

    public void setFrequencyNote(String frequencyNote) {
        this.frequencyNote = Texts.clean(frequencyNote);
    }
}
