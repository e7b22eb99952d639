package nl.tafelgenoot.domain.offboarding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The record of one organisation leaving the platform: who started it and when, the export links
 * sent to the organisation, the moment after which its data is deleted, and, once deleted, when and
 * how many rows. Global like the organisation: it outlives the organisation's data and is the proof
 * that the deletion happened. Invariants: a link opens the export only while the offboarding waits
 * (neither cancelled nor carried out); the deletion happens only after the waiting period, once.
 */
@Entity
@Table(name = "organisation_offboarding")
public class Offboarding {

    /** Time for the organisation to fetch its export and for second thoughts. */
    public static final Duration WAITING_PERIOD = Duration.ofDays(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "purge_after", nullable = false, updatable = false)
    private Instant purgeAfter;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancelled_by")
    private Long cancelledBy;

    @Column(name = "purged_at")
    private Instant purgedAt;

    @Column(name = "rows_deleted")
    private Long rowsDeleted;

    /** Rows deleted per table, one "table: count" per line. */
    @Column(name = "purge_summary")
    private String purgeSummary;

    @Column(name = "export_downloads", nullable = false)
    private int exportDownloads;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "offboarding_export_link", joinColumns = @JoinColumn(name = "offboarding_id"))
    private Set<ExportLink> links = new HashSet<>();

    @Version
    private long version;

    protected Offboarding() {
    }

    public Offboarding(long organisationId, long requestedBy, Instant now) {
        this.organisationId = organisationId;
        this.requestedBy = requestedBy;
        this.requestedAt = Objects.requireNonNull(now);
        this.purgeAfter = now.plus(WAITING_PERIOD);
    }

    /** Neither cancelled nor carried out: the data is still there, its deletion is coming. */
    public boolean isWaiting() {
        return cancelledAt == null && purgedAt == null;
    }

    public boolean isDue(Instant now) {
        return isWaiting() && !now.isBefore(purgeAfter);
    }

    /** A link for this address, whose secret's SHA-256 is given. One per address. */
    public void addLink(String email, String tokenHash) {
        links.add(new ExportLink(email, tokenHash));
    }

    /** The link with this secret, while the export may still be fetched. */
    public Optional<ExportLink> usableLink(String tokenHash, Instant now) {
        if (!isWaiting() || !now.isBefore(purgeAfter)) {
            return Optional.empty();
        }
        return links.stream().filter(link -> link.opens(tokenHash)).findFirst();
    }

    /** Counts one download through the link with this secret. */
    public void downloaded(String tokenHash, Instant now) {
        usableLink(tokenHash, now).orElseThrow(() -> new IllegalStateException("link not usable"))
                .downloaded(now);
    }

    public void cancel(long by, Instant now) {
        if (!isWaiting()) {
            throw new IllegalStateException("the offboarding is no longer waiting");
        }
        this.cancelledAt = now;
        this.cancelledBy = by;
    }

    /**
     * Records the deletion: rows per table, and how often the export was fetched. The links go (their
     * addresses are personal data). Only once, only when due.
     */
    public void purged(Instant now, Collection<TableCount> deleted) {
        if (!isDue(now)) {
            throw new IllegalStateException("the offboarding is not due");
        }
        this.exportDownloads = downloads();
        links.clear();
        this.purgedAt = now;
        this.rowsDeleted = deleted.stream().mapToLong(TableCount::rows).sum();
        this.purgeSummary = String.join("\n", deleted.stream().map(c -> c.table() + ": " + c.rows()).toList());
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getPurgeAfter() {
        return purgeAfter;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public Instant getPurgedAt() {
        return purgedAt;
    }

    public Long getRowsDeleted() {
        return rowsDeleted;
    }

    public String getPurgeSummary() {
        return purgeSummary;
    }

    public List<ExportLink> getLinks() {
        return links.stream().sorted(java.util.Comparator.comparing(ExportLink::getEmail)).toList();
    }

    /** Downloads through all links together (kept after the links went with the deletion). */
    public int downloads() {
        return purgedAt != null ? exportDownloads : links.stream().mapToInt(ExportLink::getDownloads).sum();
    }
}
