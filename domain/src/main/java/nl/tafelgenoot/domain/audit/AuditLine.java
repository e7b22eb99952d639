package nl.tafelgenoot.domain.audit;

import java.time.Instant;

/**
 * One line of the organisation's audit trail for the admin: when, who ({@code null} when the
 * portal acted by itself), what, and which client by number ({@code null} when none, or when the
 * client's record is gone).
 */
public record AuditLine(Instant at, String who, AuditAction action, String clientRef, Integer clientNumber) {
}
