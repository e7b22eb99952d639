package nl.tafelgenoot.domain.offboarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.tafelgenoot.domain.accounts.Account;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.accounts.Role;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.mail.Outbox;
import nl.tafelgenoot.domain.mail.OutboxRepository;
import nl.tafelgenoot.domain.mail.Recipient;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The platform operator's offboarding work inside the leaving organisation, run by
 * {@link OffboardingService} with that organisation bound: whom the export links go to (its active
 * admins, and its contact address), the mails themselves, giving up the mails still waiting, the
 * audit entries. Each step asks for {@code platform:manage}; the deletion itself is
 * {@link OffboardingPurge}'s.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class OffboardingTenantWork {

    @Inject
    AccountRepository accounts;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRepository mails;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    /** The active admins' addresses with their names, then the contact address (named after the organisation). */
    public Map<String, String> recipients(String contactEmail, String organisationName) {
        user.require(Permission.PLATFORM_MANAGE);
        Map<String, String> recipients = new LinkedHashMap<>();
        for (Account admin : accounts.withRole(tenant.require(), Role.ADMIN)) {
            if (admin.isActive()) {
                recipients.put(admin.getEmail(), admin.getDisplayName());
            }
        }
        if (contactEmail != null && !contactEmail.isBlank()) {
            recipients.putIfAbsent(Account.normaliseEmail(contactEmail), organisationName);
        }
        return recipients;
    }

    /**
     * Gives up the mails still waiting (reminders and the like for people who can no longer log in),
     * then queues one export link per recipient, and records the start in the audit trail.
     */
    public void started(long offboardingId, List<OffboardingMails.Mail> links) {
        user.require(Permission.PLATFORM_MANAGE);
        mails.giveUpPending("De organisatie verlaat Tafelgenoot");
        for (OffboardingMails.Mail mail : links) {
            outbox.queueConfidential("offboarding:" + offboardingId + ":" + mail.to(), Recipient.of(mail.to(), mail.name()),
                    mail.subject(), mail.body());
        }
        audit.record(AuditAction.ORGANISATION_OFFBOARDING_STARTED, null);
    }

    public void cancelled() {
        user.require(Permission.PLATFORM_MANAGE);
        audit.record(AuditAction.ORGANISATION_OFFBOARDING_CANCELLED, null);
    }
}
