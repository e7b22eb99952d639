package nl.tafelgenoot.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One read or change of client data: who, when, what, which client. Tenant-owned and never
 * changed after it is written; it is kept in the same transaction as the change it records.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "client_ref", updatable = false, length = 12)
    private String clientRef;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, long accountId, AuditAction action, String clientRef) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.accountId = accountId;
        this.action = Objects.requireNonNull(action);
        this.clientRef = clientRef;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public long getAccountId() {
        return accountId;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getClientRef() {
        return clientRef;
    }
}
