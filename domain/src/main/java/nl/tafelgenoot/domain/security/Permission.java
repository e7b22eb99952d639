package nl.tafelgenoot.domain.security;

/**
 * Permission strings in Shiro's wildcard syntax ({@code domain:action[:scope]}). Views check
 * them before they open, services check them again before they act.
 */
public final class Permission {

    public static final String CLIENT_READ = "client:read";
    public static final String CLIENT_WRITE = "client:write";
    public static final String AUDIT_READ = "audit:read";

    private Permission() {
    }
}
