package nl.tafelgenoot.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Instant;
import nl.tafelgenoot.domain.accounts.AccountService;
import nl.tafelgenoot.domain.organisations.OrganisationService;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * Binds the tenant the logged-in person chose to this request's {@link TenantContext}. Runs after
 * the Shiro filter (see web.xml), so the subject is known; the tenant comes from the server-side
 * session only. Requests of someone not logged in get no tenant, and so reach no tenant data. A
 * session of an account deactivated, or whose access an admin reset after it logged in, is logged
 * out first, and so is one whose organisation was suspended since (or that they left).
 */
public class TenantBindingFilter implements Filter {

    @Inject
    TenantContext tenantContext;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        endStaleSession();
        SessionTenant.get().ifPresentOrElse(tenantContext::bind, tenantContext::clear);
        chain.doFilter(request, response);
    }

    /**
     * Logs out a session whose account was deactivated, or whose access an admin reset after this
     * session logged in: its next request finds it logged out (and the login page).
     */
    private void endStaleSession() {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return;
        }
        AccountPrincipal principal = subject.getPrincipals().oneByType(AccountPrincipal.class);
        Object loggedInAt = subject.getSession().getAttribute(SignIn.LOGGED_IN_AT);
        if (principal != null && !accounts.sessionStillValid(principal.accountId(),
                loggedInAt instanceof Instant at ? at : null)) {
            subject.logout();
            return;
        }
        // The organisation chosen was suspended (or the person no longer works there) since.
        if (principal != null && SessionTenant.get()
                .filter(tenant -> organisations.workplace(principal.accountId(), tenant).isEmpty()).isPresent()) {
            subject.logout();
        }
    }
}
