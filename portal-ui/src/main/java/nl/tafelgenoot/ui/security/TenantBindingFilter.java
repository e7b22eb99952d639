package nl.tafelgenoot.ui.security;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * Binds the tenant the logged-in person chose to this request's {@link TenantContext}. Runs after
 * the Shiro filter (see web.xml), so the subject is known; the tenant comes from the server-side
 * session only. Requests of someone not logged in get no tenant, and so reach no tenant data.
 */
public class TenantBindingFilter implements Filter {

    @Inject
    TenantContext tenantContext;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SessionTenant.get().ifPresentOrElse(tenantContext::bind, tenantContext::clear);
        chain.doFilter(request, response);
    }
}
