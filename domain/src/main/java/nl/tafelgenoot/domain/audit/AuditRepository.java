package nl.tafelgenoot.domain.audit;

import java.util.List;

/** The audit trail of the current tenant. */
public interface AuditRepository {

    void add(AuditEvent event);

    /** Newest first. */
    List<AuditEvent> forClient(String clientRef, int limit);
}
