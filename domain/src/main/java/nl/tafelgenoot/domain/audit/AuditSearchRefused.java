package nl.tafelgenoot.domain.audit;

import nl.tafelgenoot.domain.shared.Refused;

/** A search of the audit trail that cannot run; {@code audit.refused.<key>} names why, at the field. */
public class AuditSearchRefused extends Refused {

    public AuditSearchRefused(String key, String field) {
        super(key, field);
    }
}
