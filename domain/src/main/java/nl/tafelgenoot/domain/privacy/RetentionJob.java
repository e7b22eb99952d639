package nl.tafelgenoot.domain.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditEvent;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.clients.Client;
import nl.tafelgenoot.domain.organisations.Organisation;
import nl.tafelgenoot.domain.organisations.OrganisationRepository;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.Clocks;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The nightly retention round of one organisation (run by the morning jobs): clients whose cases
 * were all closed longer ago than the organisation's {@code retention_months} are erased as on
 * request ({@link ErasurePolicy}); closed cases past the period of clients who still have a newer
 * or open case lose their content, the anonymous case row stays for the counts. A client with an
 * objection still running is left alone. Each erasure is an audit event by the system, without a
 * name; the admin sees the counts per night ({@link #log}).
 */
@ApplicationScoped
@Transactional
@TenantBound
public class RetentionJob {

    /** What one night's round did: counts, never names. */
    public record Result(int clientsErased, int casesErased) {
    }

    /** One night in the admin's log. */
    public record Night(LocalDate date, long clientsErased, long casesErased) {
    }

    static final ZoneId ZONE = Clocks.AMSTERDAM;
    /** How far back the admin's log reaches. */
    static final int LOG_DAYS = 90;

    @Inject
    PrivacyRepository privacy;

    @Inject
    OrganisationRepository organisations;

    @Inject
    TenantContext tenant;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public Result eraseExpired() {
        Organisation organisation = organisations.find(tenant.require().value())
                .orElseThrow(() -> new NotFoundException("organisation"));
        Instant now = clock.instant();
        Instant cutoff = RetentionPolicy.cutoff(LocalDate.now(clock.withZone(ZONE)), organisation.getRetentionMonths(), ZONE);
        int clients = 0;
        for (Client client : privacy.clientsWithAllCasesClosedBefore(cutoff)) {
            if (privacy.hasPendingObjection(client)) {
                continue;
            }
            privacy.erase(client, now);
            audit.recordBySystem(AuditAction.CLIENT_ERASED_BY_RETENTION, client.getPublicId());
            clients++;
        }
        int cases = 0;
        for (PrivacyRepository.ClosedCase closed : privacy.closedCasesBefore(cutoff)) {
            if (closed.pendingObjection()) {
                continue;
            }
            privacy.eraseCase(closed.id(), now);
            audit.recordBySystem(AuditAction.CASE_ERASED_BY_RETENTION, closed.clientRef());
            cases++;
        }
        return new Result(clients, cases);
    }

    /** Per night of the last {@value #LOG_DAYS} days with erasures, how many clients and cases went (admins). */
    public List<Night> log() {
        user.require(Permission.ORGANISATION_MANAGE);
        Instant since = clock.instant().minus(java.time.Duration.ofDays(LOG_DAYS));
        Map<LocalDate, long[]> perNight = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (AuditEvent event : privacy.retentionEvents(since)) {
            long[] counts = perNight.computeIfAbsent(event.getOccurredAt().atZone(ZONE).toLocalDate(), d -> new long[2]);
            counts[event.getAction() == AuditAction.CLIENT_ERASED_BY_RETENTION ? 0 : 1]++;
        }
        List<Night> nights = new ArrayList<>();
        perNight.forEach((date, counts) -> nights.add(new Night(date, counts[0], counts[1])));
        return nights;
    }
}
