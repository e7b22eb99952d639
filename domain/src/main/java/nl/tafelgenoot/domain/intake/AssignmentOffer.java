package nl.tafelgenoot.domain.intake;

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
import java.time.Instant;
import java.util.Objects;

/**
 * A request offered to one advisor, and their answer. Offers are never deleted: together they
 * are the request's assignment history (who was asked, who declined and why). Changed only
 * through {@link IntakeRequest}.
 */
@Entity
@Table(name = "assignment_offer")
public class AssignmentOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", nullable = false, updatable = false)
    private IntakeRequest request;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(name = "offered_by", nullable = false, updatable = false)
    private long offeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferAnswer answer = OfferAnswer.PENDING;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(length = 500)
    private String reason;

    protected AssignmentOffer() {
    }

    AssignmentOffer(IntakeRequest request, long accountId, long offeredBy, Instant offeredAt) {
        this.request = Objects.requireNonNull(request);
        this.accountId = accountId;
        this.offeredBy = offeredBy;
        this.offeredAt = Objects.requireNonNull(offeredAt);
    }

    void answer(OfferAnswer answer, String reason, Instant when) {
        IntakeRefused.check(this.answer == OfferAnswer.PENDING, "alreadyAnswered");
        this.answer = answer;
        this.reason = reason;
        this.answeredAt = when;
    }

    public boolean isPending() {
        return answer == OfferAnswer.PENDING;
    }

    /** Pending or accepted: the advisor is (about to be) on the request. */
    boolean isStanding() {
        return answer == OfferAnswer.PENDING || answer == OfferAnswer.ACCEPTED;
    }

    public Long getId() {
        return id;
    }

    public IntakeRequest getRequest() {
        return request;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public long getOfferedBy() {
        return offeredBy;
    }

    public OfferAnswer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReason() {
        return reason;
    }
}
