package nl.tafelgenoot.domain.tenancy;

/**
 * The organisation whose data a unit of work may touch. Every tenant-owned row carries this
 * value in its {@code tenant_id} column; it is the organisation's database id.
 */
public record TenantId(long value) {

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("tenant id must be positive");
        }
    }

    /** The form EclipseLink's {@code eclipselink.tenant-id} context property expects. */
    public String asProperty() {
        return Long.toString(value);
    }
}
