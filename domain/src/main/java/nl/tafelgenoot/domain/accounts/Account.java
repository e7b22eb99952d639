package nl.tafelgenoot.domain.accounts;

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
import java.util.HashSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * A global login identity: one e-mail address and password for a person, whatever the number of
 * organisations they work for. What they may do is decided per organisation by their
 * {@link Membership memberships}.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_membership", joinColumns = @JoinColumn(name = "account_id"))
    private Set<Membership> memberships = new HashSet<>();

    /** The authenticator app's secret: set when set-up starts, in use once {@link #totpEnabledAt} is set. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last time step a code was accepted for: no code works twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    private Set<RecoveryCode> recoveryCodes = new HashSet<>();

    /** Sessions logged in before this moment end at their next request (access reset, deactivation). */
    @Column(name = "access_changed_at")
    private Instant accessChangedAt;

    /** Works for the platform itself, outside every organisation (creates and suspends organisations). */
    @Column(name = "platform_operator", nullable = false)
    private boolean platformOperator;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash) {
        this.email = normaliseEmail(email);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    /** E-mail addresses are compared case-insensitively and without surrounding blanks. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void join(TenantId organisation, Role role) {
        memberships.add(new Membership(organisation.value(), role));
    }

    /** The roles this person holds in the organisation; empty when they do not work there. */
    public Set<Role> rolesIn(TenantId organisation) {
        return memberships.stream()
                .filter(m -> m.organisationId() == organisation.value())
                .map(Membership::role)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Admins anywhere must log in with two-step verification. */
    /** A platform operator: counts of organisations only, never their clients (no membership needed). */
    public boolean isPlatformOperator() {
        return platformOperator;
    }

    /** Makes this account a platform operator (the demo data; operators are set up by the platform). */
    public void makePlatformOperator() {
        this.platformOperator = true;
    }

    /** Admins (anywhere) and platform operators log in with two-step verification only. */
    public boolean mustUseTwoFactor() {
        return platformOperator || isAdminAnywhere();
    }

    public boolean isAdminAnywhere() {
        return memberships.stream().anyMatch(m -> m.role() == Role.ADMIN);
    }

    public boolean worksFor(TenantId organisation) {
        return !rolesIn(organisation).isEmpty();
    }

    /** The ids of all organisations this person works for. */
    public Set<Long> organisationIds() {
        return memberships.stream().map(Membership::organisationId).collect(Collectors.toCollection(TreeSet::new));
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Takes a new password (already checked against {@link PasswordPolicy} and hashed). */
    public void replacePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    /** Starts (or starts again) setting up an authenticator app; the old secret, if any, stops. */
    public void startTwoFactor(String secret) {
        this.totpSecret = Objects.requireNonNull(secret);
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        this.recoveryCodes.clear();
    }

    /** The first right code finishes the set-up; from now on a login needs a code. */
    public void enableTwoFactor(long step, Instant now, List<String> recoveryCodeHashes) {
        this.totpEnabledAt = Objects.requireNonNull(now);
        this.totpLastStep = step;
        this.recoveryCodes.clear();
        recoveryCodeHashes.forEach(hash -> recoveryCodes.add(new RecoveryCode(hash)));
    }

    public void stopTwoFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
        this.totpLastStep = null;
        this.recoveryCodes.clear();
    }

    public boolean usesTwoFactor() {
        return totpEnabledAt != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public long lastTotpStep() {
        return totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    }

    public void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }

    /** Uses the recovery code with this hash if it is one of the unused ones. */
    public boolean useRecoveryCode(String hash, Instant now) {
        return recoveryCodes.stream().anyMatch(code -> code.use(hash, now));
    }

    public long recoveryCodesLeft() {
        return recoveryCodes.stream().filter(RecoveryCode::isUnused).count();
    }

    public boolean isActive() {
        return active;
    }

    /** Holds exactly these roles in the organisation from now on (none: no longer works there). */
    public void replaceRoles(TenantId organisation, Set<Role> roles) {
        memberships.removeIf(m -> m.organisationId() == organisation.value());
        roles.forEach(role -> join(organisation, role));
    }

    /** Every session logged in before now ends at its next request. */
    public void endSessions(Instant now) {
        this.accessChangedAt = Objects.requireNonNull(now);
    }

    /** Whether a session logged in at that moment (null: unknown) may go on. */
    public boolean acceptsSessionFrom(Instant loggedInAt) {
        return active && (accessChangedAt == null || (loggedInAt != null && !loggedInAt.isBefore(accessChangedAt)));
    }

    /** No longer logs in anywhere (the person left their last organisation). */
    public void deactivate() {
        this.active = false;
    }

    /** Logs in again (a former colleague invited back and choosing a new password). */
    public void reactivate() {
        this.active = true;
    }
}
