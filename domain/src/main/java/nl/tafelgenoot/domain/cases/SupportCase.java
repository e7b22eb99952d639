package nl.tafelgenoot.domain.cases;

import nl.tafelgenoot.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.deadlines.DeadlineRule;
import nl.tafelgenoot.domain.shared.PublicIds;
import nl.tafelgenoot.domain.validation.NoBsn;

/**
 * One request for support of one client (casus), from the notification at the municipality to
 * its close. The aggregate guards its route: the phase changes only along {@link CasePhase}, and
 * the dates that drive the legal deadlines cannot contradict each other (no interview before the
 * notification, no report before the interview). Shown by its per-organisation reference
 * ({@code 2026-0042}); linked to by its random public id.
 */
@Entity
@Table(name = "support_case")
public class SupportCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @Column(name = "ref_year", nullable = false, updatable = false)
    private int referenceYear;

    @Column(name = "ref_number", nullable = false, updatable = false)
    private int referenceNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @NotNull(message = "{case.law.required}")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Law law = Law.WMO;

    @NotBlank(message = "{case.municipality.required}")
    @Size(max = 100, message = "{tafelgenoot.size.max}")
    @Column(nullable = false, length = 100)
    private String municipality;

    @NotBlank(message = "{case.request.required}")
    @NoBsn
    @Size(max = 4000, message = "{tafelgenoot.size.max}")
    @Column(name = "request_text", nullable = false, length = 4000)
    private String request;

    @Convert(converter = LifeDomainsConverter.class)
    @Column(name = "life_domains", nullable = false, length = 400)
    private Set<LifeDomain> lifeDomains = EnumSet.noneOf(LifeDomain.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CasePhase phase = CasePhase.NOTIFICATION;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_from", length = 20)
    private CasePhase closedFrom;

    @Column(nullable = false)
    private boolean urgent;

    @NotNull(message = "{case.notifiedOn.required}")
    @Column(name = "notified_on", nullable = false)
    private LocalDate notifiedOn;

    @Column(name = "interview_on")
    private LocalDate interviewOn;

    @Column(name = "report_received_on")
    private LocalDate reportReceivedOn;

    @Column(name = "application_on")
    private LocalDate applicationOn;

    /** Jeugdwet: the decision term in weeks set by the municipality's own regulation, if any (J1). */
    @Column(name = "youth_term_weeks")
    private Integer youthCareTermWeeks;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    /** When the case was last closed, null while it is open; the retention period counts from it. */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** When the case's content was erased (privacy request or retention); the row stays for the counts. */
    @Column(name = "erased_at")
    private Instant erasedAt;

    /** Denormalised for the overview's sort and filters; see {@link #noteNextDeadline}. */
    @Column(name = "next_deadline_on")
    private LocalDate nextDeadlineOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_deadline_rule", length = 40)
    private DeadlineRule nextDeadlineRule;

    @Column(name = "next_deadline_overdue", nullable = false)
    private boolean nextDeadlineOverdue;

    /**
     * The overview's sort key, computed by the database (migration V16_1): the next deadline, or
     * 9999-12-31 without one, so "nearest first, none last" is a plain indexed order. Read-only.
     */
    @Column(name = "next_deadline_sort", insertable = false, updatable = false)
    private LocalDate nextDeadlineSort;

    @Version
    private long version;

    protected SupportCase() {
    }

    public SupportCase(Client client, Law law, String municipality, String request, Set<LifeDomain> lifeDomains,
                       LocalDate notifiedOn) {
        this.client = Objects.requireNonNull(client);
        this.law = law;
        this.municipality = Texts.clean(municipality);
        this.request = Texts.clean(request);
        setLifeDomains(lifeDomains);
        this.notifiedOn = notifiedOn;
    }

    /** Called once, when the organisation opens the case. */
    public void open(int year, int number, Instant now) {
        if (referenceNumber != 0) {
            throw new IllegalStateException("case already opened");
        }
        this.referenceYear = year;
        this.referenceNumber = number;
        this.openedAt = now;
    }

    /** Moves the case along its route and, when it closes, notes the moment for the retention period. */
    public void moveTo(CasePhase target, Instant now) {
        moveTo(target);
        if (phase == CasePhase.CLOSED) {
            closedAt = now;
        }
    }

    /** Moves the case along its route; refuses any move {@link CasePhase} does not allow. */
    public void moveTo(CasePhase target) {
        if (phase == CasePhase.CLOSED && target == closedFrom) {
            phase = target;
            closedFrom = null;
            closedAt = null;
            return;
        }
        if (!phase.canMoveTo(target)) {
            throw new PhaseChangeRefused(phase, target);
        }
        if (target == CasePhase.CLOSED) {
            closedFrom = phase;
        } else {
            closedAt = null;
        }
        phase = target;
    }

    /** The phases the case can go to now, in route order. */
    public Set<CasePhase> possibleNextPhases() {
        Set<CasePhase> next = EnumSet.noneOf(CasePhase.class);
        next.addAll(phase.next());
        if (phase == CasePhase.CLOSED && closedFrom != null) {
            next.add(closedFrom);
        }
        return next;
    }

    /**
     * Records the dates of the route. They must follow each other: notification, interview,
     * report; an application is never before the notification.
     */
    public void recordDates(LocalDate notifiedOn, LocalDate interviewOn, LocalDate reportReceivedOn,
                            LocalDate applicationOn) {
        Objects.requireNonNull(notifiedOn, "notification date");
        if (interviewOn != null && interviewOn.isBefore(notifiedOn)) {
            throw new DatesOutOfOrder("interviewOn");
        }
        if (reportReceivedOn != null && (interviewOn == null || reportReceivedOn.isBefore(interviewOn))) {
            throw new DatesOutOfOrder("reportReceivedOn");
        }
        if (applicationOn != null && applicationOn.isBefore(notifiedOn)) {
            throw new DatesOutOfOrder("applicationOn");
        }
        this.notifiedOn = notifiedOn;
        this.interviewOn = interviewOn;
        this.reportReceivedOn = reportReceivedOn;
        this.applicationOn = applicationOn;
    }

    /**
     * Notes the case's next deadline that still asks for something (from
     * {@link CaseDeadlines#next(java.util.List)}), so the organisation's overview can sort and
     * filter every case by it in SQL. None (null) clears it, and a closed case never has one,
     * whatever is passed. Overdue when that deadline's status is {@link DeadlineStatus#OVERDUE}.
     *
     * @return whether anything changed, so callers can tell a no-op
     */
    public boolean noteNextDeadline(CaseDeadline next) {
        CaseDeadline kept = phase == CasePhase.CLOSED ? null : next;
        LocalDate on = kept == null ? null : kept.computed().date();
        DeadlineRule rule = kept == null ? null : kept.computed().rule();
        boolean overdue = kept != null && kept.status() == DeadlineStatus.OVERDUE;
        if (Objects.equals(on, nextDeadlineOn) && rule == nextDeadlineRule && overdue == nextDeadlineOverdue) {
            return false;
        }
        nextDeadlineOn = on;
        nextDeadlineRule = rule;
        nextDeadlineOverdue = overdue;
        return true;
    }

    public LocalDate getNextDeadlineOn() {
        return nextDeadlineOn;
    }

    public DeadlineRule getNextDeadlineRule() {
        return nextDeadlineRule;
    }

    public boolean isNextDeadlineOverdue() {
        return nextDeadlineOverdue;
    }

    /** The short reference staff use, e.g. {@code 2026-0042}. */
    public String getReference() {
        return String.format(Locale.ROOT, "%d-%04d", referenceYear, referenceNumber);
    }


    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public int getReferenceYear() {
        return referenceYear;
    }

    public int getReferenceNumber() {
        return referenceNumber;
    }

    public Client getClient() {
        return client;
    }

    public Law getLaw() {
        return law;
    }

    public void setLaw(Law law) {
        this.law = law;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = Texts.clean(municipality);
    }

    public String getRequest() {
        return request;
    }

    public void setRequest(String request) {
        this.request = Texts.clean(request);
    }

    public Set<LifeDomain> getLifeDomains() {
        return lifeDomains.isEmpty() ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(lifeDomains);
    }

    public void setLifeDomains(Set<LifeDomain> lifeDomains) {
        this.lifeDomains = lifeDomains == null || lifeDomains.isEmpty()
                ? EnumSet.noneOf(LifeDomain.class) : EnumSet.copyOf(lifeDomains);
    }

    public CasePhase getPhase() {
        return phase;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public void setUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    /** The notification date, checked against the later dates of the route. */
    public void setNotifiedOn(LocalDate notifiedOn) {
        recordDates(notifiedOn, interviewOn, reportReceivedOn, applicationOn);
    }

    public LocalDate getInterviewOn() {
        return interviewOn;
    }

    public LocalDate getReportReceivedOn() {
        return reportReceivedOn;
    }

    public LocalDate getApplicationOn() {
        return applicationOn;
    }

    public Integer getYouthCareTermWeeks() {
        return youthCareTermWeeks;
    }

    public void setYouthCareTermWeeks(Integer youthCareTermWeeks) {
        if (youthCareTermWeeks != null && (youthCareTermWeeks < 1 || youthCareTermWeeks > 8)) {
            throw new IllegalArgumentException("a youth-care term is 1 to 8 weeks");
        }
        this.youthCareTermWeeks = youthCareTermWeeks;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public long getVersion() {
        return version;
    }
}
