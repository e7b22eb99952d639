package nl.tafelgenoot.domain.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.tafelgenoot.domain.accounts.AccountRepository;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.SupportCaseRepository;
import nl.tafelgenoot.domain.documents.CaseDocumentRepository;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.tenancy.TenantBound;
import nl.tafelgenoot.domain.tenancy.TenantContext;

/**
 * The platform operator's work inside one organisation, which {@link PlatformService} runs with
 * that organisation bound ({@code TenantRunner}): counting (numbers only, no row leaves this
 * class) and recording in the organisation's own audit trail. Asks for {@code platform:manage}
 * itself, so no one else gets the counts through it.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PlatformTenantWork {

    /** People, open cases and bytes of stored documents of the organisation bound now. */
    public record Counts(long people, long openCases, long storageBytes) {
    }

    @Inject
    AccountRepository accounts;

    @Inject
    SupportCaseRepository cases;

    @Inject
    CaseDocumentRepository documents;

    @Inject
    AuditTrail audit;

    @Inject
    TenantContext tenant;

    @Inject
    CurrentUser user;

    public Counts counts() {
        user.require(Permission.PLATFORM_MANAGE);
        return new Counts(accounts.members(tenant.require()).size(), cases.active(null).size(), documents.totalBytes());
    }

    public void record(AuditAction action) {
        user.require(Permission.PLATFORM_MANAGE);
        audit.record(action, null);
    }
}
