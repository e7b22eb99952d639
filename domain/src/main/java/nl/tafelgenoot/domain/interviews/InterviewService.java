package nl.tafelgenoot.domain.interviews;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
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
 * Planning the kitchen-table interview of a case. Reaches a case only through
 * {@link CaseService#find}, so an advisor plans only their own cases and nobody another
 * organisation's.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class InterviewService {

    @Inject
    InterviewPlanRepository plans;

    @Inject
    CaseService cases;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    public Optional<InterviewPlan> planOf(String casePublicId) {
        return plans.forCase(caseOf(casePublicId));
    }

    /** Stores the plan: a new one, or changes to the one read before (refused if changed since). */
    public InterviewPlan plan(String casePublicId, InterviewPlan plan) {
        user.require(Permission.CASE_WRITE);
        SupportCase supportCase = caseOf(casePublicId);
        if (!supportCase.getId().equals(plan.getSupportCase().getId())) {
            throw new NotFoundException("case");
        }
        Validity.require(validator, plan);
        InterviewPlan saved = plans.save(plan);
        audit.record(AuditAction.CASE_CHANGED, supportCase.getClient().getPublicId());
        return saved;
    }

    private SupportCase caseOf(String casePublicId) {
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }
}
