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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.deadlines.ObjectionTimeliness;
import nl.tafelgenoot.domain.shared.Texts;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * The client's objection (bezwaar) against the case's decision, followed until the decision on
 * it and, if needed, the appeal. The aggregate guards two things: its route ({@link
 * ObjectionState}, and no step before the facts it needs), and the facts themselves — dates in
 * order after the decision's dispatch, and a late objection only with its excuse (A3). Whether
 * it was late is computed by the caller with the holiday calendar ({@link ObjectionTimeliness})
 * and handed in, so this class stays free of the calendar. One per case.
 */
@Entity
@Table(name = "objection")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObjectionState state = ObjectionState.CONSIDERING;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_from", length = 20)
    private ObjectionState closedFrom;

    @Column(name = "pro_forma", nullable = false)
    private boolean proForma;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "posted_on")
    private LocalDate postedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "late_excuse", length = 30)
    private LateExcuse lateExcuse;

    @NoBsn
    @Size(max = 2000, message = "{tafelgenoot.size.max}")
    @Column(name = "late_excuse_text", length = 2000)
    private String lateExcuseText;

    @Column(name = "repair_requested_on")
    private LocalDate repairRequestedOn;

    @Column(name = "repair_due_on")
    private LocalDate repairDueOn;

    @Column(name = "grounds_filed_on")
    private LocalDate groundsFiledOn;

    @Column(name = "advisory_committee", nullable = false)
    private boolean advisoryCommittee;

    @Column(nullable = false)
    private boolean extended;

    @Column(name = "hearing_at")
    private LocalDateTime hearingAt;

    @NoBsn
    @Size(max = 200, message = "{tafelgenoot.size.max}")
    @Column(name = "hearing_place", length = 200)
    private String hearingPlace;

    @NoBsn
    @Size(max = 500, message = "{tafelgenoot.size.max}")
    @Column(name = "hearing_attendees", length = 500)
    private String hearingAttendees;

    @NoBsn
    @Size(max = 2000, message = "{tafelgenoot.size.max}")
    @Column(name = "hearing_documents", length = 2000)
    private String hearingDocuments;

    @NoBsn
    @Size(max = 8000, message = "{tafelgenoot.size.max}")
    @Column(name = "hearing_note", length = 8000)
    private String hearingNote;

    @Embedded
    private NoticeOfDefault noticeOfDefault = new NoticeOfDefault(null, null);

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ObjectionOutcome outcome;

    @Column(name = "decision_dispatched_on")
    private LocalDate decisionDispatchedOn;

    @Column(name = "appeal_filed_on")
    private LocalDate appealFiledOn;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Objection() {
    }

    public Objection(SupportCase supportCase) {
        this.supportCase = Objects.requireNonNull(supportCase);
    }

    /**
     * Takes over the facts entered, refusing what contradicts the decision or itself.
     *
     * @param decisionDispatched the decision's dispatch date; null while it has none
     * @param timeliness         whether {@code receivedOn} was in time (A1/A2); null when not received yet
     */
    public void record(ObjectionInput in, LocalDate decisionDispatched, ObjectionTimeliness timeliness,
                       LocalDate today, long by, Instant at) {
        LocalDate received = in.receivedOn();
        InvalidInput.check(received == null || decisionDispatched != null, "receivedOn", "noDecision");
        InvalidInput.check(InvalidInput.notBefore(received, decisionDispatched), "receivedOn", "beforeDispatch");
        InvalidInput.check(received == null || !received.isAfter(today), "receivedOn", "future");
        InvalidInput.check(in.postedOn() == null || received != null, "receivedOn", "required");
        InvalidInput.check(InvalidInput.notBefore(received, in.postedOn()), "postedOn", "afterReceived");
        InvalidInput.check(InvalidInput.notBefore(in.postedOn(), decisionDispatched), "postedOn", "beforeDispatch");
        boolean late = timeliness != null && !timeliness.isOnTime();
        InvalidInput.check(!late || in.lateExcuse() != null, "lateExcuse", "lateWithoutExcuse");
        InvalidInput.check(in.lateExcuse() != LateExcuse.OTHER || Texts.clean(in.lateExcuseText()) != null,
                "lateExcuseText", "required");
        requireAfterFiling(in.repairRequestedOn(), received, "repairRequestedOn");
        InvalidInput.check(in.repairRequestedOn() == null || in.repairDueOn() != null, "repairDueOn", "required");
        InvalidInput.check(InvalidInput.notBefore(in.repairDueOn(), in.repairRequestedOn()), "repairDueOn", "beforeRequest");
        requireAfterFiling(in.groundsFiledOn(), received, "groundsFiledOn");
        requireAfterFiling(in.hearingAt() == null ? null : in.hearingAt().toLocalDate(), received, "hearingAt");
        requireAfterFiling(in.defaultSentOn(), received, "defaultSentOn");
        requireAfterFiling(in.decisionDispatchedOn(), received, "decisionDispatchedOn");
        InvalidInput.check(in.decisionDispatchedOn() == null || !in.decisionDispatchedOn().isAfter(today),
                "decisionDispatchedOn", "future");
        InvalidInput.check(in.appealFiledOn() == null || in.decisionDispatchedOn() != null, "decisionDispatchedOn", "required");
        InvalidInput.check(InvalidInput.notBefore(in.appealFiledOn(), in.decisionDispatchedOn()), "appealFiledOn", "beforeDecision");
        InvalidInput.check(in.appealFiledOn() == null || !in.appealFiledOn().isAfter(today), "appealFiledOn", "future");
        this.noticeOfDefault = new NoticeOfDefault(in.defaultSentOn(), in.defaultReceivedOn());
        this.receivedOn = received;
        this.postedOn = in.postedOn();
        this.lateExcuse = late ? in.lateExcuse() : null;
        this.lateExcuseText = late && in.lateExcuse() == LateExcuse.OTHER ? Texts.clean(in.lateExcuseText()) : null;
        this.repairRequestedOn = in.repairRequestedOn();
        this.repairDueOn = in.repairDueOn();
        this.groundsFiledOn = in.groundsFiledOn();
        this.advisoryCommittee = in.advisoryCommittee();
        this.extended = in.extended();
        this.hearingAt = in.hearingAt();
        this.hearingPlace = Texts.clean(in.hearingPlace());
        this.hearingAttendees = Texts.clean(in.hearingAttendees());
        this.hearingDocuments = Texts.clean(in.hearingDocuments());
        this.hearingNote = Texts.clean(in.hearingNote());
        this.outcome = in.outcome();
        this.decisionDispatchedOn = in.decisionDispatchedOn();
        this.appealFiledOn = in.appealFiledOn();
        this.recordedBy = by;
        this.recordedAt = Objects.requireNonNull(at);
    }

    private static void requireAfterFiling(LocalDate date, LocalDate received, String field) {
        InvalidInput.check(date == null || received != null, "receivedOn", "required");
        InvalidInput.check(InvalidInput.notBefore(date, received), field, "beforeFiling");
    }

    /**
     * Takes the next step; refused off the route, or before the facts it needs are entered. A
     * closed objection reopens into the state it was closed from.
     */
    public void moveTo(ObjectionState target) {
        if (state == ObjectionState.CLOSED && target == closedFrom) {
            state = target;
            closedFrom = null;
            return;
        }
        if (!state.canMoveTo(target)) {
            throw new ObjectionStepRefused(state, target, List.of());
        }
        List<String> missing = missingFor(target);
        if (!missing.isEmpty()) {
            throw new ObjectionStepRefused(state, target, missing);
        }
        if (target == ObjectionState.PRO_FORMA_FILED) {
            proForma = true;
        }
        if (target == ObjectionState.CLOSED) {
            closedFrom = state;
        }
        state = target;
    }

    /** What must be entered before the objection can move to the target state. */
    public List<String> missingFor(ObjectionState target) {
        List<String> missing = new ArrayList<>();
        switch (target) {
            case PRO_FORMA_FILED -> need(missing, receivedOn, "receivedOn");
            case GROUNDS_FILED -> {
                need(missing, receivedOn, "receivedOn");
                if (state == ObjectionState.PRO_FORMA_FILED) {
                    need(missing, groundsFiledOn, "groundsFiledOn");
                }
            }
            case HEARING_PLANNED, HEARING_HELD -> need(missing, hearingAt, "hearingAt");
            case DECIDED -> {
                need(missing, outcome, "outcome");
                need(missing, decisionDispatchedOn, "decisionDispatchedOn");
            }
            case APPEAL_FILED -> need(missing, appealFiledOn, "appealFiledOn");
            default -> {
            }
        }
        return missing;
    }

    private static void need(List<String> missing, Object value, String field) {
        if (value == null) {
            missing.add(field);
        }
    }

    /** The states it can go to now, reopening included. */
    public List<ObjectionState> possibleNextStates() {
        List<ObjectionState> next = new ArrayList<>(state.next());
        if (state == ObjectionState.CLOSED && closedFrom != null) {
            next.add(closedFrom);
        }
        return next;
    }

    /** The input that reproduces what is stored, for a form to start from. */
    public ObjectionInput toInput() {
        NoticeOfDefault notice = getNoticeOfDefault();
        return new ObjectionInput(version, receivedOn, postedOn, lateExcuse, lateExcuseText, repairRequestedOn,
                repairDueOn, groundsFiledOn, advisoryCommittee, extended, hearingAt, hearingPlace, hearingAttendees,
                hearingDocuments, hearingNote, notice.getSentOn(), notice.getReceivedOn(), outcome,
                decisionDispatchedOn, appealFiledOn);
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public ObjectionState getState() {
        return state;
    }

    public ObjectionState getClosedFrom() {
        return closedFrom;
    }

    public boolean isProForma() {
        return proForma;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getPostedOn() {
        return postedOn;
    }

    public LateExcuse getLateExcuse() {
        return lateExcuse;
    }

    public String getLateExcuseText() {
        return lateExcuseText;
    }

    public LocalDate getRepairRequestedOn() {
        return repairRequestedOn;
    }

    public LocalDate getRepairDueOn() {
        return repairDueOn;
    }

    public LocalDate getGroundsFiledOn() {
        return groundsFiledOn;
    }

    public boolean isAdvisoryCommittee() {
        return advisoryCommittee;
    }

    public boolean isExtended() {
        return extended;
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public String getHearingPlace() {
        return hearingPlace;
    }

    public String getHearingAttendees() {
        return hearingAttendees;
    }

    public String getHearingDocuments() {
        return hearingDocuments;
    }

    public String getHearingNote() {
        return hearingNote;
    }

    public NoticeOfDefault getNoticeOfDefault() {
        return noticeOfDefault == null ? new NoticeOfDefault(null, null) : noticeOfDefault;
    }

    public ObjectionOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDecisionDispatchedOn() {
        return decisionDispatchedOn;
    }

    public LocalDate getAppealFiledOn() {
        return appealFiledOn;
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
