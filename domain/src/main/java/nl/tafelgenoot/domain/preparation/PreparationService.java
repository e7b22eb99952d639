package nl.tafelgenoot.domain.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.tafelgenoot.domain.audit.AuditAction;
import nl.tafelgenoot.domain.audit.AuditTrail;
import nl.tafelgenoot.domain.cases.CaseService;
import nl.tafelgenoot.domain.cases.SupportCase;
import nl.tafelgenoot.domain.consent.ConsentRequired;
import nl.tafelgenoot.domain.consent.ConsentScope;
import nl.tafelgenoot.domain.consent.ConsentService;
import nl.tafelgenoot.domain.network.NetworkService;
import nl.tafelgenoot.domain.security.CurrentUser;
import nl.tafelgenoot.domain.security.Permission;
import nl.tafelgenoot.domain.shared.NotFoundException;
import nl.tafelgenoot.domain.shared.Validity;
import nl.tafelgenoot.domain.tenancy.TenantBound;

/**
 * The preparation kit of a case and the personal plan made from it. Reaches a case only through
 * {@link CaseService#find}, so an advisor works only on their own cases and nobody on another
 * organisation's. The preparation is care-needs data: it is stored only while the client's consent
 * for {@link ConsentScope#HEALTH_AND_CARE_NEEDS} is active (the scope of the client's care-needs
 * field), else {@link ConsentRequired}. Every read and change is audited.
 */
@ApplicationScoped
@Transactional
@TenantBound
public class PreparationService {

    /** The consent the preparation needs: the same as the client's health and care needs. */
    public static final ConsentScope CONSENT = ConsentScope.HEALTH_AND_CARE_NEEDS;

    @Inject
    PreparationRepository preparations;

    @Inject
    CaseService cases;

    @Inject
    ConsentService consents;

    @Inject
    NetworkService network;

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /** The stored preparation of the case, with all its parts; empty when nothing was stored yet. */
    public Optional<CasePreparation> preparationOf(String casePublicId) {
        SupportCase supportCase = visibleCase(casePublicId);
        Optional<CasePreparation> found = preparations.forCase(supportCase);
        audit.record(AuditAction.PREPARATION_VIEWED, supportCase.getClient().getPublicId());
        return found;
    }

    /** Whether the client's consent allows storing the preparation now. */
    public boolean mayRecord(String casePublicId) {
        return consents.hasConsent(visibleCase(casePublicId).getClient().getPublicId(), CONSENT);
    }

    /**
     * Stores a draft: the first one of the case, or changes on top of the version read before
     * (refused with an {@link OptimisticLockException} when someone saved in between).
     */
    public CasePreparation save(String casePublicId, CasePreparation draft) {
        user.require(Permission.CASE_WRITE);
        SupportCase supportCase = visibleCase(casePublicId);
        String client = supportCase.getClient().getPublicId();
        if (!consents.hasConsent(client, CONSENT)) {
            throw new ConsentRequired(CONSENT.name());
        }
        Optional<CasePreparation> stored = preparations.forCase(supportCase);
        long current = stored.map(CasePreparation::getVersion).orElse(0L);
        if (draft.getVersion() != current) {
            throw new OptimisticLockException("preparation changed since it was read");
        }
        CasePreparation target = stored.orElseGet(() -> new CasePreparation(supportCase));
        target.copyFrom(draft);
        target.changed(user.accountId(), clock.instant());
        Validity.require(validator, target);
        if (stored.isEmpty()) {
            preparations.add(target);
        }
        preparations.flush();
        audit.record(AuditAction.PREPARATION_CHANGED, client);
        return target;
    }

    /** The personal plan of the case as of today. */
    public PersonalPlan personalPlan(String casePublicId) {
        SupportCase supportCase = visibleCase(casePublicId);
        String client = supportCase.getClient().getPublicId();
        PersonalPlan plan = PersonalPlan.of(supportCase, preparations.forCase(supportCase).orElse(null),
                network.members(client), LocalDate.now(clock));
        audit.record(AuditAction.PERSONAL_PLAN_CREATED, client);
        return plan;
    }

    private SupportCase visibleCase(String casePublicId) {
        return cases.find(casePublicId).orElseThrow(() -> new NotFoundException("case"));
    }
}
