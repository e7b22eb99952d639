package nl.tafelgenoot.domain.cases;

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
 * That an advisor works on a case, from when and until when. Ended assignments stay as history;
 * an advisor sees a case (and its client) while an assignment of theirs is open.
 */
@Entity
@Table(name = "case_assignment")
public class CaseAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private SupportCase supportCase;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private long assignedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected CaseAssignment() {
    }

    public CaseAssignment(SupportCase supportCase, long accountId, long assignedBy, Instant assignedAt) {
        this.supportCase = Objects.requireNonNull(supportCase);
        this.accountId = accountId;
        this.assignedBy = assignedBy;
        this.assignedAt = Objects.requireNonNull(assignedAt);
    }

    public void end(Instant when) {
        if (endedAt == null) {
            endedAt = when;
        }
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public SupportCase getSupportCase() {
        return supportCase;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public long getAssignedBy() {
        return assignedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
