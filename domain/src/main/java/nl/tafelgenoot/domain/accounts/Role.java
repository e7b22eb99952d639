package nl.tafelgenoot.domain.accounts;

import static nl.tafelgenoot.domain.security.Permission.AUDIT_READ;
import static nl.tafelgenoot.domain.security.Permission.CLIENT_READ;
import static nl.tafelgenoot.domain.security.Permission.CLIENT_WRITE;

import java.util.Set;

/**
 * A staff role inside one organisation and the permissions it grants there. Members of the
 * public never log in with a password and have no role.
 */
public enum Role {
    ADMIN(Set.of(CLIENT_READ, CLIENT_WRITE, AUDIT_READ)),
    COORDINATOR(Set.of(CLIENT_READ, CLIENT_WRITE)),
    ADVISOR(Set.of(CLIENT_READ, CLIENT_WRITE));

    private final Set<String> permissions;

    Role(Set<String> permissions) {
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** Name of the role as Shiro knows it: {@code admin}, {@code coordinator}, {@code advisor}. */
    public String shiroName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
