package nl.tafelgenoot.domain.consent;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.shared.PublicIds;

/**
 * A client's explicit consent (GDPR art. 9): given on a date, for a scope, in a way, recorded by
 * an account at a moment. It can be withdrawn once; the record stays as history. A client "has
 * consent for" a scope while a consent with that scope is recorded and not withdrawn.
 */
@Entity
@Table(name = "client_consent")
public class ClientConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, updatable = false, length = 12)
    private String publicId = PublicIds.next();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @Column(name = "given_on", nullable = false, updatable = false)
    private LocalDate givenOn;

    @Convert(converter = ConsentScopesConverter.class)
    @Column(name = "scope", nullable = false, updatable = false, length = 400)
    private Set<ConsentScope> scope = EnumSet.noneOf(ConsentScope.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, updatable = false, length = 20)
    private ConsentMethod method;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected ClientConsent() {
    }

    /**
     * @param today the organisation's date, to refuse a consent given in the future
     * @throws IllegalArgumentException without a date, a scope or a way, or with a date after today
     */
    public ClientConsent(Client client, LocalDate givenOn, Set<ConsentScope> scope, ConsentMethod method,
                         long recordedBy, Instant recordedAt, LocalDate today) {
        this.client = Objects.requireNonNull(client);
        if (givenOn == null || givenOn.isAfter(today)) {
            throw new IllegalArgumentException("consent date missing or in the future");
        }
        if (scope == null || scope.isEmpty()) {
            throw new IllegalArgumentException("consent without scope");
        }
        this.givenOn = givenOn;
        this.scope = EnumSet.copyOf(scope);
        this.method = Objects.requireNonNull(method, "how consent was given");
        this.recordedBy = recordedBy;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** Records that the client withdrew this consent on a date (not before it was given, not in the future). */
    public void withdraw(LocalDate on, long by, Instant at, LocalDate today) {
        if (withdrawnOn != null) {
            throw new IllegalStateException("consent already withdrawn");
        }
        if (on == null || on.isBefore(givenOn) || on.isAfter(today)) {
            throw new IllegalArgumentException("withdrawal date missing, before consent or in the future");
        }
        this.withdrawnOn = on;
        this.withdrawnBy = by;
        this.withdrawnAt = Objects.requireNonNull(at);
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    /** Recorded, covering the scope and not withdrawn. */
    public boolean isActiveFor(ConsentScope wanted) {
        return !isWithdrawn() && scope.contains(wanted);
    }

    /** Whether any of a client's consents is active for the scope. */
    public static boolean anyActive(Collection<ClientConsent> consents, ConsentScope wanted) {
        return consents.stream().anyMatch(c -> c.isActiveFor(wanted));
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public Client getClient() {
        return client;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public Set<ConsentScope> getScope() {
        return EnumSet.copyOf(scope);
    }

    public ConsentMethod getMethod() {
        return method;
    }

    public long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public Long getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public long getVersion() {
        return version;
    }
}
