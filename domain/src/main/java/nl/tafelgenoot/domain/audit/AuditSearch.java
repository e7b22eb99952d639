package nl.tafelgenoot.domain.audit;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What the admin looks for in the organisation's audit trail: one person (or the portal itself,
 * {@link nl.tafelgenoot.domain.shared.SystemActor}), one client by number, and a period of whole
 * days in Dutch time, from and to inclusive. Any of them may be left open except the period.
 */
public record AuditSearch(Long accountId, Integer clientNumber, LocalDate from, LocalDate to) {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Long enough for a yearly review, short enough for one screen of work. */
    static final int MAX_DAYS = 366;

    /** Refuses a period that is missing, runs backwards or spans more than a year. */
    void check() {
        if (from == null) {
            throw new AuditSearchRefused("fromRequired", "from");
        }
        if (to == null) {
            throw new AuditSearchRefused("toRequired", "to");
        }
        if (from.isAfter(to)) {
            throw new AuditSearchRefused("fromAfterTo", "from");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new AuditSearchRefused("tooLong", "to");
        }
    }

    AuditFilter filter(String clientRef) {
        return new AuditFilter(accountId, clientRef, from.atStartOfDay(ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
