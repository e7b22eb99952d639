package nl.tafelgenoot.domain.objections;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * The municipality's written decision (beschikking) on the case's application, as the advisor
 * copies it from the letter: when it was taken and sent, its reference, what it grants and
 * whether it carries an objection clause. The dispatch date starts the objection term (A1), so
 * the dates must follow each other: application, decision, dispatch, and none in the future.
 * Until the decision comes, the row may hold only a notice of default for a late decision (W5, A7).
 * One per case; a new application is a new case.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "dispatched_on")
    private LocalDate dispatchedOn;

    @NoBsn
    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(name = "municipality_ref", length = 100)
    private String municipalityReference;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private DecisionOutcome outcome;

    @NoBsn
    @Size(max = 2000, message = "{tafelgenoot.size.max}")
    @Column(length = 2000)
    private String provisions;

    @Column(name = "objection_clause", nullable = false)
    private boolean objectionClause = true;

    @Embedded
    private NoticeOfDefault noticeOfDefault = new NoticeOfDefault(null, null);

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Decision() {
    }

    public Decision(SupportCase supportCase) {
        this.supportCase = Objects.requireNonNull(supportCase);
    }

    /**
     * Takes over what the advisor entered. The case's application date is checked here too, since
     * the decision follows it; the caller stores it on the case.
     */
    public void record(DecisionInput input, LocalDate today, long by, Instant at) {
        LocalDate notified = supportCase.getNotifiedOn();
        InvalidInput.check(InvalidInput.notBefore(input.applicationOn(), notified), "applicationOn", "beforeNotification");
        InvalidInput.check(input.decidedOn() == null || input.applicationOn() != null, "applicationOn", "required");
        InvalidInput.check(InvalidInput.notBefore(input.decidedOn(), input.applicationOn()), "decidedOn", "beforeApplication");
        InvalidInput.check(input.dispatchedOn() == null || input.decidedOn() != null, "decidedOn", "required");
        InvalidInput.check(InvalidInput.notBefore(input.dispatchedOn(), input.decidedOn()), "dispatchedOn", "beforeDecision");
        InvalidInput.check(notFuture(input.decidedOn(), today), "decidedOn", "future");
        InvalidInput.check(notFuture(input.dispatchedOn(), today), "dispatchedOn", "future");
        InvalidInput.check(input.decidedOn() == null || input.outcome() != null, "outcome", "required");
        InvalidInput.check(notFuture(input.defaultSentOn(), today), "defaultSentOn", "future");
        InvalidInput.check(notFuture(input.defaultReceivedOn(), today), "defaultReceivedOn", "future");
        InvalidInput.check(input.defaultReceivedOn() == null || input.applicationOn() != null, "applicationOn", "required");
        InvalidInput.check(InvalidInput.notBefore(input.defaultSentOn(), input.applicationOn()), "defaultSentOn", "beforeApplication");
        this.noticeOfDefault = new NoticeOfDefault(input.defaultSentOn(), input.defaultReceivedOn());
        this.decidedOn = input.decidedOn();
        this.dispatchedOn = input.dispatchedOn();
        this.municipalityReference = Texts.clean(input.municipalityReference());
        this.outcome = input.outcome();
        this.provisions = Texts.clean(input.provisions());
        this.objectionClause = input.objectionClause();
        this.recordedBy = by;
        this.recordedAt = Objects.requireNonNull(at);
    }

    private static boolean notFuture(LocalDate date, LocalDate today) {
        return date == null || !date.isAfter(today);
    }

    /** The decision has been taken and sent, so it can be objected to. */
    public boolean isDispatched() {
        return dispatchedOn != null;
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public LocalDate getDispatchedOn() {
        return dispatchedOn;
    }

    public String getMunicipalityReference() {
        return municipalityReference;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getProvisions() {
        return provisions;
    }

    public boolean hasObjectionClause() {
        return objectionClause;
    }

    public NoticeOfDefault getNoticeOfDefault() {
        return noticeOfDefault == null ? new NoticeOfDefault(null, null) : noticeOfDefault;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
