package nl.tafelgenoot.domain.reports;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.tafelgenoot.domain.cases.SupportCase;

/**
 * The advisor's check of the municipality's report of the interview (DOMAIN.md, step 4): the
 * report is read against the case's notes and agreements, the differences are listed, and the
 * client signs it, responds to it (asking for an extra conversation or not), or has done neither
 * yet. One per case. It only makes sense once the report is in: a case without a report date is
 * refused. Every save records who checked and when, which also moves the version on, so two
 * people saving at once cannot overwrite each other's differences unseen.
 */
@Entity
@Table(name = "report_check")
public class ReportCheck {

    public static final int MAX_DIFFERENCES = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @NotNull(message = "{report.status.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "signed_status", nullable = false, length = 20)
    private SignedStatus status = SignedStatus.NOT_YET;

    @PastOrPresent(message = "{report.date.future}")
    @Column(name = "signed_on")
    private LocalDate signedOn;

    @PastOrPresent(message = "{report.date.future}")
    @Column(name = "responded_on")
    private LocalDate respondedOn;

    @Column(name = "extra_conversation", nullable = false)
    private boolean extraConversationAsked;

    @Valid
    @Size(max = MAX_DIFFERENCES, message = "{report.differences.tooMany}")
    @OneToMany(mappedBy = "check", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ReportDifference> differences = new ArrayList<>();

    @Column(name = "checked_by", nullable = false)
    private long checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Version
    private long version;

    protected ReportCheck() {
    }

    public ReportCheck(SupportCase supportCase) {
        this.supportCase = Objects.requireNonNull(supportCase);
    }

    /**
     * Records the check as the advisor has it now: the differences replace the earlier list; a
     * date that does not belong to the chosen status is dropped.
     */
    public void record(ReportCheckInput input, long by, Instant at) {
        this.status = input.status();
        this.signedOn = status == SignedStatus.SIGNED ? input.signedOn() : null;
        this.respondedOn = status == SignedStatus.RESPONDED ? input.respondedOn() : null;
        this.extraConversationAsked = status == SignedStatus.RESPONDED && input.extraConversationAsked();
        differences.clear();
        int order = 0;
        for (ReportCheckInput.Difference difference : input.differences()) {
            differences.add(new ReportDifference(this, order++, difference.reportSays(), difference.saidOrAgreed()));
        }
        this.checkedBy = by;
        this.checkedAt = Objects.requireNonNull(at);
    }

    /** A report can only be checked once it has come in (the case has a report date). */
    @AssertTrue(message = "{report.received.required}")
    public boolean isReportReceived() {
        return supportCase.getReportReceivedOn() != null;
    }

    @AssertTrue(message = "{report.signedOn.required}")
    public boolean isSignedDateGiven() {
        return status != SignedStatus.SIGNED || signedOn != null;
    }

    @AssertTrue(message = "{report.respondedOn.required}")
    public boolean isResponseDateGiven() {
        return status != SignedStatus.RESPONDED || respondedOn != null;
    }

    /** The client signs or responds after the report came in, not before. */
    @AssertTrue(message = "{report.date.beforeReport}")
    public boolean isNotBeforeReport() {
        LocalDate received = supportCase.getReportReceivedOn();
        LocalDate answered = signedOn != null ? signedOn : respondedOn;
        return received == null || answered == null || !answered.isBefore(received);
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public SignedStatus getStatus() {
        return status;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public boolean isExtraConversationAsked() {
        return extraConversationAsked;
    }

    /** In the order the advisor listed them (also when the list was read with a fetch join, which ignores @OrderBy). */
    public List<ReportDifference> getDifferences() {
        return differences.stream().sorted(Comparator.comparingInt(ReportDifference::getSortOrder)).toList();
    }

    public long getCheckedBy() {
        return checkedBy;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getVersion() {
        return version;
    }
}
