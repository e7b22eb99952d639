package nl.tafelgenoot.domain.tenancy;

/**
 * Thrown when tenant-owned data is about to be touched without a bound tenant. It is thrown
 * before the database is reached: "no tenant, no query".
 */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant is bound to this unit of work");
    }
}
