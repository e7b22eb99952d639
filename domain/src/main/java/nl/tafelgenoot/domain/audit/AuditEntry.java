package nl.tafelgenoot.domain.audit;

import java.time.Instant;

/** One line of a client's audit trail as a coordinator reads it: when, who, what. */
public record AuditEntry(Instant at, String who, AuditAction action) {
}
