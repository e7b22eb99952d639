package nl.tafelgenoot.domain.people;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.Role;

/**
 * A single-use link an admin sent: an invitation to work for the organisation in some roles
 * (valid seven days), or, after an access reset, the way to choose a new password (24 hours).
 * Global like the accounts it leads to, with the organisation named; the link's secret is kept
 * only as its SHA-256, so the database alone opens nobody's account. Sending again means a new
 * invitation: the old one is withdrawn and its link stops.
 */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private InvitationPurpose purpose;

    @Column(nullable = false, length = 254, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200, updatable = false)
    private String displayName;

    /** Comma-separated role names; empty for a reset. */
    @Column(nullable = false, length = 100, updatable = false)
    private String roles;

    /** For a reset: whose password. */
    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected StaffInvitation() {
    }

    private StaffInvitation(long organisationId, InvitationPurpose purpose, String email, String displayName,
                            Set<Role> roles, Long accountId, String tokenHash, long createdBy, Instant now) {
        this.organisationId = organisationId;
        this.purpose = Objects.requireNonNull(purpose);
        this.email = Account.normaliseEmail(email);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.accountId = accountId;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdBy = createdBy;
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(purpose.validFor());
    }

    /** An invitation to join the organisation in these roles (at least one). */
    public static StaffInvitation invite(long organisationId, String email, String displayName, Set<Role> roles,
                                         String tokenHash, long createdBy, Instant now) {
        if (roles == null || roles.isEmpty()) {
            throw new PeopleRefused("rolesRequired", "roles");
        }
        return new StaffInvitation(organisationId, InvitationPurpose.INVITE, email, displayName, roles, null,
                tokenHash, createdBy, now);
    }

    /** A link to choose a new password for this account. */
    public static StaffInvitation reset(long organisationId, Account account, String tokenHash, long createdBy,
                                        Instant now) {
        return new StaffInvitation(organisationId, InvitationPurpose.RESET, account.getEmail(),
                account.getDisplayName(), Set.of(), account.getId(), tokenHash, createdBy, now);
    }

    /**
     * A link to choose a new password, asked for by the person who forgot theirs (so they are also
     * its creator), under one of the organisations they work for (the one whose outbox sends it).
     */
    public static StaffInvitation forgotten(long organisationId, Account account, String tokenHash, Instant now) {
        return new StaffInvitation(organisationId, InvitationPurpose.FORGOTTEN, account.getEmail(),
                account.getDisplayName(), Set.of(), account.getId(), tokenHash,
                Objects.requireNonNull(account.getId(), "a stored account"), now);
    }

    /** Neither used, withdrawn nor expired: the link still works. */
    public boolean isUsable(Instant now) {
        return usedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
    }

    /** Whether the link may be used now for this organisation (null: any, the public page). */
    public boolean isUsableFor(Long organisation, Instant now) {
        return isUsable(now) && (organisation == null || organisation == organisationId);
    }

    /** Uses the link up; refused when it no longer works (so it works once). */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new LinkNotUsable();
        }
        this.usedAt = now;
    }

    /** Stops the link (admin withdrew it, or sent a new one). Used links stay used. */
    public void withdraw(Instant now) {
        if (usedAt == null && withdrawnAt == null) {
            this.withdrawnAt = now;
        }
    }

    public boolean isPending() {
        return usedAt == null && withdrawnAt == null;
    }

    public Set<Role> roles() {
        if (roles == null || roles.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public InvitationPurpose getPurpose() {
        return purpose;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
