package nl.tafelgenoot.ui.security;

import java.util.Optional;
import nl.tafelgenoot.domain.tenancy.TenantId;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.session.Session;
import org.apache.shiro.subject.Subject;

/**
 * The organisation a logged-in person chose to work in, kept in their server-side session. The
 * browser never sends it; {@link TenantBindingFilter} reads it for every request.
 */
public final class SessionTenant {

    private static final String ATTRIBUTE = "tafelgenoot.tenant";

    private SessionTenant() {
    }

    public static Optional<TenantId> get() {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return Optional.empty();
        }
        Session session = subject.getSession(false);
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof Long id ? Optional.of(new TenantId(id)) : Optional.empty();
    }

    static void set(TenantId tenant) {
        SecurityUtils.getSubject().getSession().setAttribute(ATTRIBUTE, tenant.value());
    }
}
