package nl.tafelgenoot.domain.audit;

import java.util.List;

/** The audit trail of the current tenant. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** Newest first. */
    List<AuditEvent> forClient(String clientRef, int limit);

    /** The organisation's events matching the filter, newest first. */
    List<AuditEvent> search(AuditFilter filter, int offset, int limit);

    long count(AuditFilter filter);
}
