package nl.tafelgenoot.domain.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.shared.SystemActor;

/**
 * Writes audit events inside the caller's transaction, so a change and its record are committed
 * or rolled back together. It refuses to run without one.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRepository events;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    public void record(AuditAction action, String clientRef) {
        events.add(new AuditEvent(clock.instant(), user.accountId(), action, clientRef));
    }

    /** For work the portal does by itself (a daily job), with no person logged in. */
    public void recordBySystem(AuditAction action, String clientRef) {
        events.add(new AuditEvent(clock.instant(), SystemActor.ACCOUNT_ID, action, clientRef));
    }
}
