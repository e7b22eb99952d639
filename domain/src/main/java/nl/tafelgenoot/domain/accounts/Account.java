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

    public boolean isActive() {
        return active;
    }
}
