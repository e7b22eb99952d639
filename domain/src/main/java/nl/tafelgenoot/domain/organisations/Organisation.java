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
import java.util.Locale;
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
    public static final String DEFAULT_BRAND_COLOUR = "#1F5F8B";
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

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

    /** Closed cases are erased this many months after closing (the nightly retention job). */
    @Column(name = "retention_months", nullable = false)
    private int retentionMonths = nl.tafelgenoot.domain.privacy.RetentionPolicy.DEFAULT_MONTHS;

    @Enumerated(EnumType.STRING)
    @Column(name = "booking_confirmation", nullable = false, length = 20)
    private BookingConfirmation bookingConfirmation = BookingConfirmation.COORDINATOR_FIRST;

    @Column(name = "brand_colour", nullable = false, length = 7)
    private String brandColour = DEFAULT_BRAND_COLOUR;

    @Column(name = "booking_intro", length = 1000)
    private String bookingIntro;

    @Column(name = "office_address", length = 200)
    private String officeAddress;

    @Column(length = 30)
    private String phone;

    /** Whom the platform operator contacts about this organisation; may be empty (older rows). */
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    /** Where the organisation works (free text such as "Utrecht"); may be empty. */
    @Column(length = 100)
    private String region;

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

    public String getContactEmail() {
        return contactEmail;
    }

    public String getRegion() {
        return region;
    }

    /** The platform's details of the organisation (set when the operator creates it). */
    public void changePlatformDetails(String contactEmail, String region) {
        this.contactEmail = contactEmail;
        this.region = region;
    }

    /** Its people can no longer log in, its booking page is gone; nothing is deleted. */
    public void suspend() {
        if (status != OrganisationStatus.ACTIVE && status != OrganisationStatus.SUSPENDED) {
            throw new IllegalStateException("only an active organisation is suspended, not " + status);
        }
        this.status = OrganisationStatus.SUSPENDED;
    }

    /** Back to work as before the suspension; an organisation being offboarded must first have that cancelled. */
    public void reactivate() {
        if (status != OrganisationStatus.SUSPENDED && status != OrganisationStatus.ACTIVE) {
            throw new IllegalStateException("only a suspended organisation is reactivated, not " + status);
        }
        this.status = OrganisationStatus.ACTIVE;
    }

    /** Nobody logs in or books any more; its data waits for deletion. Refused once it is gone. */
    public void startOffboarding() {
        if (status == OrganisationStatus.OFFBOARDING || status == OrganisationStatus.OFFBOARDED) {
            throw new IllegalStateException("already " + status);
        }
        this.status = OrganisationStatus.OFFBOARDING;
    }

    /** The offboarding is called off: the organisation stays suspended until the operator reactivates it. */
    public void cancelOffboarding() {
        if (status != OrganisationStatus.OFFBOARDING) {
            throw new IllegalStateException("not being offboarded but " + status);
        }
        this.status = OrganisationStatus.SUSPENDED;
    }

    /**
     * Its data is deleted: what stays is its name, kind, region and slug (so the slug never leads to
     * another organisation); the contact address may name a person and goes too.
     */
    public void markOffboarded() {
        if (status != OrganisationStatus.OFFBOARDING) {
            throw new IllegalStateException("not being offboarded but " + status);
        }
        this.status = OrganisationStatus.OFFBOARDED;
        this.contactEmail = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** How old (months) a VOG may be for the advisor to take new cases; edited on the admin screen. */
    public int getVogMaxAgeMonths() {
        return vogMaxAgeMonths;
    }

    public BookingConfirmation getBookingConfirmation() {
        return bookingConfirmation;
    }

    /** The colour of the booking page's header and buttons, as #RRGGBB (dark enough for white text). */
    public String getBrandColour() {
        return brandColour;
    }

    /** The organisation's own words at the top of its booking page; may be empty. */
    public String getBookingIntro() {
        return bookingIntro;
    }

    /** Where members meet an advisor "at the office"; may be empty. */
    public String getOfficeAddress() {
        return officeAddress;
    }

    /** The number members can call; shown on the booking page. */
    public String getPhone() {
        return phone;
    }

    public int getRetentionMonths() {
        return retentionMonths;
    }

    /** How long closed cases are kept; {@link OrganisationSettingsService} keeps it within reason. */
    public void changeRetentionMonths(int months) {
        if (months < nl.tafelgenoot.domain.privacy.RetentionPolicy.MIN_MONTHS
                || months > nl.tafelgenoot.domain.privacy.RetentionPolicy.MAX_MONTHS) {
            throw new IllegalArgumentException("retention months out of range: " + months);
        }
        this.retentionMonths = months;
    }

    /** The limit on a VOG's age; {@link OrganisationSettingsService} keeps it within reason. */
    public void changeVogMaxAgeMonths(int months) {
        if (months < 1) {
            throw new IllegalArgumentException("a VOG limit is at least one month: " + months);
        }
        this.vogMaxAgeMonths = months;
    }

    /** The booking page's settings (edited on the admin screen; the demo sets them at start). */
    public void changeBookingSettings(BookingConfirmation confirmation, String colour, String intro, String office,
                                      String phone) {
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("brand colour must be #RRGGBB: " + colour);
        }
        this.bookingConfirmation = Objects.requireNonNull(confirmation);
        this.brandColour = colour.toUpperCase(Locale.ROOT);
        this.bookingIntro = intro;
        this.officeAddress = office;
        this.phone = phone;
    }
}
