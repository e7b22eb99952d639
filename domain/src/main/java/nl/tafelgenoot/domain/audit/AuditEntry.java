package nl.tafelgenoot.domain.audit;

import java.time.Instant;

/**
 * One line of a client's audit trail as a coordinator reads it: when, who, what. {@code who} is
 * null when the portal itself acted (a daily job), not a person.
 */
public record AuditEntry(Instant at, String who, AuditAction action) {

    public boolean bySystem() {
        return who == null;
    }
}
