package nl.tafelgenoot.domain.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * Checking the municipality's report of the interview. The case is resolved through
 * {@link CaseService#find(String)} first (which audits the read), so only those who may see the
 * case see its check, and only those who may also change cases record one. Recording is refused
 * with a Bean Validation message while the case has no report date.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class ReportService {

    @Inject
    CaseService cases;

    @Inject
    ReportCheckRepository checks;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** The check recorded on the case, with its differences, if any. */
    public Optional<ReportCheck> checkOf(String casePublicId) {
        return checks.forCase(visibleCase(casePublicId));
    }

    /**
     * Records the check (new, or replacing the one read at {@code input.version()}). Refused with
     * an {@link OptimisticLockException} when someone else saved in between, and with a
     * {@link jakarta.validation.ConstraintViolationException} when the case has no report date or
     * the input is not valid.
     */
    public ReportCheck record(String casePublicId, ReportCheckInput input) {
        user.require(Permission.CASE_WRITE);
        SupportCase supportCase = visibleCase(casePublicId);
        Optional<ReportCheck> existing = checks.forCase(supportCase);
        long current = existing.map(ReportCheck::getVersion).orElse(ReportCheckInput.NEW);
        if (current != input.version()) {
            throw new OptimisticLockException("report check changed since it was read");
        }
        ReportCheck check = existing.orElseGet(() -> new ReportCheck(supportCase));
        check.record(input, user.accountId(), clock.instant());
        Validity.require(validator, check);
        if (existing.isEmpty()) {
            checks.add(check);
        } else {
            checks.flush();
        }
        audit.record(AuditAction.REPORT_CHECKED, supportCase.getClient().getPublicId());
        return check;
    }

    private SupportCase visibleCase(String casePublicId) {
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }
}
