package nl.tafelgenoot.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * That a login identity works for an organisation in a role. Part of the global
 * {@link Account}: after login the portal must list every organisation of a person before any
 * tenant is chosen.
 */
@Embeddable
public class Membership {

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    protected Membership() {
    }

    public Membership(long organisationId, Role role) {
        this.organisationId = organisationId;
        this.role = Objects.requireNonNull(role);
    }

    public long organisationId() {
        return organisationId;
    }

    public Role role() {
        return role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership other && other.organisationId == organisationId && other.role == role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, role);
    }
}
