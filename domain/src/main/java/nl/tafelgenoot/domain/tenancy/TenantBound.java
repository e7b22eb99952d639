package nl.tafelgenoot.domain.tenancy;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a transactional service whose work belongs to one tenant. The persistence module's
 * interceptor binds the tenant of {@link TenantContext} to the transaction's EntityManager, and
 * fails before any query when there is none. Use together with {@code @Transactional}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantBound {
}
