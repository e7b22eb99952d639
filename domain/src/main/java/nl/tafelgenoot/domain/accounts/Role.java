package nl.tafelgenoot.domain.accounts;

import java.util.Locale;
import java.util.Set;

/**
 * A staff role inside one organisation and the permissions (Shiro wildcard strings, see
 * {@link nl.tafelgenoot.domain.security.Permission}) it grants there. Members of the public never
 * log in with a password and have no role.
 */
public enum Role {
    /**
     * Runs the organisation's account; reads all clients and cases, changes no case; reads the
     * outbox and the organisation's whole audit trail; keeps the organisation's settings and
     * its people (invitations, roles, leavers, access resets).
     */
    ADMIN(Set.of("client:read", "client:write", "case:read", "audit:read", "audit-trail:read", "mail:read",
            "organisation:manage", "privacy:manage", "people:manage")),
    /** Takes in requests and assigns them; sees and changes every case; reads the statistics. */
    COORDINATOR(Set.of("client:read", "client:write", "case:read", "case:write", "case:assign", "audit:read",
            "statistics:read", "privacy:manage")),
    /** Works on the cases assigned to them, and on those cases' clients only. */
    ADVISOR(Set.of("client:read:assigned", "client:write", "case:read:assigned", "case:write", "profile:own"));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** Name of the role as Shiro knows it: {@code admin}, {@code coordinator}, {@code advisor}. */
    public String shiroName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
