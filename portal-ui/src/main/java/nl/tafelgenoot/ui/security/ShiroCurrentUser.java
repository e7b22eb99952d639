package nl.tafelgenoot.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import nl.tafelgenoot.domain.security.AccessDeniedException;
import nl.tafelgenoot.domain.security.CurrentUser;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

/**
 * The domain's view of who is acting, answered by the Shiro subject of the current thread. A
 * thread without a subject (no request, no login) is permitted nothing.
 */
@ApplicationScoped
public class ShiroCurrentUser implements CurrentUser {

    @Override
    public long accountId() {
        AccountPrincipal principal = principal();
        if (principal == null) {
            throw new AccessDeniedException("authenticated");
        }
        return principal.accountId();
    }

    @Override
    public boolean isPermitted(String permission) {
        Subject subject = subject();
        return subject != null && subject.isAuthenticated() && subject.isPermitted(permission);
    }

    public static AccountPrincipal principal() {
        Subject subject = subject();
        if (subject == null || !subject.isAuthenticated()) {
            return null;
        }
        return subject.getPrincipals().oneByType(AccountPrincipal.class);
    }

    private static Subject subject() {
        try {
            return SecurityUtils.getSubject();
        } catch (UnavailableSecurityManagerException e) {
            return null;
        }
    }
}
