package nl.tafelgenoot.persistence.tenancy;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;
import nl.tafelgenoot.domain.tenancy.TenantId;

/**
 * Binds the caller's tenant to the transaction's EntityManager before a {@link TenantBound}
 * service runs. It runs inside {@code @Transactional} (priority +200), so the property lasts for
 * exactly this transaction. Refuses to go on without a transaction or without a tenant, and
 * refuses a second tenant within one transaction.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class TenantBoundInterceptor {

    static final String TENANT_PROPERTY = "eclipselink.tenant-id";
    private static final Object BOUND_TENANT = TenantBoundInterceptor.class.getName() + ".tenant";

    @PersistenceContext(unitName = "tafelgenoot")
    EntityManager em;

    @Inject
    TenantContext tenantContext;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object bindTenant(InvocationContext invocation) throws Exception {
        TenantId tenant = tenantContext.require();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("A tenant-bound service must run in a transaction");
        }
        Object bound = transactions.getResource(BOUND_TENANT);
        if (bound == null) {
            em.setProperty(TENANT_PROPERTY, tenant.asProperty());
            transactions.putResource(BOUND_TENANT, tenant);
        } else if (!bound.equals(tenant)) {
            throw new IllegalStateException("One transaction, one tenant: refusing to switch tenant");
        }
        return invocation.proceed();
    }
}
