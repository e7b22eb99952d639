package nl.tafelgenoot.domain.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs work for one explicitly named tenant outside an HTTP request: start-up seeding,
 * reminders, retention purges. Background jobs loop over organisations and call this once per
 * organisation. Never call it from a request thread, where the tenant comes from the login. The
 * exceptions, each reaching only what it needs: the public booking desk ({@code booking.PublicBooking}),
 * whose organisation comes from the booking page's address and which reaches only booking
 * operations; the platform operator's desk ({@code platform.PlatformService}), which belongs to no
 * organisation and reaches only counts, its own audit events and the first admin's invitation,
 * each asking for {@code platform:manage}. (A forgotten-password request queues its mail on a
 * managed thread after the answer, {@code people.ForgottenPasswordMail}: no request thread there.)
 */
@ApplicationScoped
public class TenantRunner {

    @Inject
    TenantContext context;

    @ActivateRequestContext
    public <T> T runAs(TenantId tenant, Supplier<T> work) {
        TenantId previous = context.current().orElse(null);
        context.bind(tenant);
        try {
            return work.get();
        } finally {
            context.bind(previous);
        }
    }
}
