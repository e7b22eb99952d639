package nl.tafelgenoot.domain.audit;

import java.time.Instant;

/** The audit repository's filter: optional person and client, a half-open period [from, to). */
public record AuditFilter(Long accountId, String clientRef, Instant from, Instant to) {
}
