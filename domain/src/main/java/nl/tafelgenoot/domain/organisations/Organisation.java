package nl.tafelgenoot.domain.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * A client-support organisation: one tenant of the portal. It is one of the few global
 * entities; everything it owns carries its id as {@code tenant_id}.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** The usual limit on the age of a certificate of good conduct (VOG). */
    public static final int DEFAULT_VOG_MAX_AGE_MONTHS = 36;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String slug;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private OrganisationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A VOG older than this many months no longer lets an advisor take new cases. */
    @Column(name = "vog_max_age_months", nullable = false)
    private int vogMaxAgeMonths = DEFAULT_VOG_MAX_AGE_MONTHS;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String slug, String name, OrganisationKind kind, Instant createdAt) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be lower-case words joined by dashes");
        }
        this.slug = slug;
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public TenantId tenantId() {
        return new TenantId(id);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** How old (months) a VOG may be for the advisor to take new cases; edited on the admin screen. */
    public int getVogMaxAgeMonths() {
        return vogMaxAgeMonths;
    }
}
