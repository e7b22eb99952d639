package nl.tafelgenoot.domain.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Holds the tenant of the current request. It is filled from the authenticated subject by the
 * web tier (never from anything the browser sends) or by {@link TenantRunner} for background
 * work; services read it through {@link #require()}, which refuses to go on without one.
 */
@RequestScoped
public class TenantContext {

    private TenantId tenant;

    public void bind(TenantId tenant) {
        this.tenant = tenant;
    }

    public void clear() {
        this.tenant = null;
    }

    public Optional<TenantId> current() {
        return Optional.ofNullable(tenant);
    }

    public TenantId require() {
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }
}
