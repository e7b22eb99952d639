package nl.tafelgenoot.ui.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import nl.tafelgenoot.ui.deadlines.DeadlinesResource;

/**
 * The JSON API under {@code /api}, open to anyone without logging in and without an organisation.
 * Shiro has no URL rules (see {@code ShiroEnvironment}) and {@code TenantBindingFilter} binds no
 * tenant for an anonymous request, so nothing here may touch tenant data or need a login.
 *
 * <p>The classes are listed, not scanned: a resource class added anywhere else in the WAR is not
 * published by accident, and every address under {@code /api} not listed here answers 404 in JSON.
 * An API for logged-in people belongs in its own application with its own checks, not here.
 */
@ApplicationPath("api")
public class PublicApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DeadlinesResource.class, ApiErrors.class, UnexpectedErrors.class);
    }
}
